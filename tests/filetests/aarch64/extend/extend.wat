;; The module of x64/extend/extend.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "i32_extend8_s") (param i32) (result i32) (i32.extend8_s (local.get 0)))
  (func (export "i32_extend16_s") (param i32) (result i32) (i32.extend16_s (local.get 0)))
  (func (export "i64_extend8_s") (param i64) (result i64) (i64.extend8_s (local.get 0)))
  (func (export "i64_extend16_s") (param i64) (result i64) (i64.extend16_s (local.get 0)))
  (func (export "i64_extend32_s") (param i64) (result i64) (i64.extend32_s (local.get 0)))
  (func (export "i64_extend_i32_s") (param i32) (result i64) (i64.extend_i32_s (local.get 0)))
  (func (export "i64_extend_i32_u") (param i32) (result i64) (i64.extend_i32_u (local.get 0)))
  (func (export "i32_wrap_i64") (param i64) (result i32) (i32.wrap_i64 (local.get 0))))
;; function 0 (i32_extend8_s):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x50
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: sxtb w0, w19
;;   0x0040: ldur x19, [x29, #-0x10]
;;   0x0044: mov sp, x29
;;   0x0048: ldp x29, x30, [sp], #0x18
;;   0x004c: ret
;;   0x0050: udf #0xa
;; function 1 (i32_extend16_s):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x50
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xb0
;;   0x0084: mov x16, #0x50
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: ldr w19, [x29, #0x10]
;;   0x009c: sxth w0, w19
;;   0x00a0: ldur x19, [x29, #-0x10]
;;   0x00a4: mov sp, x29
;;   0x00a8: ldp x29, x30, [sp], #0x18
;;   0x00ac: ret
;;   0x00b0: udf #0xa
;; function 2 (i64_extend8_s):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x50
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x110
;;   0x00e4: mov x16, #0x50
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: ldr x19, [x29, #0x10]
;;   0x00fc: sxtb x0, w19
;;   0x0100: ldur x19, [x29, #-0x10]
;;   0x0104: mov sp, x29
;;   0x0108: ldp x29, x30, [sp], #0x18
;;   0x010c: ret
;;   0x0110: udf #0xa
;; function 3 (i64_extend16_s):
;;   0x0120: stp x29, x30, [sp, #-0x10]!
;;   0x0124: mov x29, sp
;;   0x0128: ldr x16, [x28]
;;   0x012c: ldr x16, [x16]
;;   0x0130: mov x17, #0x50
;;   0x0134: movk x17, #0x0, lsl #16
;;   0x0138: add x16, x16, x17
;;   0x013c: cmp sp, x16
;;   0x0140: b.lo 0x170
;;   0x0144: mov x16, #0x50
;;   0x0148: movk x16, #0x0, lsl #16
;;   0x014c: sub sp, sp, x16
;;   0x0150: stur x28, [x29, #-0x8]
;;   0x0154: stur x19, [x29, #-0x10]
;;   0x0158: ldr x19, [x29, #0x10]
;;   0x015c: sxth x0, w19
;;   0x0160: ldur x19, [x29, #-0x10]
;;   0x0164: mov sp, x29
;;   0x0168: ldp x29, x30, [sp], #0x18
;;   0x016c: ret
;;   0x0170: udf #0xa
;; function 4 (i64_extend32_s):
;;   0x0180: stp x29, x30, [sp, #-0x10]!
;;   0x0184: mov x29, sp
;;   0x0188: ldr x16, [x28]
;;   0x018c: ldr x16, [x16]
;;   0x0190: mov x17, #0x50
;;   0x0194: movk x17, #0x0, lsl #16
;;   0x0198: add x16, x16, x17
;;   0x019c: cmp sp, x16
;;   0x01a0: b.lo 0x1d0
;;   0x01a4: mov x16, #0x50
;;   0x01a8: movk x16, #0x0, lsl #16
;;   0x01ac: sub sp, sp, x16
;;   0x01b0: stur x28, [x29, #-0x8]
;;   0x01b4: stur x19, [x29, #-0x10]
;;   0x01b8: ldr x19, [x29, #0x10]
;;   0x01bc: sxtw x0, w19
;;   0x01c0: ldur x19, [x29, #-0x10]
;;   0x01c4: mov sp, x29
;;   0x01c8: ldp x29, x30, [sp], #0x18
;;   0x01cc: ret
;;   0x01d0: udf #0xa
;; function 5 (i64_extend_i32_s):
;;   0x01e0: stp x29, x30, [sp, #-0x10]!
;;   0x01e4: mov x29, sp
;;   0x01e8: ldr x16, [x28]
;;   0x01ec: ldr x16, [x16]
;;   0x01f0: mov x17, #0x50
;;   0x01f4: movk x17, #0x0, lsl #16
;;   0x01f8: add x16, x16, x17
;;   0x01fc: cmp sp, x16
;;   0x0200: b.lo 0x230
;;   0x0204: mov x16, #0x50
;;   0x0208: movk x16, #0x0, lsl #16
;;   0x020c: sub sp, sp, x16
;;   0x0210: stur x28, [x29, #-0x8]
;;   0x0214: stur x19, [x29, #-0x10]
;;   0x0218: ldr w19, [x29, #0x10]
;;   0x021c: sxtw x0, w19
;;   0x0220: ldur x19, [x29, #-0x10]
;;   0x0224: mov sp, x29
;;   0x0228: ldp x29, x30, [sp], #0x18
;;   0x022c: ret
;;   0x0230: udf #0xa
;; function 6 (i64_extend_i32_u):
;;   0x0240: stp x29, x30, [sp, #-0x10]!
;;   0x0244: mov x29, sp
;;   0x0248: ldr x16, [x28]
;;   0x024c: ldr x16, [x16]
;;   0x0250: mov x17, #0x50
;;   0x0254: movk x17, #0x0, lsl #16
;;   0x0258: add x16, x16, x17
;;   0x025c: cmp sp, x16
;;   0x0260: b.lo 0x290
;;   0x0264: mov x16, #0x50
;;   0x0268: movk x16, #0x0, lsl #16
;;   0x026c: sub sp, sp, x16
;;   0x0270: stur x28, [x29, #-0x8]
;;   0x0274: stur x19, [x29, #-0x10]
;;   0x0278: ldr w19, [x29, #0x10]
;;   0x027c: mov w0, w19
;;   0x0280: ldur x19, [x29, #-0x10]
;;   0x0284: mov sp, x29
;;   0x0288: ldp x29, x30, [sp], #0x18
;;   0x028c: ret
;;   0x0290: udf #0xa
;; function 7 (i32_wrap_i64):
;;   0x02a0: stp x29, x30, [sp, #-0x10]!
;;   0x02a4: mov x29, sp
;;   0x02a8: ldr x16, [x28]
;;   0x02ac: ldr x16, [x16]
;;   0x02b0: mov x17, #0x50
;;   0x02b4: movk x17, #0x0, lsl #16
;;   0x02b8: add x16, x16, x17
;;   0x02bc: cmp sp, x16
;;   0x02c0: b.lo 0x2f0
;;   0x02c4: mov x16, #0x50
;;   0x02c8: movk x16, #0x0, lsl #16
;;   0x02cc: sub sp, sp, x16
;;   0x02d0: stur x28, [x29, #-0x8]
;;   0x02d4: stur x19, [x29, #-0x10]
;;   0x02d8: ldr x19, [x29, #0x10]
;;   0x02dc: mov w0, w19
;;   0x02e0: ldur x19, [x29, #-0x10]
;;   0x02e4: mov sp, x29
;;   0x02e8: ldp x29, x30, [sp], #0x18
;;   0x02ec: ret
;;   0x02f0: udf #0xa
