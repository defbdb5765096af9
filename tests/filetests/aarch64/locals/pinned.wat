;; The module of x64/locals/pinned.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "four") (param i32 i64) (result i64) (local i32 i32)
    (local.set 2 (i32.add (local.get 0) (i32.const 1)))
    (local.set 3 (local.get 2))
    (i64.add (local.get 1) (i64.extend_i32_u (local.get 3))))
  (func (export "early_return") (param i32) (result i32)
    (if (local.get 0) (then (return (i32.const 7))))
    (local.get 0)))
;; function 0 (four):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x70
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x84
;;   0x0024: mov x16, #0x70
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: stur x21, [x29, #-0x20]
;;   0x0040: stur x22, [x29, #-0x28]
;;   0x0044: ldr w19, [x29, #0x10]
;;   0x0048: ldr x20, [x29, #0x18]
;;   0x004c: mov w21, #0x0
;;   0x0050: mov w22, #0x0
;;   0x0054: add w0, w19, #0x1
;;   0x0058: mov w21, w0
;;   0x005c: mov w22, w21
;;   0x0060: mov w0, w22
;;   0x0064: add x0, x0, x20
;;   0x0068: ldur x19, [x29, #-0x10]
;;   0x006c: ldur x20, [x29, #-0x18]
;;   0x0070: ldur x21, [x29, #-0x20]
;;   0x0074: ldur x22, [x29, #-0x28]
;;   0x0078: mov sp, x29
;;   0x007c: ldp x29, x30, [sp], #0x20
;;   0x0080: ret
;;   0x0084: udf #0xa
;; function 1 (early_return):
;;   0x0090: stp x29, x30, [sp, #-0x10]!
;;   0x0094: mov x29, sp
;;   0x0098: ldr x16, [x28]
;;   0x009c: ldr x16, [x16]
;;   0x00a0: mov x17, #0x50
;;   0x00a4: movk x17, #0x0, lsl #16
;;   0x00a8: add x16, x16, x17
;;   0x00ac: cmp sp, x16
;;   0x00b0: b.lo 0xfc
;;   0x00b4: mov x16, #0x50
;;   0x00b8: movk x16, #0x0, lsl #16
;;   0x00bc: sub sp, sp, x16
;;   0x00c0: stur x28, [x29, #-0x8]
;;   0x00c4: stur x19, [x29, #-0x10]
;;   0x00c8: ldr w19, [x29, #0x10]
;;   0x00cc: cmp w19, #0x0
;;   0x00d0: b.eq 0xe8
;;   0x00d4: mov w0, #0x7
;;   0x00d8: ldur x19, [x29, #-0x10]
;;   0x00dc: mov sp, x29
;;   0x00e0: ldp x29, x30, [sp], #0x18
;;   0x00e4: ret
;;   0x00e8: mov w0, w19
;;   0x00ec: ldur x19, [x29, #-0x10]
;;   0x00f0: mov sp, x29
;;   0x00f4: ldp x29, x30, [sp], #0x18
;;   0x00f8: ret
;;   0x00fc: udf #0xa
