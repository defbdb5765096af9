;; The module of x64/arith/i64_imm.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "add_small") (param i64) (result i64)
    (i64.add (local.get 0) (i64.const 7)))
  (func (export "add_neg") (param i64) (result i64)
    (i64.add (local.get 0) (i64.const -2147483648)))
  (func (export "add_u32max") (param i64) (result i64)
    (i64.add (local.get 0) (i64.const 0xffffffff)))
  (func (export "and_big") (param i64) (result i64)
    (i64.and (local.get 0) (i64.const 0x123456789abcdef0)))
  (func (export "mul_big") (param i64) (result i64)
    (i64.mul (local.get 0) (i64.const 0x100000000)))
  (func (export "mul_small") (param i64) (result i64)
    (i64.mul (local.get 0) (i64.const -3))))
;; function 0 (add_small):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x50
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr x19, [x29, #0x10]
;;   0x003c: add x0, x19, #0x7
;;   0x0040: ldur x19, [x29, #-0x10]
;;   0x0044: mov sp, x29
;;   0x0048: ldp x29, x30, [sp], #0x18
;;   0x004c: ret
;;   0x0050: udf #0xa
;; function 1 (add_neg):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x60
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xb8
;;   0x0084: mov x16, #0x60
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: ldr x19, [x29, #0x10]
;;   0x009c: mov x0, #0xffffffff80000000
;;   0x00a0: add x1, x19, x0
;;   0x00a4: mov x0, x1
;;   0x00a8: ldur x19, [x29, #-0x10]
;;   0x00ac: mov sp, x29
;;   0x00b0: ldp x29, x30, [sp], #0x18
;;   0x00b4: ret
;;   0x00b8: udf #0xa
;; function 2 (add_u32max):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x60
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x118
;;   0x00e4: mov x16, #0x60
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: ldr x19, [x29, #0x10]
;;   0x00fc: mov x0, #0xffffffff
;;   0x0100: add x1, x19, x0
;;   0x0104: mov x0, x1
;;   0x0108: ldur x19, [x29, #-0x10]
;;   0x010c: mov sp, x29
;;   0x0110: ldp x29, x30, [sp], #0x18
;;   0x0114: ret
;;   0x0118: udf #0xa
;; function 3 (and_big):
;;   0x0120: stp x29, x30, [sp, #-0x10]!
;;   0x0124: mov x29, sp
;;   0x0128: ldr x16, [x28]
;;   0x012c: ldr x16, [x16]
;;   0x0130: mov x17, #0x60
;;   0x0134: movk x17, #0x0, lsl #16
;;   0x0138: add x16, x16, x17
;;   0x013c: cmp sp, x16
;;   0x0140: b.lo 0x184
;;   0x0144: mov x16, #0x60
;;   0x0148: movk x16, #0x0, lsl #16
;;   0x014c: sub sp, sp, x16
;;   0x0150: stur x28, [x29, #-0x8]
;;   0x0154: stur x19, [x29, #-0x10]
;;   0x0158: ldr x19, [x29, #0x10]
;;   0x015c: mov x0, #0xdef0
;;   0x0160: movk x0, #0x9abc, lsl #16
;;   0x0164: movk x0, #0x5678, lsl #32
;;   0x0168: movk x0, #0x1234, lsl #48
;;   0x016c: and x1, x19, x0
;;   0x0170: mov x0, x1
;;   0x0174: ldur x19, [x29, #-0x10]
;;   0x0178: mov sp, x29
;;   0x017c: ldp x29, x30, [sp], #0x18
;;   0x0180: ret
;;   0x0184: udf #0xa
;; function 4 (mul_big):
;;   0x0190: stp x29, x30, [sp, #-0x10]!
;;   0x0194: mov x29, sp
;;   0x0198: ldr x16, [x28]
;;   0x019c: ldr x16, [x16]
;;   0x01a0: mov x17, #0x60
;;   0x01a4: movk x17, #0x0, lsl #16
;;   0x01a8: add x16, x16, x17
;;   0x01ac: cmp sp, x16
;;   0x01b0: b.lo 0x1e8
;;   0x01b4: mov x16, #0x60
;;   0x01b8: movk x16, #0x0, lsl #16
;;   0x01bc: sub sp, sp, x16
;;   0x01c0: stur x28, [x29, #-0x8]
;;   0x01c4: stur x19, [x29, #-0x10]
;;   0x01c8: ldr x19, [x29, #0x10]
;;   0x01cc: mov x0, #0x100000000
;;   0x01d0: mul x1, x19, x0
;;   0x01d4: mov x0, x1
;;   0x01d8: ldur x19, [x29, #-0x10]
;;   0x01dc: mov sp, x29
;;   0x01e0: ldp x29, x30, [sp], #0x18
;;   0x01e4: ret
;;   0x01e8: udf #0xa
;; function 5 (mul_small):
;;   0x01f0: stp x29, x30, [sp, #-0x10]!
;;   0x01f4: mov x29, sp
;;   0x01f8: ldr x16, [x28]
;;   0x01fc: ldr x16, [x16]
;;   0x0200: mov x17, #0x60
;;   0x0204: movk x17, #0x0, lsl #16
;;   0x0208: add x16, x16, x17
;;   0x020c: cmp sp, x16
;;   0x0210: b.lo 0x248
;;   0x0214: mov x16, #0x60
;;   0x0218: movk x16, #0x0, lsl #16
;;   0x021c: sub sp, sp, x16
;;   0x0220: stur x28, [x29, #-0x8]
;;   0x0224: stur x19, [x29, #-0x10]
;;   0x0228: ldr x19, [x29, #0x10]
;;   0x022c: mov x0, #0xfffffffffffffffd
;;   0x0230: mul x1, x19, x0
;;   0x0234: mov x0, x1
;;   0x0238: ldur x19, [x29, #-0x10]
;;   0x023c: mov sp, x29
;;   0x0240: ldp x29, x30, [sp], #0x18
;;   0x0244: ret
;;   0x0248: udf #0xa
