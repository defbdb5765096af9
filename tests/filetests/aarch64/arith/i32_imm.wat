;; The module of x64/arith/i32_imm.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "add") (param i32) (result i32)
    (i32.add (local.get 0) (i32.const 1)))
  (func (export "sub_big") (param i32) (result i32)
    (i32.sub (local.get 0) (i32.const 0x12345678)))
  (func (export "mul") (param i32) (result i32)
    (i32.mul (local.get 0) (i32.const 10)))
  (func (export "and_neg") (param i32) (result i32)
    (i32.and (local.get 0) (i32.const -16)))
  (func (export "or") (param i32) (result i32)
    (i32.or (local.get 0) (i32.const 0x80000000)))
  (func (export "xor") (param i32) (result i32)
    (i32.xor (local.get 0) (i32.const -1))))
;; function 0 (add):
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
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: add w0, w19, #0x1
;;   0x0040: ldur x19, [x29, #-0x10]
;;   0x0044: mov sp, x29
;;   0x0048: ldp x29, x30, [sp], #0x18
;;   0x004c: ret
;;   0x0050: udf #0xa
;; function 1 (sub_big):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x60
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xbc
;;   0x0084: mov x16, #0x60
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: ldr w19, [x29, #0x10]
;;   0x009c: mov w0, #0x5678
;;   0x00a0: movk w0, #0x1234, lsl #16
;;   0x00a4: sub w1, w19, w0
;;   0x00a8: mov w0, w1
;;   0x00ac: ldur x19, [x29, #-0x10]
;;   0x00b0: mov sp, x29
;;   0x00b4: ldp x29, x30, [sp], #0x18
;;   0x00b8: ret
;;   0x00bc: udf #0xa
;; function 2 (mul):
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
;;   0x00f8: ldr w19, [x29, #0x10]
;;   0x00fc: mov w0, #0xa
;;   0x0100: mul w1, w19, w0
;;   0x0104: mov w0, w1
;;   0x0108: ldur x19, [x29, #-0x10]
;;   0x010c: mov sp, x29
;;   0x0110: ldp x29, x30, [sp], #0x18
;;   0x0114: ret
;;   0x0118: udf #0xa
;; function 3 (and_neg):
;;   0x0120: stp x29, x30, [sp, #-0x10]!
;;   0x0124: mov x29, sp
;;   0x0128: ldr x16, [x28]
;;   0x012c: ldr x16, [x16]
;;   0x0130: mov x17, #0x60
;;   0x0134: movk x17, #0x0, lsl #16
;;   0x0138: add x16, x16, x17
;;   0x013c: cmp sp, x16
;;   0x0140: b.lo 0x170
;;   0x0144: mov x16, #0x60
;;   0x0148: movk x16, #0x0, lsl #16
;;   0x014c: sub sp, sp, x16
;;   0x0150: stur x28, [x29, #-0x8]
;;   0x0154: stur x19, [x29, #-0x10]
;;   0x0158: ldr w19, [x29, #0x10]
;;   0x015c: and w0, w19, #0xfffffff0
;;   0x0160: ldur x19, [x29, #-0x10]
;;   0x0164: mov sp, x29
;;   0x0168: ldp x29, x30, [sp], #0x18
;;   0x016c: ret
;;   0x0170: udf #0xa
;; function 4 (or):
;;   0x0180: stp x29, x30, [sp, #-0x10]!
;;   0x0184: mov x29, sp
;;   0x0188: ldr x16, [x28]
;;   0x018c: ldr x16, [x16]
;;   0x0190: mov x17, #0x60
;;   0x0194: movk x17, #0x0, lsl #16
;;   0x0198: add x16, x16, x17
;;   0x019c: cmp sp, x16
;;   0x01a0: b.lo 0x1d0
;;   0x01a4: mov x16, #0x60
;;   0x01a8: movk x16, #0x0, lsl #16
;;   0x01ac: sub sp, sp, x16
;;   0x01b0: stur x28, [x29, #-0x8]
;;   0x01b4: stur x19, [x29, #-0x10]
;;   0x01b8: ldr w19, [x29, #0x10]
;;   0x01bc: orr w0, w19, #0x80000000
;;   0x01c0: ldur x19, [x29, #-0x10]
;;   0x01c4: mov sp, x29
;;   0x01c8: ldp x29, x30, [sp], #0x18
;;   0x01cc: ret
;;   0x01d0: udf #0xa
;; function 5 (xor):
;;   0x01e0: stp x29, x30, [sp, #-0x10]!
;;   0x01e4: mov x29, sp
;;   0x01e8: ldr x16, [x28]
;;   0x01ec: ldr x16, [x16]
;;   0x01f0: mov x17, #0x60
;;   0x01f4: movk x17, #0x0, lsl #16
;;   0x01f8: add x16, x16, x17
;;   0x01fc: cmp sp, x16
;;   0x0200: b.lo 0x238
;;   0x0204: mov x16, #0x60
;;   0x0208: movk x16, #0x0, lsl #16
;;   0x020c: sub sp, sp, x16
;;   0x0210: stur x28, [x29, #-0x8]
;;   0x0214: stur x19, [x29, #-0x10]
;;   0x0218: ldr w19, [x29, #0x10]
;;   0x021c: mov w0, #0xffffffff
;;   0x0220: eor w1, w19, w0
;;   0x0224: mov w0, w1
;;   0x0228: ldur x19, [x29, #-0x10]
;;   0x022c: mov sp, x29
;;   0x0230: ldp x29, x30, [sp], #0x18
;;   0x0234: ret
;;   0x0238: udf #0xa
