;; The module of x64/spill/spill_i32.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "many") (param i32) (result i32)
    (i32.add (local.get 0) (i32.const 1))
    (i32.add (local.get 0) (i32.const 2))
    (i32.add (local.get 0) (i32.const 3))
    (i32.add (local.get 0) (i32.const 4))
    (i32.add (local.get 0) (i32.const 5))
    (i32.add (local.get 0) (i32.const 6))
    (i32.add (local.get 0) (i32.const 7))
    (i32.add (local.get 0) (i32.const 8))
    (i32.add (local.get 0) (i32.const 9))
    (i32.add (local.get 0) (i32.const 10))
    (i32.add (local.get 0) (i32.const 11))
    (i32.add (local.get 0) (i32.const 12))
    (i32.add (local.get 0) (i32.const 13))
    (i32.add (local.get 0) (i32.const 14))
    i32.add i32.add i32.add i32.add i32.add i32.add i32.add
    i32.add i32.add i32.add i32.add i32.add i32.add))
;; function 0 (many):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0xc0
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0xb8
;;   0x0024: mov x16, #0xc0
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: add w0, w19, #0x1
;;   0x0040: add w1, w19, #0x2
;;   0x0044: add w2, w19, #0x3
;;   0x0048: add w3, w19, #0x4
;;   0x004c: add w4, w19, #0x5
;;   0x0050: add w5, w19, #0x6
;;   0x0054: add w6, w19, #0x7
;;   0x0058: add w7, w19, #0x8
;;   0x005c: add w8, w19, #0x9
;;   0x0060: add w9, w19, #0xa
;;   0x0064: add w10, w19, #0xb
;;   0x0068: add w11, w19, #0xc
;;   0x006c: add w12, w19, #0xd
;;   0x0070: add w13, w19, #0xe
;;   0x0074: add w12, w12, w13
;;   0x0078: add w11, w11, w12
;;   0x007c: add w10, w10, w11
;;   0x0080: add w9, w9, w10
;;   0x0084: add w8, w8, w9
;;   0x0088: add w7, w7, w8
;;   0x008c: add w6, w6, w7
;;   0x0090: add w5, w5, w6
;;   0x0094: add w4, w4, w5
;;   0x0098: add w3, w3, w4
;;   0x009c: add w2, w2, w3
;;   0x00a0: add w1, w1, w2
;;   0x00a4: add w0, w0, w1
;;   0x00a8: ldur x19, [x29, #-0x10]
;;   0x00ac: mov sp, x29
;;   0x00b0: ldp x29, x30, [sp], #0x18
;;   0x00b4: ret
;;   0x00b8: udf #0xa
