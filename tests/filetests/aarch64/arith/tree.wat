;; The module of x64/arith/tree.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "tree") (param i32 i32 i32 i32) (result i32)
    (i32.mul
      (i32.add (local.get 0) (local.get 1))
      (i32.sub (local.get 2) (local.get 3))))
  (func (export "tree64") (param i64 i64 i64) (result i64)
    (i64.xor
      (i64.or (local.get 0) (local.get 1))
      (i64.and (local.get 1) (local.get 2)))))
;; function 0 (tree):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x7c
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: stur x21, [x29, #-0x20]
;;   0x0040: stur x22, [x29, #-0x28]
;;   0x0044: ldr w19, [x29, #0x10]
;;   0x0048: ldr w20, [x29, #0x18]
;;   0x004c: ldr w21, [x29, #0x20]
;;   0x0050: ldr w22, [x29, #0x28]
;;   0x0054: add w0, w19, w20
;;   0x0058: sub w1, w21, w22
;;   0x005c: mul w0, w0, w1
;;   0x0060: ldur x19, [x29, #-0x10]
;;   0x0064: ldur x20, [x29, #-0x18]
;;   0x0068: ldur x21, [x29, #-0x20]
;;   0x006c: ldur x22, [x29, #-0x28]
;;   0x0070: mov sp, x29
;;   0x0074: ldp x29, x30, [sp], #0x30
;;   0x0078: ret
;;   0x007c: udf #0xa
;; function 1 (tree64):
;;   0x0080: stp x29, x30, [sp, #-0x10]!
;;   0x0084: mov x29, sp
;;   0x0088: ldr x16, [x28]
;;   0x008c: ldr x16, [x16]
;;   0x0090: mov x17, #0x60
;;   0x0094: movk x17, #0x0, lsl #16
;;   0x0098: add x16, x16, x17
;;   0x009c: cmp sp, x16
;;   0x00a0: b.lo 0xf0
;;   0x00a4: mov x16, #0x60
;;   0x00a8: movk x16, #0x0, lsl #16
;;   0x00ac: sub sp, sp, x16
;;   0x00b0: stur x28, [x29, #-0x8]
;;   0x00b4: stur x19, [x29, #-0x10]
;;   0x00b8: stur x20, [x29, #-0x18]
;;   0x00bc: stur x21, [x29, #-0x20]
;;   0x00c0: ldr x19, [x29, #0x10]
;;   0x00c4: ldr x20, [x29, #0x18]
;;   0x00c8: ldr x21, [x29, #0x20]
;;   0x00cc: orr x0, x19, x20
;;   0x00d0: and x1, x20, x21
;;   0x00d4: eor x0, x0, x1
;;   0x00d8: ldur x19, [x29, #-0x10]
;;   0x00dc: ldur x20, [x29, #-0x18]
;;   0x00e0: ldur x21, [x29, #-0x20]
;;   0x00e4: mov sp, x29
;;   0x00e8: ldp x29, x30, [sp], #0x28
;;   0x00ec: ret
;;   0x00f0: udf #0xa
