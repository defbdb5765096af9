;; The module of x64/memory/pressure.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory 1)
  (func (export "store_under_pressure") (param i32 i64) (result i64)
    (i64.add (local.get 1) (i64.const 1))
    (i64.add (local.get 1) (i64.const 2))
    (i64.add (local.get 1) (i64.const 3))
    (i64.add (local.get 1) (i64.const 4))
    (i64.add (local.get 1) (i64.const 5))
    (i64.add (local.get 1) (i64.const 6))
    (i64.add (local.get 1) (i64.const 7))
    (i64.add (local.get 1) (i64.const 8))
    (i64.add (local.get 1) (i64.const 9))
    (i64.add (local.get 1) (i64.const 10))
    (i64.add (local.get 1) (i64.const 11))
    (i64.add (local.get 1) (i64.const 12))
    (i64.store offset=8 (local.get 0) (i64.mul (local.get 1) (local.get 1)))
    i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add)
  (func (export "load_under_pressure") (param i32 i64) (result i64)
    (i64.add (local.get 1) (i64.const 1))
    (i64.add (local.get 1) (i64.const 2))
    (i64.add (local.get 1) (i64.const 3))
    (i64.add (local.get 1) (i64.const 4))
    (i64.add (local.get 1) (i64.const 5))
    (i64.add (local.get 1) (i64.const 6))
    (i64.add (local.get 1) (i64.const 7))
    (i64.add (local.get 1) (i64.const 8))
    (i64.add (local.get 1) (i64.const 9))
    (i64.add (local.get 1) (i64.const 10))
    (i64.add (local.get 1) (i64.const 11))
    (i64.add (local.get 1) (i64.const 12))
    (i64.add (i64.load offset=0x80000000 (local.get 0)))
    i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add))
;; function 0 (store_under_pressure):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0xc0
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0xe4
;;   0x0024: mov x16, #0xc0
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr x20, [x29, #0x18]
;;   0x0044: ldr x27, [x28, #0x18]
;;   0x0048: ldr x27, [x27]
;;   0x004c: add x0, x20, #0x1
;;   0x0050: add x1, x20, #0x2
;;   0x0054: add x2, x20, #0x3
;;   0x0058: add x3, x20, #0x4
;;   0x005c: add x4, x20, #0x5
;;   0x0060: add x5, x20, #0x6
;;   0x0064: add x6, x20, #0x7
;;   0x0068: add x7, x20, #0x8
;;   0x006c: add x8, x20, #0x9
;;   0x0070: add x9, x20, #0xa
;;   0x0074: add x10, x20, #0xb
;;   0x0078: add x11, x20, #0xc
;;   0x007c: mul x12, x20, x20
;;   0x0080: ldr x16, [x28, #0x18]
;;   0x0084: mov x13, #0x10
;;   0x0088: add x13, x13, w19, uxtw
;;   0x008c: ldr x17, [x16, #0x8]
;;   0x0090: cmp x13, x17
;;   0x0094: b.hi 0xe8
;;   0x0098: add x13, x27, x13
;;   0x009c: csel x13, x13, xzr, ls
;;   0x00a0: stur x12, [x13, #-0x8]
;;   0x00a4: add x10, x10, x11
;;   0x00a8: add x9, x9, x10
;;   0x00ac: add x8, x8, x9
;;   0x00b0: add x7, x7, x8
;;   0x00b4: add x6, x6, x7
;;   0x00b8: add x5, x5, x6
;;   0x00bc: add x4, x4, x5
;;   0x00c0: add x3, x3, x4
;;   0x00c4: add x2, x2, x3
;;   0x00c8: add x1, x1, x2
;;   0x00cc: add x0, x0, x1
;;   0x00d0: ldur x19, [x29, #-0x10]
;;   0x00d4: ldur x20, [x29, #-0x18]
;;   0x00d8: mov sp, x29
;;   0x00dc: ldp x29, x30, [sp], #0x20
;;   0x00e0: ret
;;   0x00e4: udf #0xa
;;   0x00e8: udf #0x5
;; function 1 (load_under_pressure):
;;   0x00f0: stp x29, x30, [sp, #-0x10]!
;;   0x00f4: mov x29, sp
;;   0x00f8: ldr x16, [x28]
;;   0x00fc: ldr x16, [x16]
;;   0x0100: mov x17, #0xb0
;;   0x0104: movk x17, #0x0, lsl #16
;;   0x0108: add x16, x16, x17
;;   0x010c: cmp sp, x16
;;   0x0110: b.lo 0x1d8
;;   0x0114: mov x16, #0xb0
;;   0x0118: movk x16, #0x0, lsl #16
;;   0x011c: sub sp, sp, x16
;;   0x0120: stur x28, [x29, #-0x8]
;;   0x0124: stur x19, [x29, #-0x10]
;;   0x0128: stur x20, [x29, #-0x18]
;;   0x012c: ldr w19, [x29, #0x10]
;;   0x0130: ldr x20, [x29, #0x18]
;;   0x0134: ldr x27, [x28, #0x18]
;;   0x0138: ldr x27, [x27]
;;   0x013c: add x0, x20, #0x1
;;   0x0140: add x1, x20, #0x2
;;   0x0144: add x2, x20, #0x3
;;   0x0148: add x3, x20, #0x4
;;   0x014c: add x4, x20, #0x5
;;   0x0150: add x5, x20, #0x6
;;   0x0154: add x6, x20, #0x7
;;   0x0158: add x7, x20, #0x8
;;   0x015c: add x8, x20, #0x9
;;   0x0160: add x9, x20, #0xa
;;   0x0164: add x10, x20, #0xb
;;   0x0168: add x11, x20, #0xc
;;   0x016c: ldr x16, [x28, #0x18]
;;   0x0170: mov x12, #0x8
;;   0x0174: movk x12, #0x8000, lsl #16
;;   0x0178: add x12, x12, w19, uxtw
;;   0x017c: ldr x17, [x16, #0x8]
;;   0x0180: cmp x12, x17
;;   0x0184: b.hi 0x1dc
;;   0x0188: add x12, x27, x12
;;   0x018c: csel x12, x12, xzr, ls
;;   0x0190: ldur x12, [x12, #-0x8]
;;   0x0194: add x11, x11, x12
;;   0x0198: add x10, x10, x11
;;   0x019c: add x9, x9, x10
;;   0x01a0: add x8, x8, x9
;;   0x01a4: add x7, x7, x8
;;   0x01a8: add x6, x6, x7
;;   0x01ac: add x5, x5, x6
;;   0x01b0: add x4, x4, x5
;;   0x01b4: add x3, x3, x4
;;   0x01b8: add x2, x2, x3
;;   0x01bc: add x1, x1, x2
;;   0x01c0: add x0, x0, x1
;;   0x01c4: ldur x19, [x29, #-0x10]
;;   0x01c8: ldur x20, [x29, #-0x18]
;;   0x01cc: mov sp, x29
;;   0x01d0: ldp x29, x30, [sp], #0x20
;;   0x01d4: ret
;;   0x01d8: udf #0xa
;;   0x01dc: udf #0x5
