;; The module of x64/memory/loads_explicit.wat (its comment says what it exercises), compiled
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
;;   0x0020: b.lo 0x78
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: ldr x27, [x28, #0x18]
;;   0x0040: ldr x27, [x27]
;;   0x0044: ldr x16, [x28, #0x18]
;;   0x0048: mov x0, #0x4
;;   0x004c: add x0, x0, w19, uxtw
;;   0x0050: ldr x17, [x16, #0x8]
;;   0x0054: cmp x0, x17
;;   0x0058: b.hi 0x7c
;;   0x005c: add x0, x27, x0
;;   0x0060: csel x0, x0, xzr, ls
;;   0x0064: ldur w0, [x0, #-0x4]
;;   0x0068: ldur x19, [x29, #-0x10]
;;   0x006c: mov sp, x29
;;   0x0070: ldp x29, x30, [sp], #0x18
;;   0x0074: ret
;;   0x0078: udf #0xa
;;   0x007c: udf #0x5
;; function 1 (i32_load8_s):
;;   0x0080: stp x29, x30, [sp, #-0x10]!
;;   0x0084: mov x29, sp
;;   0x0088: ldr x16, [x28]
;;   0x008c: ldr x16, [x16]
;;   0x0090: mov x17, #0x50
;;   0x0094: movk x17, #0x0, lsl #16
;;   0x0098: add x16, x16, x17
;;   0x009c: cmp sp, x16
;;   0x00a0: b.lo 0xf8
;;   0x00a4: mov x16, #0x50
;;   0x00a8: movk x16, #0x0, lsl #16
;;   0x00ac: sub sp, sp, x16
;;   0x00b0: stur x28, [x29, #-0x8]
;;   0x00b4: stur x19, [x29, #-0x10]
;;   0x00b8: ldr w19, [x29, #0x10]
;;   0x00bc: ldr x27, [x28, #0x18]
;;   0x00c0: ldr x27, [x27]
;;   0x00c4: ldr x16, [x28, #0x18]
;;   0x00c8: mov x0, #0x1
;;   0x00cc: add x0, x0, w19, uxtw
;;   0x00d0: ldr x17, [x16, #0x8]
;;   0x00d4: cmp x0, x17
;;   0x00d8: b.hi 0xfc
;;   0x00dc: add x0, x27, x0
;;   0x00e0: csel x0, x0, xzr, ls
;;   0x00e4: ldursb w0, [x0, #-0x1]
;;   0x00e8: ldur x19, [x29, #-0x10]
;;   0x00ec: mov sp, x29
;;   0x00f0: ldp x29, x30, [sp], #0x18
;;   0x00f4: ret
;;   0x00f8: udf #0xa
;;   0x00fc: udf #0x5
;; function 2 (i32_load8_u):
;;   0x0100: stp x29, x30, [sp, #-0x10]!
;;   0x0104: mov x29, sp
;;   0x0108: ldr x16, [x28]
;;   0x010c: ldr x16, [x16]
;;   0x0110: mov x17, #0x50
;;   0x0114: movk x17, #0x0, lsl #16
;;   0x0118: add x16, x16, x17
;;   0x011c: cmp sp, x16
;;   0x0120: b.lo 0x178
;;   0x0124: mov x16, #0x50
;;   0x0128: movk x16, #0x0, lsl #16
;;   0x012c: sub sp, sp, x16
;;   0x0130: stur x28, [x29, #-0x8]
;;   0x0134: stur x19, [x29, #-0x10]
;;   0x0138: ldr w19, [x29, #0x10]
;;   0x013c: ldr x27, [x28, #0x18]
;;   0x0140: ldr x27, [x27]
;;   0x0144: ldr x16, [x28, #0x18]
;;   0x0148: mov x0, #0x1
;;   0x014c: add x0, x0, w19, uxtw
;;   0x0150: ldr x17, [x16, #0x8]
;;   0x0154: cmp x0, x17
;;   0x0158: b.hi 0x17c
;;   0x015c: add x0, x27, x0
;;   0x0160: csel x0, x0, xzr, ls
;;   0x0164: ldurb w0, [x0, #-0x1]
;;   0x0168: ldur x19, [x29, #-0x10]
;;   0x016c: mov sp, x29
;;   0x0170: ldp x29, x30, [sp], #0x18
;;   0x0174: ret
;;   0x0178: udf #0xa
;;   0x017c: udf #0x5
;; function 3 (i32_load16_s):
;;   0x0180: stp x29, x30, [sp, #-0x10]!
;;   0x0184: mov x29, sp
;;   0x0188: ldr x16, [x28]
;;   0x018c: ldr x16, [x16]
;;   0x0190: mov x17, #0x50
;;   0x0194: movk x17, #0x0, lsl #16
;;   0x0198: add x16, x16, x17
;;   0x019c: cmp sp, x16
;;   0x01a0: b.lo 0x1f8
;;   0x01a4: mov x16, #0x50
;;   0x01a8: movk x16, #0x0, lsl #16
;;   0x01ac: sub sp, sp, x16
;;   0x01b0: stur x28, [x29, #-0x8]
;;   0x01b4: stur x19, [x29, #-0x10]
;;   0x01b8: ldr w19, [x29, #0x10]
;;   0x01bc: ldr x27, [x28, #0x18]
;;   0x01c0: ldr x27, [x27]
;;   0x01c4: ldr x16, [x28, #0x18]
;;   0x01c8: mov x0, #0x2
;;   0x01cc: add x0, x0, w19, uxtw
;;   0x01d0: ldr x17, [x16, #0x8]
;;   0x01d4: cmp x0, x17
;;   0x01d8: b.hi 0x1fc
;;   0x01dc: add x0, x27, x0
;;   0x01e0: csel x0, x0, xzr, ls
;;   0x01e4: ldursh w0, [x0, #-0x2]
;;   0x01e8: ldur x19, [x29, #-0x10]
;;   0x01ec: mov sp, x29
;;   0x01f0: ldp x29, x30, [sp], #0x18
;;   0x01f4: ret
;;   0x01f8: udf #0xa
;;   0x01fc: udf #0x5
;; function 4 (i32_load16_u):
;;   0x0200: stp x29, x30, [sp, #-0x10]!
;;   0x0204: mov x29, sp
;;   0x0208: ldr x16, [x28]
;;   0x020c: ldr x16, [x16]
;;   0x0210: mov x17, #0x50
;;   0x0214: movk x17, #0x0, lsl #16
;;   0x0218: add x16, x16, x17
;;   0x021c: cmp sp, x16
;;   0x0220: b.lo 0x278
;;   0x0224: mov x16, #0x50
;;   0x0228: movk x16, #0x0, lsl #16
;;   0x022c: sub sp, sp, x16
;;   0x0230: stur x28, [x29, #-0x8]
;;   0x0234: stur x19, [x29, #-0x10]
;;   0x0238: ldr w19, [x29, #0x10]
;;   0x023c: ldr x27, [x28, #0x18]
;;   0x0240: ldr x27, [x27]
;;   0x0244: ldr x16, [x28, #0x18]
;;   0x0248: mov x0, #0x2
;;   0x024c: add x0, x0, w19, uxtw
;;   0x0250: ldr x17, [x16, #0x8]
;;   0x0254: cmp x0, x17
;;   0x0258: b.hi 0x27c
;;   0x025c: add x0, x27, x0
;;   0x0260: csel x0, x0, xzr, ls
;;   0x0264: ldurh w0, [x0, #-0x2]
;;   0x0268: ldur x19, [x29, #-0x10]
;;   0x026c: mov sp, x29
;;   0x0270: ldp x29, x30, [sp], #0x18
;;   0x0274: ret
;;   0x0278: udf #0xa
;;   0x027c: udf #0x5
;; function 5 (i64_load):
;;   0x0280: stp x29, x30, [sp, #-0x10]!
;;   0x0284: mov x29, sp
;;   0x0288: ldr x16, [x28]
;;   0x028c: ldr x16, [x16]
;;   0x0290: mov x17, #0x50
;;   0x0294: movk x17, #0x0, lsl #16
;;   0x0298: add x16, x16, x17
;;   0x029c: cmp sp, x16
;;   0x02a0: b.lo 0x2f8
;;   0x02a4: mov x16, #0x50
;;   0x02a8: movk x16, #0x0, lsl #16
;;   0x02ac: sub sp, sp, x16
;;   0x02b0: stur x28, [x29, #-0x8]
;;   0x02b4: stur x19, [x29, #-0x10]
;;   0x02b8: ldr w19, [x29, #0x10]
;;   0x02bc: ldr x27, [x28, #0x18]
;;   0x02c0: ldr x27, [x27]
;;   0x02c4: ldr x16, [x28, #0x18]
;;   0x02c8: mov x0, #0x8
;;   0x02cc: add x0, x0, w19, uxtw
;;   0x02d0: ldr x17, [x16, #0x8]
;;   0x02d4: cmp x0, x17
;;   0x02d8: b.hi 0x2fc
;;   0x02dc: add x0, x27, x0
;;   0x02e0: csel x0, x0, xzr, ls
;;   0x02e4: ldur x0, [x0, #-0x8]
;;   0x02e8: ldur x19, [x29, #-0x10]
;;   0x02ec: mov sp, x29
;;   0x02f0: ldp x29, x30, [sp], #0x18
;;   0x02f4: ret
;;   0x02f8: udf #0xa
;;   0x02fc: udf #0x5
;; function 6 (i64_load8_s):
;;   0x0300: stp x29, x30, [sp, #-0x10]!
;;   0x0304: mov x29, sp
;;   0x0308: ldr x16, [x28]
;;   0x030c: ldr x16, [x16]
;;   0x0310: mov x17, #0x50
;;   0x0314: movk x17, #0x0, lsl #16
;;   0x0318: add x16, x16, x17
;;   0x031c: cmp sp, x16
;;   0x0320: b.lo 0x378
;;   0x0324: mov x16, #0x50
;;   0x0328: movk x16, #0x0, lsl #16
;;   0x032c: sub sp, sp, x16
;;   0x0330: stur x28, [x29, #-0x8]
;;   0x0334: stur x19, [x29, #-0x10]
;;   0x0338: ldr w19, [x29, #0x10]
;;   0x033c: ldr x27, [x28, #0x18]
;;   0x0340: ldr x27, [x27]
;;   0x0344: ldr x16, [x28, #0x18]
;;   0x0348: mov x0, #0x1
;;   0x034c: add x0, x0, w19, uxtw
;;   0x0350: ldr x17, [x16, #0x8]
;;   0x0354: cmp x0, x17
;;   0x0358: b.hi 0x37c
;;   0x035c: add x0, x27, x0
;;   0x0360: csel x0, x0, xzr, ls
;;   0x0364: ldursb x0, [x0, #-0x1]
;;   0x0368: ldur x19, [x29, #-0x10]
;;   0x036c: mov sp, x29
;;   0x0370: ldp x29, x30, [sp], #0x18
;;   0x0374: ret
;;   0x0378: udf #0xa
;;   0x037c: udf #0x5
;; function 7 (i64_load8_u):
;;   0x0380: stp x29, x30, [sp, #-0x10]!
;;   0x0384: mov x29, sp
;;   0x0388: ldr x16, [x28]
;;   0x038c: ldr x16, [x16]
;;   0x0390: mov x17, #0x50
;;   0x0394: movk x17, #0x0, lsl #16
;;   0x0398: add x16, x16, x17
;;   0x039c: cmp sp, x16
;;   0x03a0: b.lo 0x3f8
;;   0x03a4: mov x16, #0x50
;;   0x03a8: movk x16, #0x0, lsl #16
;;   0x03ac: sub sp, sp, x16
;;   0x03b0: stur x28, [x29, #-0x8]
;;   0x03b4: stur x19, [x29, #-0x10]
;;   0x03b8: ldr w19, [x29, #0x10]
;;   0x03bc: ldr x27, [x28, #0x18]
;;   0x03c0: ldr x27, [x27]
;;   0x03c4: ldr x16, [x28, #0x18]
;;   0x03c8: mov x0, #0x1
;;   0x03cc: add x0, x0, w19, uxtw
;;   0x03d0: ldr x17, [x16, #0x8]
;;   0x03d4: cmp x0, x17
;;   0x03d8: b.hi 0x3fc
;;   0x03dc: add x0, x27, x0
;;   0x03e0: csel x0, x0, xzr, ls
;;   0x03e4: ldurb w0, [x0, #-0x1]
;;   0x03e8: ldur x19, [x29, #-0x10]
;;   0x03ec: mov sp, x29
;;   0x03f0: ldp x29, x30, [sp], #0x18
;;   0x03f4: ret
;;   0x03f8: udf #0xa
;;   0x03fc: udf #0x5
;; function 8 (i64_load16_s):
;;   0x0400: stp x29, x30, [sp, #-0x10]!
;;   0x0404: mov x29, sp
;;   0x0408: ldr x16, [x28]
;;   0x040c: ldr x16, [x16]
;;   0x0410: mov x17, #0x50
;;   0x0414: movk x17, #0x0, lsl #16
;;   0x0418: add x16, x16, x17
;;   0x041c: cmp sp, x16
;;   0x0420: b.lo 0x478
;;   0x0424: mov x16, #0x50
;;   0x0428: movk x16, #0x0, lsl #16
;;   0x042c: sub sp, sp, x16
;;   0x0430: stur x28, [x29, #-0x8]
;;   0x0434: stur x19, [x29, #-0x10]
;;   0x0438: ldr w19, [x29, #0x10]
;;   0x043c: ldr x27, [x28, #0x18]
;;   0x0440: ldr x27, [x27]
;;   0x0444: ldr x16, [x28, #0x18]
;;   0x0448: mov x0, #0x2
;;   0x044c: add x0, x0, w19, uxtw
;;   0x0450: ldr x17, [x16, #0x8]
;;   0x0454: cmp x0, x17
;;   0x0458: b.hi 0x47c
;;   0x045c: add x0, x27, x0
;;   0x0460: csel x0, x0, xzr, ls
;;   0x0464: ldursh x0, [x0, #-0x2]
;;   0x0468: ldur x19, [x29, #-0x10]
;;   0x046c: mov sp, x29
;;   0x0470: ldp x29, x30, [sp], #0x18
;;   0x0474: ret
;;   0x0478: udf #0xa
;;   0x047c: udf #0x5
;; function 9 (i64_load16_u):
;;   0x0480: stp x29, x30, [sp, #-0x10]!
;;   0x0484: mov x29, sp
;;   0x0488: ldr x16, [x28]
;;   0x048c: ldr x16, [x16]
;;   0x0490: mov x17, #0x50
;;   0x0494: movk x17, #0x0, lsl #16
;;   0x0498: add x16, x16, x17
;;   0x049c: cmp sp, x16
;;   0x04a0: b.lo 0x4f8
;;   0x04a4: mov x16, #0x50
;;   0x04a8: movk x16, #0x0, lsl #16
;;   0x04ac: sub sp, sp, x16
;;   0x04b0: stur x28, [x29, #-0x8]
;;   0x04b4: stur x19, [x29, #-0x10]
;;   0x04b8: ldr w19, [x29, #0x10]
;;   0x04bc: ldr x27, [x28, #0x18]
;;   0x04c0: ldr x27, [x27]
;;   0x04c4: ldr x16, [x28, #0x18]
;;   0x04c8: mov x0, #0x2
;;   0x04cc: add x0, x0, w19, uxtw
;;   0x04d0: ldr x17, [x16, #0x8]
;;   0x04d4: cmp x0, x17
;;   0x04d8: b.hi 0x4fc
;;   0x04dc: add x0, x27, x0
;;   0x04e0: csel x0, x0, xzr, ls
;;   0x04e4: ldurh w0, [x0, #-0x2]
;;   0x04e8: ldur x19, [x29, #-0x10]
;;   0x04ec: mov sp, x29
;;   0x04f0: ldp x29, x30, [sp], #0x18
;;   0x04f4: ret
;;   0x04f8: udf #0xa
;;   0x04fc: udf #0x5
;; function 10 (i64_load32_s):
;;   0x0500: stp x29, x30, [sp, #-0x10]!
;;   0x0504: mov x29, sp
;;   0x0508: ldr x16, [x28]
;;   0x050c: ldr x16, [x16]
;;   0x0510: mov x17, #0x50
;;   0x0514: movk x17, #0x0, lsl #16
;;   0x0518: add x16, x16, x17
;;   0x051c: cmp sp, x16
;;   0x0520: b.lo 0x578
;;   0x0524: mov x16, #0x50
;;   0x0528: movk x16, #0x0, lsl #16
;;   0x052c: sub sp, sp, x16
;;   0x0530: stur x28, [x29, #-0x8]
;;   0x0534: stur x19, [x29, #-0x10]
;;   0x0538: ldr w19, [x29, #0x10]
;;   0x053c: ldr x27, [x28, #0x18]
;;   0x0540: ldr x27, [x27]
;;   0x0544: ldr x16, [x28, #0x18]
;;   0x0548: mov x0, #0x4
;;   0x054c: add x0, x0, w19, uxtw
;;   0x0550: ldr x17, [x16, #0x8]
;;   0x0554: cmp x0, x17
;;   0x0558: b.hi 0x57c
;;   0x055c: add x0, x27, x0
;;   0x0560: csel x0, x0, xzr, ls
;;   0x0564: ldursw x0, [x0, #-0x4]
;;   0x0568: ldur x19, [x29, #-0x10]
;;   0x056c: mov sp, x29
;;   0x0570: ldp x29, x30, [sp], #0x18
;;   0x0574: ret
;;   0x0578: udf #0xa
;;   0x057c: udf #0x5
;; function 11 (i64_load32_u):
;;   0x0580: stp x29, x30, [sp, #-0x10]!
;;   0x0584: mov x29, sp
;;   0x0588: ldr x16, [x28]
;;   0x058c: ldr x16, [x16]
;;   0x0590: mov x17, #0x50
;;   0x0594: movk x17, #0x0, lsl #16
;;   0x0598: add x16, x16, x17
;;   0x059c: cmp sp, x16
;;   0x05a0: b.lo 0x5f8
;;   0x05a4: mov x16, #0x50
;;   0x05a8: movk x16, #0x0, lsl #16
;;   0x05ac: sub sp, sp, x16
;;   0x05b0: stur x28, [x29, #-0x8]
;;   0x05b4: stur x19, [x29, #-0x10]
;;   0x05b8: ldr w19, [x29, #0x10]
;;   0x05bc: ldr x27, [x28, #0x18]
;;   0x05c0: ldr x27, [x27]
;;   0x05c4: ldr x16, [x28, #0x18]
;;   0x05c8: mov x0, #0x4
;;   0x05cc: add x0, x0, w19, uxtw
;;   0x05d0: ldr x17, [x16, #0x8]
;;   0x05d4: cmp x0, x17
;;   0x05d8: b.hi 0x5fc
;;   0x05dc: add x0, x27, x0
;;   0x05e0: csel x0, x0, xzr, ls
;;   0x05e4: ldur w0, [x0, #-0x4]
;;   0x05e8: ldur x19, [x29, #-0x10]
;;   0x05ec: mov sp, x29
;;   0x05f0: ldp x29, x30, [sp], #0x18
;;   0x05f4: ret
;;   0x05f8: udf #0xa
;;   0x05fc: udf #0x5
;; function 12 (f32_load):
;;   0x0600: stp x29, x30, [sp, #-0x10]!
;;   0x0604: mov x29, sp
;;   0x0608: ldr x16, [x28]
;;   0x060c: ldr x16, [x16]
;;   0x0610: mov x17, #0x50
;;   0x0614: movk x17, #0x0, lsl #16
;;   0x0618: add x16, x16, x17
;;   0x061c: cmp sp, x16
;;   0x0620: b.lo 0x678
;;   0x0624: mov x16, #0x50
;;   0x0628: movk x16, #0x0, lsl #16
;;   0x062c: sub sp, sp, x16
;;   0x0630: stur x28, [x29, #-0x8]
;;   0x0634: stur x19, [x29, #-0x10]
;;   0x0638: ldr w19, [x29, #0x10]
;;   0x063c: ldr x27, [x28, #0x18]
;;   0x0640: ldr x27, [x27]
;;   0x0644: ldr x16, [x28, #0x18]
;;   0x0648: mov x0, #0x4
;;   0x064c: add x0, x0, w19, uxtw
;;   0x0650: ldr x17, [x16, #0x8]
;;   0x0654: cmp x0, x17
;;   0x0658: b.hi 0x67c
;;   0x065c: add x0, x27, x0
;;   0x0660: csel x0, x0, xzr, ls
;;   0x0664: ldur s0, [x0, #-0x4]
;;   0x0668: ldur x19, [x29, #-0x10]
;;   0x066c: mov sp, x29
;;   0x0670: ldp x29, x30, [sp], #0x18
;;   0x0674: ret
;;   0x0678: udf #0xa
;;   0x067c: udf #0x5
;; function 13 (f64_load):
;;   0x0680: stp x29, x30, [sp, #-0x10]!
;;   0x0684: mov x29, sp
;;   0x0688: ldr x16, [x28]
;;   0x068c: ldr x16, [x16]
;;   0x0690: mov x17, #0x50
;;   0x0694: movk x17, #0x0, lsl #16
;;   0x0698: add x16, x16, x17
;;   0x069c: cmp sp, x16
;;   0x06a0: b.lo 0x6f8
;;   0x06a4: mov x16, #0x50
;;   0x06a8: movk x16, #0x0, lsl #16
;;   0x06ac: sub sp, sp, x16
;;   0x06b0: stur x28, [x29, #-0x8]
;;   0x06b4: stur x19, [x29, #-0x10]
;;   0x06b8: ldr w19, [x29, #0x10]
;;   0x06bc: ldr x27, [x28, #0x18]
;;   0x06c0: ldr x27, [x27]
;;   0x06c4: ldr x16, [x28, #0x18]
;;   0x06c8: mov x0, #0x8
;;   0x06cc: add x0, x0, w19, uxtw
;;   0x06d0: ldr x17, [x16, #0x8]
;;   0x06d4: cmp x0, x17
;;   0x06d8: b.hi 0x6fc
;;   0x06dc: add x0, x27, x0
;;   0x06e0: csel x0, x0, xzr, ls
;;   0x06e4: ldur d0, [x0, #-0x8]
;;   0x06e8: ldur x19, [x29, #-0x10]
;;   0x06ec: mov sp, x29
;;   0x06f0: ldp x29, x30, [sp], #0x18
;;   0x06f4: ret
;;   0x06f8: udf #0xa
;;   0x06fc: udf #0x5
