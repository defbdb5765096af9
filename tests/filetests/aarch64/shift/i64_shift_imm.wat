;; The module of x64/shift/i64_shift_imm.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "shl_40") (param i64) (result i64) (i64.shl (local.get 0) (i64.const 40)))
  (func (export "shr_s_65") (param i64) (result i64) (i64.shr_s (local.get 0) (i64.const 65)))
  (func (export "shr_u_63") (param i64) (result i64) (i64.shr_u (local.get 0) (i64.const 63)))
  (func (export "rotl_big") (param i64) (result i64) (i64.rotl (local.get 0) (i64.const 0x100000001)))
  (func (export "rotr_0") (param i64) (result i64) (i64.rotr (local.get 0) (i64.const 0))))
;; function 0 (shl_40):
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
;;   0x003c: lsl x0, x19, #0x28
;;   0x0040: ldur x19, [x29, #-0x10]
;;   0x0044: mov sp, x29
;;   0x0048: ldp x29, x30, [sp], #0x18
;;   0x004c: ret
;;   0x0050: udf #0xa
;; function 1 (shr_s_65):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x60
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xb0
;;   0x0084: mov x16, #0x60
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: ldr x19, [x29, #0x10]
;;   0x009c: asr x0, x19, #0x1
;;   0x00a0: ldur x19, [x29, #-0x10]
;;   0x00a4: mov sp, x29
;;   0x00a8: ldp x29, x30, [sp], #0x18
;;   0x00ac: ret
;;   0x00b0: udf #0xa
;; function 2 (shr_u_63):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x60
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x110
;;   0x00e4: mov x16, #0x60
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: ldr x19, [x29, #0x10]
;;   0x00fc: lsr x0, x19, #0x3f
;;   0x0100: ldur x19, [x29, #-0x10]
;;   0x0104: mov sp, x29
;;   0x0108: ldp x29, x30, [sp], #0x18
;;   0x010c: ret
;;   0x0110: udf #0xa
;; function 3 (rotl_big):
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
;;   0x0158: ldr x19, [x29, #0x10]
;;   0x015c: ror x0, x19, #0x3f
;;   0x0160: ldur x19, [x29, #-0x10]
;;   0x0164: mov sp, x29
;;   0x0168: ldp x29, x30, [sp], #0x18
;;   0x016c: ret
;;   0x0170: udf #0xa
;; function 4 (rotr_0):
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
;;   0x01b8: ldr x19, [x29, #0x10]
;;   0x01bc: ror x0, x19, #0x0
;;   0x01c0: ldur x19, [x29, #-0x10]
;;   0x01c4: mov sp, x29
;;   0x01c8: ldp x29, x30, [sp], #0x18
;;   0x01cc: ret
;;   0x01d0: udf #0xa
