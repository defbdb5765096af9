;; The module of x64/control/br_table_moves.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "switch_value") (param i32 i32) (result i32)
    (block $b (result i32)
      (block $a (result i32)
        (br_table $a $b $a $b
          (i32.mul (local.get 1) (i32.const 3))
          (local.get 0)))
      (i32.const 100)
      i32.add))
  (func (export "to_function") (param i32) (result i32)
    ;; A target that is the function itself returns.
    (block $a (result i32)
      (br_table $a 1 (i32.const 5) (local.get 0)))))
;; function 0 (switch_value):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0xac
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr w20, [x29, #0x18]
;;   0x0044: mov w0, #0x3
;;   0x0048: mul w1, w20, w0
;;   0x004c: mov w0, w19
;;   0x0050: mov w16, #0x3
;;   0x0054: cmp w0, w16
;;   0x0058: csel w16, w0, w16, lo
;;   0x005c: adr x17, 0x68
;;   0x0060: add x17, x17, w16, uxtw #2
;;   0x0064: br x17
;;   0x0068: b 0x78
;;   0x006c: b 0x80
;;   0x0070: b 0x78
;;   0x0074: b 0x80
;;   0x0078: stur w1, [x29, #-0x50]
;;   0x007c: b 0x88
;;   0x0080: stur w1, [x29, #-0x50]
;;   0x0084: b 0x94
;;   0x0088: ldur w0, [x29, #-0x50]
;;   0x008c: add w0, w0, #0x64
;;   0x0090: stur w0, [x29, #-0x50]
;;   0x0094: ldur w0, [x29, #-0x50]
;;   0x0098: ldur x19, [x29, #-0x10]
;;   0x009c: ldur x20, [x29, #-0x18]
;;   0x00a0: mov sp, x29
;;   0x00a4: ldp x29, x30, [sp], #0x20
;;   0x00a8: ret
;;   0x00ac: udf #0xa
;; function 1 (to_function):
;;   0x00b0: stp x29, x30, [sp, #-0x10]!
;;   0x00b4: mov x29, sp
;;   0x00b8: ldr x16, [x28]
;;   0x00bc: ldr x16, [x16]
;;   0x00c0: mov x17, #0x60
;;   0x00c4: movk x17, #0x0, lsl #16
;;   0x00c8: add x16, x16, x17
;;   0x00cc: cmp sp, x16
;;   0x00d0: b.lo 0x144
;;   0x00d4: mov x16, #0x60
;;   0x00d8: movk x16, #0x0, lsl #16
;;   0x00dc: sub sp, sp, x16
;;   0x00e0: stur x28, [x29, #-0x8]
;;   0x00e4: stur x19, [x29, #-0x10]
;;   0x00e8: ldr w19, [x29, #0x10]
;;   0x00ec: mov w0, w19
;;   0x00f0: mov w16, #0x1
;;   0x00f4: cmp w0, w16
;;   0x00f8: csel w16, w0, w16, lo
;;   0x00fc: adr x17, 0x108
;;   0x0100: add x17, x17, w16, uxtw #2
;;   0x0104: br x17
;;   0x0108: b 0x110
;;   0x010c: b 0x11c
;;   0x0110: mov w17, #0x5
;;   0x0114: stur w17, [x29, #-0x50]
;;   0x0118: b 0x130
;;   0x011c: mov w0, #0x5
;;   0x0120: ldur x19, [x29, #-0x10]
;;   0x0124: mov sp, x29
;;   0x0128: ldp x29, x30, [sp], #0x18
;;   0x012c: ret
;;   0x0130: ldur w0, [x29, #-0x50]
;;   0x0134: ldur x19, [x29, #-0x10]
;;   0x0138: mov sp, x29
;;   0x013c: ldp x29, x30, [sp], #0x18
;;   0x0140: ret
;;   0x0144: udf #0xa
