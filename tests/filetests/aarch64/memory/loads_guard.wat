;;! bounds = "guard"
;; The module of x64/memory/loads_guard.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory 1)
  (func (export "i32_load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "i32_load8_s") (param i32) (result i32) (i32.load8_s (local.get 0)))
  (func (export "i32_load8_u") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "i32_load16_s") (param i32) (result i32) (i32.load16_s (local.get 0)))
  (func (export "i32_load16_u") (param i32) (result i32) (i32.load16_u (local.get 0)))
  (func (export "i64_load") (param i32) (result i64) (i64.load (local.get 0)))
  (func (export "i64_load8_s") (param i32) (result i64) (i64.load8_s (local.get 0)))
  (func (export "i64_load8_u") (param i32) (result i64) (i64.load8_u (local.get 0)))
  (func (export "i64_load16_s") (param i32) (result i64) (i64.load16_s (local.get 0)))
  (func (export "i64_load16_u") (param i32) (result i64) (i64.load16_u (local.get 0)))
  (func (export "i64_load32_s") (param i32) (result i64) (i64.load32_s (local.get 0)))
  (func (export "i64_load32_u") (param i32) (result i64) (i64.load32_u (local.get 0)))
  (func (export "f32_load") (param i32) (result f32) (f32.load (local.get 0)))
  (func (export "f64_load") (param i32) (result f64) (f64.load (local.get 0))))
