;; The module of x64/shift/i64_shift.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "shl") (param i64 i64) (result i64) (i64.shl (local.get 0) (local.get 1)))
  (func (export "shr_s") (param i64 i64) (result i64) (i64.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_u") (param i64 i64) (result i64) (i64.shr_u (local.get 0) (local.get 1)))
  (func (export "rotl") (param i64 i64) (result i64) (i64.rotl (local.get 0) (local.get 1)))
  (func (export "rotr") (param i64 i64) (result i64) (i64.rotr (local.get 0) (local.get 1))))
;; function 0 (shl):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x64
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr x19, [x29, #0x10]
;;   0x0040: ldr x20, [x29, #0x18]
;;   0x0044: mov x0, x20
;;   0x0048: lsl x1, x19, x0
;;   0x004c: mov x0, x1
;;   0x0050: ldur x19, [x29, #-0x10]
;;   0x0054: ldur x20, [x29, #-0x18]
;;   0x0058: mov sp, x29
;;   0x005c: ldp x29, x30, [sp], #0x20
;;   0x0060: ret
;;   0x0064: udf #0xa
;; function 1 (shr_s):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x60
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xd4
;;   0x0094: mov x16, #0x60
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: stur x19, [x29, #-0x10]
;;   0x00a8: stur x20, [x29, #-0x18]
;;   0x00ac: ldr x19, [x29, #0x10]
;;   0x00b0: ldr x20, [x29, #0x18]
;;   0x00b4: mov x0, x20
;;   0x00b8: asr x1, x19, x0
;;   0x00bc: mov x0, x1
;;   0x00c0: ldur x19, [x29, #-0x10]
;;   0x00c4: ldur x20, [x29, #-0x18]
;;   0x00c8: mov sp, x29
;;   0x00cc: ldp x29, x30, [sp], #0x20
;;   0x00d0: ret
;;   0x00d4: udf #0xa
;; function 2 (shr_u):
;;   0x00e0: stp x29, x30, [sp, #-0x10]!
;;   0x00e4: mov x29, sp
;;   0x00e8: ldr x16, [x28]
;;   0x00ec: ldr x16, [x16]
;;   0x00f0: mov x17, #0x60
;;   0x00f4: movk x17, #0x0, lsl #16
;;   0x00f8: add x16, x16, x17
;;   0x00fc: cmp sp, x16
;;   0x0100: b.lo 0x144
;;   0x0104: mov x16, #0x60
;;   0x0108: movk x16, #0x0, lsl #16
;;   0x010c: sub sp, sp, x16
;;   0x0110: stur x28, [x29, #-0x8]
;;   0x0114: stur x19, [x29, #-0x10]
;;   0x0118: stur x20, [x29, #-0x18]
;;   0x011c: ldr x19, [x29, #0x10]
;;   0x0120: ldr x20, [x29, #0x18]
;;   0x0124: mov x0, x20
;;   0x0128: lsr x1, x19, x0
;;   0x012c: mov x0, x1
;;   0x0130: ldur x19, [x29, #-0x10]
;;   0x0134: ldur x20, [x29, #-0x18]
;;   0x0138: mov sp, x29
;;   0x013c: ldp x29, x30, [sp], #0x20
;;   0x0140: ret
;;   0x0144: udf #0xa
;; function 3 (rotl):
;;   0x0150: stp x29, x30, [sp, #-0x10]!
;;   0x0154: mov x29, sp
;;   0x0158: ldr x16, [x28]
;;   0x015c: ldr x16, [x16]
;;   0x0160: mov x17, #0x60
;;   0x0164: movk x17, #0x0, lsl #16
;;   0x0168: add x16, x16, x17
;;   0x016c: cmp sp, x16
;;   0x0170: b.lo 0x1b8
;;   0x0174: mov x16, #0x60
;;   0x0178: movk x16, #0x0, lsl #16
;;   0x017c: sub sp, sp, x16
;;   0x0180: stur x28, [x29, #-0x8]
;;   0x0184: stur x19, [x29, #-0x10]
;;   0x0188: stur x20, [x29, #-0x18]
;;   0x018c: ldr x19, [x29, #0x10]
;;   0x0190: ldr x20, [x29, #0x18]
;;   0x0194: mov x0, x20
;;   0x0198: neg x16, x0
;;   0x019c: ror x1, x19, x16
;;   0x01a0: mov x0, x1
;;   0x01a4: ldur x19, [x29, #-0x10]
;;   0x01a8: ldur x20, [x29, #-0x18]
;;   0x01ac: mov sp, x29
;;   0x01b0: ldp x29, x30, [sp], #0x20
;;   0x01b4: ret
;;   0x01b8: udf #0xa
;; function 4 (rotr):
;;   0x01c0: stp x29, x30, [sp, #-0x10]!
;;   0x01c4: mov x29, sp
;;   0x01c8: ldr x16, [x28]
;;   0x01cc: ldr x16, [x16]
;;   0x01d0: mov x17, #0x60
;;   0x01d4: movk x17, #0x0, lsl #16
;;   0x01d8: add x16, x16, x17
;;   0x01dc: cmp sp, x16
;;   0x01e0: b.lo 0x224
;;   0x01e4: mov x16, #0x60
;;   0x01e8: movk x16, #0x0, lsl #16
;;   0x01ec: sub sp, sp, x16
;;   0x01f0: stur x28, [x29, #-0x8]
;;   0x01f4: stur x19, [x29, #-0x10]
;;   0x01f8: stur x20, [x29, #-0x18]
;;   0x01fc: ldr x19, [x29, #0x10]
;;   0x0200: ldr x20, [x29, #0x18]
;;   0x0204: mov x0, x20
;;   0x0208: ror x1, x19, x0
;;   0x020c: mov x0, x1
;;   0x0210: ldur x19, [x29, #-0x10]
;;   0x0214: ldur x20, [x29, #-0x18]
;;   0x0218: mov sp, x29
;;   0x021c: ldp x29, x30, [sp], #0x20
;;   0x0220: ret
;;   0x0224: udf #0xa
