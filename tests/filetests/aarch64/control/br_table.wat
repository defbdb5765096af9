;; The module of x64/control/br_table.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "switch") (param i32) (result i32)
    (block $d
      (block $c
        (block $b
          (block $a
            (br_table $a $b $c $d (local.get 0)))
          (return (i32.const 10)))
        (return (i32.const 20)))
      (return (i32.const 30)))
    (i32.const 40))
  (func (export "default_only") (param i32) (result i32)
    (block $a
      (br_table $a (local.get 0)))
    (i32.const 1)))
;; function 0 (switch):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0xb8
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: mov w0, w19
;;   0x0040: mov w16, #0x3
;;   0x0044: cmp w0, w16
;;   0x0048: csel w16, w0, w16, lo
;;   0x004c: adr x17, 0x58
;;   0x0050: add x17, x17, w16, uxtw #2
;;   0x0054: br x17
;;   0x0058: b 0x68
;;   0x005c: b 0x7c
;;   0x0060: b 0x90
;;   0x0064: b 0xa4
;;   0x0068: mov w0, #0xa
;;   0x006c: ldur x19, [x29, #-0x10]
;;   0x0070: mov sp, x29
;;   0x0074: ldp x29, x30, [sp], #0x18
;;   0x0078: ret
;;   0x007c: mov w0, #0x14
;;   0x0080: ldur x19, [x29, #-0x10]
;;   0x0084: mov sp, x29
;;   0x0088: ldp x29, x30, [sp], #0x18
;;   0x008c: ret
;;   0x0090: mov w0, #0x1e
;;   0x0094: ldur x19, [x29, #-0x10]
;;   0x0098: mov sp, x29
;;   0x009c: ldp x29, x30, [sp], #0x18
;;   0x00a0: ret
;;   0x00a4: mov w0, #0x28
;;   0x00a8: ldur x19, [x29, #-0x10]
;;   0x00ac: mov sp, x29
;;   0x00b0: ldp x29, x30, [sp], #0x18
;;   0x00b4: ret
;;   0x00b8: udf #0xa
;; function 1 (default_only):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x50
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x130
;;   0x00e4: mov x16, #0x50
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: ldr w19, [x29, #0x10]
;;   0x00fc: mov w0, w19
;;   0x0100: mov w16, #0x0
;;   0x0104: cmp w0, w16
;;   0x0108: csel w16, w0, w16, lo
;;   0x010c: adr x17, 0x118
;;   0x0110: add x17, x17, w16, uxtw #2
;;   0x0114: br x17
;;   0x0118: b 0x11c
;;   0x011c: mov w0, #0x1
;;   0x0120: ldur x19, [x29, #-0x10]
;;   0x0124: mov sp, x29
;;   0x0128: ldp x29, x30, [sp], #0x18
;;   0x012c: ret
;;   0x0130: udf #0xa
