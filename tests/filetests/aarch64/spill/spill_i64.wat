;; The module of x64/spill/spill_i64.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "many64") (param i64) (result i64)
    (i64.mul (local.get 0) (i64.const 1))
    (i64.mul (local.get 0) (i64.const 2))
    (i64.mul (local.get 0) (i64.const 3))
    (i64.mul (local.get 0) (i64.const 4))
    (i64.mul (local.get 0) (i64.const 5))
    (i64.mul (local.get 0) (i64.const 6))
    (i64.mul (local.get 0) (i64.const 7))
    (i64.mul (local.get 0) (i64.const 8))
    (i64.mul (local.get 0) (i64.const 9))
    (i64.mul (local.get 0) (i64.const 10))
    (i64.mul (local.get 0) (i64.const 11))
    (i64.mul (local.get 0) (i64.const 12))
    (i64.xor (local.get 0) (i64.const 0x123456789))
    i64.sub i64.sub i64.sub i64.sub i64.sub i64.sub
    i64.sub i64.sub i64.sub i64.sub i64.sub i64.sub))
;; function 0 (many64):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0xc0
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0xf0
;;   0x0024: mov x16, #0xc0
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr x19, [x29, #0x10]
;;   0x003c: mov x0, #0x1
;;   0x0040: mul x1, x19, x0
;;   0x0044: mov x0, #0x2
;;   0x0048: mul x2, x19, x0
;;   0x004c: mov x0, #0x3
;;   0x0050: mul x3, x19, x0
;;   0x0054: mov x0, #0x4
;;   0x0058: mul x4, x19, x0
;;   0x005c: mov x0, #0x5
;;   0x0060: mul x5, x19, x0
;;   0x0064: mov x0, #0x6
;;   0x0068: mul x6, x19, x0
;;   0x006c: mov x0, #0x7
;;   0x0070: mul x7, x19, x0
;;   0x0074: mov x0, #0x8
;;   0x0078: mul x8, x19, x0
;;   0x007c: mov x0, #0x9
;;   0x0080: mul x9, x19, x0
;;   0x0084: mov x0, #0xa
;;   0x0088: mul x10, x19, x0
;;   0x008c: mov x0, #0xb
;;   0x0090: mul x11, x19, x0
;;   0x0094: mov x0, #0xc
;;   0x0098: mul x12, x19, x0
;;   0x009c: mov x0, #0x6789
;;   0x00a0: movk x0, #0x2345, lsl #16
;;   0x00a4: movk x0, #0x1, lsl #32
;;   0x00a8: eor x13, x19, x0
;;   0x00ac: sub x12, x12, x13
;;   0x00b0: sub x11, x11, x12
;;   0x00b4: sub x10, x10, x11
;;   0x00b8: sub x9, x9, x10
;;   0x00bc: sub x8, x8, x9
;;   0x00c0: sub x7, x7, x8
;;   0x00c4: sub x6, x6, x7
;;   0x00c8: sub x5, x5, x6
;;   0x00cc: sub x4, x4, x5
;;   0x00d0: sub x3, x3, x4
;;   0x00d4: sub x2, x2, x3
;;   0x00d8: sub x1, x1, x2
;;   0x00dc: mov x0, x1
;;   0x00e0: ldur x19, [x29, #-0x10]
;;   0x00e4: mov sp, x29
;;   0x00e8: ldp x29, x30, [sp], #0x18
;;   0x00ec: ret
;;   0x00f0: udf #0xa