;; function 0 (i32_load):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x58
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: ldr x27, [x28, #0x18]
;;   0x0040: ldr x27, [x27]
;;   0x0044: ldr w0, [x27, w19, uxtw]
;;   0x0048: ldur x19, [x29, #-0x10]
;;   0x004c: mov sp, x29
;;   0x0050: ldp x29, x30, [sp], #0x18
;;   0x0054: ret
;;   0x0058: udf #0xa
;; function 1 (i32_load8_s):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x50
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xb8
;;   0x0084: mov x16, #0x50
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: ldr w19, [x29, #0x10]
;;   0x009c: ldr x27, [x28, #0x18]
;;   0x00a0: ldr x27, [x27]
;;   0x00a4: ldrsb w0, [x27, w19, uxtw]
;;   0x00a8: ldur x19, [x29, #-0x10]
;;   0x00ac: mov sp, x29
;;   0x00b0: ldp x29, x30, [sp], #0x18
;;   0x00b4: ret
;;   0x00b8: udf #0xa
;; function 2 (i32_load8_u):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x50
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x118
;;   0x00e4: mov x16, #0x50
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: ldr w19, [x29, #0x10]
;;   0x00fc: ldr x27, [x28, #0x18]
;;   0x0100: ldr x27, [x27]
;;   0x0104: ldrb w0, [x27, w19, uxtw]
;;   0x0108: ldur x19, [x29, #-0x10]
;;   0x010c: mov sp, x29
;;   0x0110: ldp x29, x30, [sp], #0x18
;;   0x0114: ret
;;   0x0118: udf #0xa
;; function 3 (i32_load16_s):
;;   0x0120: stp x29, x30, [sp, #-0x10]!
;;   0x0124: mov x29, sp
;;   0x0128: ldr x16, [x28]
;;   0x012c: ldr x16, [x16]
;;   0x0130: mov x17, #0x50
;;   0x0134: movk x17, #0x0, lsl #16
;;   0x0138: add x16, x16, x17
;;   0x013c: cmp sp, x16
;;   0x0140: b.lo 0x178
;;   0x0144: mov x16, #0x50
;;   0x0148: movk x16, #0x0, lsl #16
;;   0x014c: sub sp, sp, x16
;;   0x0150: stur x28, [x29, #-0x8]
;;   0x0154: stur x19, [x29, #-0x10]
;;   0x0158: ldr w19, [x29, #0x10]
;;   0x015c: ldr x27, [x28, #0x18]
;;   0x0160: ldr x27, [x27]
;;   0x0164: ldrsh w0, [x27, w19, uxtw]
;;   0x0168: ldur x19, [x29, #-0x10]
;;   0x016c: mov sp, x29
;;   0x0170: ldp x29, x30, [sp], #0x18
;;   0x0174: ret
;;   0x0178: udf #0xa
;; function 4 (i32_load16_u):
;;   0x0180: stp x29, x30, [sp, #-0x10]!
;;   0x0184: mov x29, sp
;;   0x0188: ldr x16, [x28]
;;   0x018c: ldr x16, [x16]
;;   0x0190: mov x17, #0x50
;;   0x0194: movk x17, #0x0, lsl #16
;;   0x0198: add x16, x16, x17
;;   0x019c: cmp sp, x16
;;   0x01a0: b.lo 0x1d8
;;   0x01a4: mov x16, #0x50
;;   0x01a8: movk x16, #0x0, lsl #16
;;   0x01ac: sub sp, sp, x16
;;   0x01b0: stur x28, [x29, #-0x8]
;;   0x01b4: stur x19, [x29, #-0x10]
;;   0x01b8: ldr w19, [x29, #0x10]
;;   0x01bc: ldr x27, [x28, #0x18]
;;   0x01c0: ldr x27, [x27]
;;   0x01c4: ldrh w0, [x27, w19, uxtw]
;;   0x01c8: ldur x19, [x29, #-0x10]
;;   0x01cc: mov sp, x29
;;   0x01d0: ldp x29, x30, [sp], #0x18
;;   0x01d4: ret
;;   0x01d8: udf #0xa
;; function 5 (i64_load):
;;   0x01e0: stp x29, x30, [sp, #-0x10]!
;;   0x01e4: mov x29, sp
;;   0x01e8: ldr x16, [x28]
;;   0x01ec: ldr x16, [x16]
;;   0x01f0: mov x17, #0x50
;;   0x01f4: movk x17, #0x0, lsl #16
;;   0x01f8: add x16, x16, x17
;;   0x01fc: cmp sp, x16
;;   0x0200: b.lo 0x238
;;   0x0204: mov x16, #0x50
;;   0x0208: movk x16, #0x0, lsl #16
;;   0x020c: sub sp, sp, x16
;;   0x0210: stur x28, [x29, #-0x8]
;;   0x0214: stur x19, [x29, #-0x10]
;;   0x0218: ldr w19, [x29, #0x10]
;;   0x021c: ldr x27, [x28, #0x18]
;;   0x0220: ldr x27, [x27]
;;   0x0224: ldr x0, [x27, w19, uxtw]
;;   0x0228: ldur x19, [x29, #-0x10]
;;   0x022c: mov sp, x29
;;   0x0230: ldp x29, x30, [sp], #0x18
;;   0x0234: ret
;;   0x0238: udf #0xa
;; function 6 (i64_load8_s):
;;   0x0240: stp x29, x30, [sp, #-0x10]!
;;   0x0244: mov x29, sp
;;   0x0248: ldr x16, [x28]
;;   0x024c: ldr x16, [x16]
;;   0x0250: mov x17, #0x50
;;   0x0254: movk x17, #0x0, lsl #16
;;   0x0258: add x16, x16, x17
;;   0x025c: cmp sp, x16
;;   0x0260: b.lo 0x298
;;   0x0264: mov x16, #0x50
;;   0x0268: movk x16, #0x0, lsl #16
;;   0x026c: sub sp, sp, x16
;;   0x0270: stur x28, [x29, #-0x8]
;;   0x0274: stur x19, [x29, #-0x10]
;;   0x0278: ldr w19, [x29, #0x10]
;;   0x027c: ldr x27, [x28, #0x18]
;;   0x0280: ldr x27, [x27]
;;   0x0284: ldrsb x0, [x27, w19, uxtw]
;;   0x0288: ldur x19, [x29, #-0x10]
;;   0x028c: mov sp, x29
;;   0x0290: ldp x29, x30, [sp], #0x18
;;   0x0294: ret
;;   0x0298: udf #0xa
;; function 7 (i64_load8_u):
;;   0x02a0: stp x29, x30, [sp, #-0x10]!
;;   0x02a4: mov x29, sp
;;   0x02a8: ldr x16, [x28]
;;   0x02ac: ldr x16, [x16]
;;   0x02b0: mov x17, #0x50
;;   0x02b4: movk x17, #0x0, lsl #16
;;   0x02b8: add x16, x16, x17
;;   0x02bc: cmp sp, x16
;;   0x02c0: b.lo 0x2f8
;;   0x02c4: mov x16, #0x50
;;   0x02c8: movk x16, #0x0, lsl #16
;;   0x02cc: sub sp, sp, x16
;;   0x02d0: stur x28, [x29, #-0x8]
;;   0x02d4: stur x19, [x29, #-0x10]
;;   0x02d8: ldr w19, [x29, #0x10]
;;   0x02dc: ldr x27, [x28, #0x18]
;;   0x02e0: ldr x27, [x27]
;;   0x02e4: ldrb w0, [x27, w19, uxtw]
;;   0x02e8: ldur x19, [x29, #-0x10]
;;   0x02ec: mov sp, x29
;;   0x02f0: ldp x29, x30, [sp], #0x18
;;   0x02f4: ret
;;   0x02f8: udf #0xa
;; function 8 (i64_load16_s):
;;   0x0300: stp x29, x30, [sp, #-0x10]!
;;   0x0304: mov x29, sp
;;   0x0308: ldr x16, [x28]
;;   0x030c: ldr x16, [x16]
;;   0x0310: mov x17, #0x50
;;   0x0314: movk x17, #0x0, lsl #16
;;   0x0318: add x16, x16, x17
;;   0x031c: cmp sp, x16
;;   0x0320: b.lo 0x358
;;   0x0324: mov x16, #0x50
;;   0x0328: movk x16, #0x0, lsl #16
;;   0x032c: sub sp, sp, x16
;;   0x0330: stur x28, [x29, #-0x8]
;;   0x0334: stur x19, [x29, #-0x10]
;;   0x0338: ldr w19, [x29, #0x10]
;;   0x033c: ldr x27, [x28, #0x18]
;;   0x0340: ldr x27, [x27]
;;   0x0344: ldrsh x0, [x27, w19, uxtw]
;;   0x0348: ldur x19, [x29, #-0x10]
;;   0x034c: mov sp, x29
;;   0x0350: ldp x29, x30, [sp], #0x18
;;   0x0354: ret
;;   0x0358: udf #0xa
;; function 9 (i64_load16_u):
;;   0x0360: stp x29, x30, [sp, #-0x10]!
;;   0x0364: mov x29, sp
;;   0x0368: ldr x16, [x28]
;;   0x036c: ldr x16, [x16]
;;   0x0370: mov x17, #0x50
;;   0x0374: movk x17, #0x0, lsl #16
;;   0x0378: add x16, x16, x17
;;   0x037c: cmp sp, x16
;;   0x0380: b.lo 0x3b8
;;   0x0384: mov x16, #0x50
;;   0x0388: movk x16, #0x0, lsl #16
;;   0x038c: sub sp, sp, x16
;;   0x0390: stur x28, [x29, #-0x8]
;;   0x0394: stur x19, [x29, #-0x10]
;;   0x0398: ldr w19, [x29, #0x10]
;;   0x039c: ldr x27, [x28, #0x18]
;;   0x03a0: ldr x27, [x27]
;;   0x03a4: ldrh w0, [x27, w19, uxtw]
;;   0x03a8: ldur x19, [x29, #-0x10]
;;   0x03ac: mov sp, x29
;;   0x03b0: ldp x29, x30, [sp], #0x18
;;   0x03b4: ret
;;   0x03b8: udf #0xa
;; function 10 (i64_load32_s):
;;   0x03c0: stp x29, x30, [sp, #-0x10]!
;;   0x03c4: mov x29, sp
;;   0x03c8: ldr x16, [x28]
;;   0x03cc: ldr x16, [x16]
;;   0x03d0: mov x17, #0x50
;;   0x03d4: movk x17, #0x0, lsl #16
;;   0x03d8: add x16, x16, x17
;;   0x03dc: cmp sp, x16
;;   0x03e0: b.lo 0x418
;;   0x03e4: mov x16, #0x50
;;   0x03e8: movk x16, #0x0, lsl #16
;;   0x03ec: sub sp, sp, x16
;;   0x03f0: stur x28, [x29, #-0x8]
;;   0x03f4: stur x19, [x29, #-0x10]
;;   0x03f8: ldr w19, [x29, #0x10]
;;   0x03fc: ldr x27, [x28, #0x18]
;;   0x0400: ldr x27, [x27]
;;   0x0404: ldrsw x0, [x27, w19, uxtw]
;;   0x0408: ldur x19, [x29, #-0x10]
;;   0x040c: mov sp, x29
;;   0x0410: ldp x29, x30, [sp], #0x18
;;   0x0414: ret
;;   0x0418: udf #0xa
;; function 11 (i64_load32_u):
;;   0x0420: stp x29, x30, [sp, #-0x10]!
;;   0x0424: mov x29, sp
;;   0x0428: ldr x16, [x28]
;;   0x042c: ldr x16, [x16]
;;   0x0430: mov x17, #0x50
;;   0x0434: movk x17, #0x0, lsl #16
;;   0x0438: add x16, x16, x17
;;   0x043c: cmp sp, x16
;;   0x0440: b.lo 0x478
;;   0x0444: mov x16, #0x50
;;   0x0448: movk x16, #0x0, lsl #16
;;   0x044c: sub sp, sp, x16
;;   0x0450: stur x28, [x29, #-0x8]
;;   0x0454: stur x19, [x29, #-0x10]
;;   0x0458: ldr w19, [x29, #0x10]
;;   0x045c: ldr x27, [x28, #0x18]
;;   0x0460: ldr x27, [x27]
;;   0x0464: ldr w0, [x27, w19, uxtw]
;;   0x0468: ldur x19, [x29, #-0x10]
;;   0x046c: mov sp, x29
;;   0x0470: ldp x29, x30, [sp], #0x18
;;   0x0474: ret
;;   0x0478: udf #0xa
;; function 12 (f32_load):
;;   0x0480: stp x29, x30, [sp, #-0x10]!
;;   0x0484: mov x29, sp
;;   0x0488: ldr x16, [x28]
;;   0x048c: ldr x16, [x16]
;;   0x0490: mov x17, #0x50
;;   0x0494: movk x17, #0x0, lsl #16
;;   0x0498: add x16, x16, x17
;;   0x049c: cmp sp, x16
;;   0x04a0: b.lo 0x4d8
;;   0x04a4: mov x16, #0x50
;;   0x04a8: movk x16, #0x0, lsl #16
;;   0x04ac: sub sp, sp, x16
;;   0x04b0: stur x28, [x29, #-0x8]
;;   0x04b4: stur x19, [x29, #-0x10]
;;   0x04b8: ldr w19, [x29, #0x10]
;;   0x04bc: ldr x27, [x28, #0x18]
;;   0x04c0: ldr x27, [x27]
;;   0x04c4: ldr s0, [x27, w19, uxtw]
;;   0x04c8: ldur x19, [x29, #-0x10]
;;   0x04cc: mov sp, x29
;;   0x04d0: ldp x29, x30, [sp], #0x18
;;   0x04d4: ret
;;   0x04d8: udf #0xa
;; function 13 (f64_load):
;;   0x04e0: stp x29, x30, [sp, #-0x10]!
;;   0x04e4: mov x29, sp
;;   0x04e8: ldr x16, [x28]
;;   0x04ec: ldr x16, [x16]
;;   0x04f0: mov x17, #0x50
;;   0x04f4: movk x17, #0x0, lsl #16
;;   0x04f8: add x16, x16, x17
;;   0x04fc: cmp sp, x16
;;   0x0500: b.lo 0x538
;;   0x0504: mov x16, #0x50
;;   0x0508: movk x16, #0x0, lsl #16
;;   0x050c: sub sp, sp, x16
;;   0x0510: stur x28, [x29, #-0x8]
;;   0x0514: stur x19, [x29, #-0x10]
;;   0x0518: ldr w19, [x29, #0x10]
;;   0x051c: ldr x27, [x28, #0x18]
;;   0x0520: ldr x27, [x27]
;;   0x0524: ldr d0, [x27, w19, uxtw]
;;   0x0528: ldur x19, [x29, #-0x10]
;;   0x052c: mov sp, x29
;;   0x0530: ldp x29, x30, [sp], #0x18
;;   0x0534: ret
;;   0x0538: udf #0xa
