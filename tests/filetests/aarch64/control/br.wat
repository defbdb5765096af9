;; The module of x64/control/br.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "br_value") (param i32) (result i32)
    (block $out (result i32)
      (block
        (br $out (i32.add (local.get 0) (i32.const 5))))
      (i32.const 0)))
  (func (export "br_empty") (param i32) (result i32)
    (block $b
      (block
        (br $b)))
    (local.get 0))
  (func (export "br_keeps_base") (param i32) (result i32)
    ;; The value below the block's base stays in its slot.
    (i32.mul (local.get 0) (i32.const 2))
    (block $b (result i32)
      (br $b (local.get 0)))
    i32.add))
;; function 0 (br_value):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x5c
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: add w0, w19, #0x5
;;   0x0040: stur w0, [x29, #-0x50]
;;   0x0044: b 0x48
;;   0x0048: ldur w0, [x29, #-0x50]
;;   0x004c: ldur x19, [x29, #-0x10]
;;   0x0050: mov sp, x29
;;   0x0054: ldp x29, x30, [sp], #0x18
;;   0x0058: ret
;;   0x005c: udf #0xa
;; function 1 (br_empty):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x50
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xb4
;;   0x0084: mov x16, #0x50
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: ldr w19, [x29, #0x10]
;;   0x009c: b 0xa0
;;   0x00a0: mov w0, w19
;;   0x00a4: ldur x19, [x29, #-0x10]
;;   0x00a8: mov sp, x29
;;   0x00ac: ldp x29, x30, [sp], #0x18
;;   0x00b0: ret
;;   0x00b4: udf #0xa
;; function 2 (br_keeps_base):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x60
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x12c
;;   0x00e4: mov x16, #0x60
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: ldr w19, [x29, #0x10]
;;   0x00fc: mov w0, #0x2
;;   0x0100: mul w1, w19, w0
;;   0x0104: stur w1, [x29, #-0x50]
;;   0x0108: stur w19, [x29, #-0x58]
;;   0x010c: b 0x110
;;   0x0110: ldur w0, [x29, #-0x50]
;;   0x0114: ldur w17, [x29, #-0x58]
;;   0x0118: add w0, w0, w17
;;   0x011c: ldur x19, [x29, #-0x10]
;;   0x0120: mov sp, x29
;;   0x0124: ldp x29, x30, [sp], #0x18
;;   0x0128: ret
;;   0x012c: udf #0xa
