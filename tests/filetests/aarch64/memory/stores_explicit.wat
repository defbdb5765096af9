;; The module of x64/memory/stores_explicit.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory 1)
  (func (export "i32_store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "i32_store8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "i32_store16") (param i32 i32) (i32.store16 (local.get 0) (local.get 1)))
  (func (export "i64_store") (param i32 i64) (i64.store (local.get 0) (local.get 1)))
  (func (export "i64_store8") (param i32 i64) (i64.store8 (local.get 0) (local.get 1)))
  (func (export "i64_store16") (param i32 i64) (i64.store16 (local.get 0) (local.get 1)))
  (func (export "i64_store32") (param i32 i64) (i64.store32 (local.get 0) (local.get 1)))
  (func (export "f32_store") (param i32 f32) (f32.store (local.get 0) (local.get 1)))
  (func (export "f64_store") (param i32 f64) (f64.store (local.get 0) (local.get 1)))
  (func (export "i32_store16_imm") (param i32) (i32.store16 (local.get 0) (i32.const -2)))
  (func (export "i64_store_imm") (param i32) (i64.store (local.get 0) (i64.const -5)))
  (func (export "f32_store_const") (param i32) (f32.store (local.get 0) (f32.const 1.5))))
;; function 0 (i32_store):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x84
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr w20, [x29, #0x18]
;;   0x0044: ldr x27, [x28, #0x18]
;;   0x0048: ldr x27, [x27]
;;   0x004c: ldr x16, [x28, #0x18]
;;   0x0050: mov x0, #0x4
;;   0x0054: add x0, x0, w19, uxtw
;;   0x0058: ldr x17, [x16, #0x8]
;;   0x005c: cmp x0, x17
;;   0x0060: b.hi 0x88
;;   0x0064: add x0, x27, x0
;;   0x0068: csel x0, x0, xzr, ls
;;   0x006c: stur w20, [x0, #-0x4]
;;   0x0070: ldur x19, [x29, #-0x10]
;;   0x0074: ldur x20, [x29, #-0x18]
;;   0x0078: mov sp, x29
;;   0x007c: ldp x29, x30, [sp], #0x20
;;   0x0080: ret
;;   0x0084: udf #0xa
;;   0x0088: udf #0x5
;; function 1 (i32_store8):
;;   0x0090: stp x29, x30, [sp, #-0x10]!
;;   0x0094: mov x29, sp
;;   0x0098: ldr x16, [x28]
;;   0x009c: ldr x16, [x16]
;;   0x00a0: mov x17, #0x60
;;   0x00a4: movk x17, #0x0, lsl #16
;;   0x00a8: add x16, x16, x17
;;   0x00ac: cmp sp, x16
;;   0x00b0: b.lo 0x114
;;   0x00b4: mov x16, #0x60
;;   0x00b8: movk x16, #0x0, lsl #16
;;   0x00bc: sub sp, sp, x16
;;   0x00c0: stur x28, [x29, #-0x8]
;;   0x00c4: stur x19, [x29, #-0x10]
;;   0x00c8: stur x20, [x29, #-0x18]
;;   0x00cc: ldr w19, [x29, #0x10]
;;   0x00d0: ldr w20, [x29, #0x18]
;;   0x00d4: ldr x27, [x28, #0x18]
;;   0x00d8: ldr x27, [x27]
;;   0x00dc: ldr x16, [x28, #0x18]
;;   0x00e0: mov x0, #0x1
;;   0x00e4: add x0, x0, w19, uxtw
;;   0x00e8: ldr x17, [x16, #0x8]
;;   0x00ec: cmp x0, x17
;;   0x00f0: b.hi 0x118
;;   0x00f4: add x0, x27, x0
;;   0x00f8: csel x0, x0, xzr, ls
;;   0x00fc: sturb w20, [x0, #-0x1]
;;   0x0100: ldur x19, [x29, #-0x10]
;;   0x0104: ldur x20, [x29, #-0x18]
;;   0x0108: mov sp, x29
;;   0x010c: ldp x29, x30, [sp], #0x20
;;   0x0110: ret
;;   0x0114: udf #0xa
;;   0x0118: udf #0x5
;; function 2 (i32_store16):
;;   0x0120: stp x29, x30, [sp, #-0x10]!
;;   0x0124: mov x29, sp
;;   0x0128: ldr x16, [x28]
;;   0x012c: ldr x16, [x16]
;;   0x0130: mov x17, #0x60
;;   0x0134: movk x17, #0x0, lsl #16
;;   0x0138: add x16, x16, x17
;;   0x013c: cmp sp, x16
;;   0x0140: b.lo 0x1a4
;;   0x0144: mov x16, #0x60
;;   0x0148: movk x16, #0x0, lsl #16
;;   0x014c: sub sp, sp, x16
;;   0x0150: stur x28, [x29, #-0x8]
;;   0x0154: stur x19, [x29, #-0x10]
;;   0x0158: stur x20, [x29, #-0x18]
;;   0x015c: ldr w19, [x29, #0x10]
;;   0x0160: ldr w20, [x29, #0x18]
;;   0x0164: ldr x27, [x28, #0x18]
;;   0x0168: ldr x27, [x27]
;;   0x016c: ldr x16, [x28, #0x18]
;;   0x0170: mov x0, #0x2
;;   0x0174: add x0, x0, w19, uxtw
;;   0x0178: ldr x17, [x16, #0x8]
;;   0x017c: cmp x0, x17
;;   0x0180: b.hi 0x1a8
;;   0x0184: add x0, x27, x0
;;   0x0188: csel x0, x0, xzr, ls
;;   0x018c: sturh w20, [x0, #-0x2]
;;   0x0190: ldur x19, [x29, #-0x10]
;;   0x0194: ldur x20, [x29, #-0x18]
;;   0x0198: mov sp, x29
;;   0x019c: ldp x29, x30, [sp], #0x20
;;   0x01a0: ret
;;   0x01a4: udf #0xa
;;   0x01a8: udf #0x5
;; function 3 (i64_store):
;;   0x01b0: stp x29, x30, [sp, #-0x10]!
;;   0x01b4: mov x29, sp
;;   0x01b8: ldr x16, [x28]
;;   0x01bc: ldr x16, [x16]
;;   0x01c0: mov x17, #0x60
;;   0x01c4: movk x17, #0x0, lsl #16
;;   0x01c8: add x16, x16, x17
;;   0x01cc: cmp sp, x16
;;   0x01d0: b.lo 0x234
;;   0x01d4: mov x16, #0x60
;;   0x01d8: movk x16, #0x0, lsl #16
;;   0x01dc: sub sp, sp, x16
;;   0x01e0: stur x28, [x29, #-0x8]
;;   0x01e4: stur x19, [x29, #-0x10]
;;   0x01e8: stur x20, [x29, #-0x18]
;;   0x01ec: ldr w19, [x29, #0x10]
;;   0x01f0: ldr x20, [x29, #0x18]
;;   0x01f4: ldr x27, [x28, #0x18]
;;   0x01f8: ldr x27, [x27]
;;   0x01fc: ldr x16, [x28, #0x18]
;;   0x0200: mov x0, #0x8
;;   0x0204: add x0, x0, w19, uxtw
;;   0x0208: ldr x17, [x16, #0x8]
;;   0x020c: cmp x0, x17
;;   0x0210: b.hi 0x238
;;   0x0214: add x0, x27, x0
;;   0x0218: csel x0, x0, xzr, ls
;;   0x021c: stur x20, [x0, #-0x8]
;;   0x0220: ldur x19, [x29, #-0x10]
;;   0x0224: ldur x20, [x29, #-0x18]
;;   0x0228: mov sp, x29
;;   0x022c: ldp x29, x30, [sp], #0x20
;;   0x0230: ret
;;   0x0234: udf #0xa
;;   0x0238: udf #0x5
;; function 4 (i64_store8):
;;   0x0240: stp x29, x30, [sp, #-0x10]!
;;   0x0244: mov x29, sp
;;   0x0248: ldr x16, [x28]
;;   0x024c: ldr x16, [x16]
;;   0x0250: mov x17, #0x60
;;   0x0254: movk x17, #0x0, lsl #16
;;   0x0258: add x16, x16, x17
;;   0x025c: cmp sp, x16
;;   0x0260: b.lo 0x2c4
;;   0x0264: mov x16, #0x60
;;   0x0268: movk x16, #0x0, lsl #16
;;   0x026c: sub sp, sp, x16
;;   0x0270: stur x28, [x29, #-0x8]
;;   0x0274: stur x19, [x29, #-0x10]
;;   0x0278: stur x20, [x29, #-0x18]
;;   0x027c: ldr w19, [x29, #0x10]
;;   0x0280: ldr x20, [x29, #0x18]
;;   0x0284: ldr x27, [x28, #0x18]
;;   0x0288: ldr x27, [x27]
;;   0x028c: ldr x16, [x28, #0x18]
;;   0x0290: mov x0, #0x1
;;   0x0294: add x0, x0, w19, uxtw
;;   0x0298: ldr x17, [x16, #0x8]
;;   0x029c: cmp x0, x17
;;   0x02a0: b.hi 0x2c8
;;   0x02a4: add x0, x27, x0
;;   0x02a8: csel x0, x0, xzr, ls
;;   0x02ac: sturb w20, [x0, #-0x1]
;;   0x02b0: ldur x19, [x29, #-0x10]
;;   0x02b4: ldur x20, [x29, #-0x18]
;;   0x02b8: mov sp, x29
;;   0x02bc: ldp x29, x30, [sp], #0x20
;;   0x02c0: ret
;;   0x02c4: udf #0xa
;;   0x02c8: udf #0x5
;; function 5 (i64_store16):
;;   0x02d0: stp x29, x30, [sp, #-0x10]!
;;   0x02d4: mov x29, sp
;;   0x02d8: ldr x16, [x28]
;;   0x02dc: ldr x16, [x16]
;;   0x02e0: mov x17, #0x60
;;   0x02e4: movk x17, #0x0, lsl #16
;;   0x02e8: add x16, x16, x17
;;   0x02ec: cmp sp, x16
;;   0x02f0: b.lo 0x354
;;   0x02f4: mov x16, #0x60
;;   0x02f8: movk x16, #0x0, lsl #16
;;   0x02fc: sub sp, sp, x16
;;   0x0300: stur x28, [x29, #-0x8]
;;   0x0304: stur x19, [x29, #-0x10]
;;   0x0308: stur x20, [x29, #-0x18]
;;   0x030c: ldr w19, [x29, #0x10]
;;   0x0310: ldr x20, [x29, #0x18]
;;   0x0314: ldr x27, [x28, #0x18]
;;   0x0318: ldr x27, [x27]
;;   0x031c: ldr x16, [x28, #0x18]
;;   0x0320: mov x0, #0x2
;;   0x0324: add x0, x0, w19, uxtw
;;   0x0328: ldr x17, [x16, #0x8]
;;   0x032c: cmp x0, x17
;;   0x0330: b.hi 0x358
;;   0x0334: add x0, x27, x0
;;   0x0338: csel x0, x0, xzr, ls
;;   0x033c: sturh w20, [x0, #-0x2]
;;   0x0340: ldur x19, [x29, #-0x10]
;;   0x0344: ldur x20, [x29, #-0x18]
;;   0x0348: mov sp, x29
;;   0x034c: ldp x29, x30, [sp], #0x20
;;   0x0350: ret
;;   0x0354: udf #0xa
;;   0x0358: udf #0x5
;; function 6 (i64_store32):
;;   0x0360: stp x29, x30, [sp, #-0x10]!
;;   0x0364: mov x29, sp
;;   0x0368: ldr x16, [x28]
;;   0x036c: ldr x16, [x16]
;;   0x0370: mov x17, #0x60
;;   0x0374: movk x17, #0x0, lsl #16
;;   0x0378: add x16, x16, x17
;;   0x037c: cmp sp, x16
;;   0x0380: b.lo 0x3e4
;;   0x0384: mov x16, #0x60
;;   0x0388: movk x16, #0x0, lsl #16
;;   0x038c: sub sp, sp, x16
;;   0x0390: stur x28, [x29, #-0x8]
;;   0x0394: stur x19, [x29, #-0x10]
;;   0x0398: stur x20, [x29, #-0x18]
;;   0x039c: ldr w19, [x29, #0x10]
;;   0x03a0: ldr x20, [x29, #0x18]
;;   0x03a4: ldr x27, [x28, #0x18]
;;   0x03a8: ldr x27, [x27]
;;   0x03ac: ldr x16, [x28, #0x18]
;;   0x03b0: mov x0, #0x4
;;   0x03b4: add x0, x0, w19, uxtw
;;   0x03b8: ldr x17, [x16, #0x8]
;;   0x03bc: cmp x0, x17
;;   0x03c0: b.hi 0x3e8
;;   0x03c4: add x0, x27, x0
;;   0x03c8: csel x0, x0, xzr, ls
;;   0x03cc: stur w20, [x0, #-0x4]
;;   0x03d0: ldur x19, [x29, #-0x10]
;;   0x03d4: ldur x20, [x29, #-0x18]
;;   0x03d8: mov sp, x29
;;   0x03dc: ldp x29, x30, [sp], #0x20
;;   0x03e0: ret
;;   0x03e4: udf #0xa
;;   0x03e8: udf #0x5
;; function 7 (f32_store):
;;   0x03f0: stp x29, x30, [sp, #-0x10]!
;;   0x03f4: mov x29, sp
;;   0x03f8: ldr x16, [x28]
;;   0x03fc: ldr x16, [x16]
;;   0x0400: mov x17, #0x60
;;   0x0404: movk x17, #0x0, lsl #16
;;   0x0408: add x16, x16, x17
;;   0x040c: cmp sp, x16
;;   0x0410: b.lo 0x46c
;;   0x0414: mov x16, #0x60
;;   0x0418: movk x16, #0x0, lsl #16
;;   0x041c: sub sp, sp, x16
;;   0x0420: stur x28, [x29, #-0x8]
;;   0x0424: stur x19, [x29, #-0x10]
;;   0x0428: ldr w19, [x29, #0x10]
;;   0x042c: ldr x27, [x28, #0x18]
;;   0x0430: ldr x27, [x27]
;;   0x0434: ldr s0, [x29, #0x18]
;;   0x0438: ldr x16, [x28, #0x18]
;;   0x043c: mov x0, #0x4
;;   0x0440: add x0, x0, w19, uxtw
;;   0x0444: ldr x17, [x16, #0x8]
;;   0x0448: cmp x0, x17
;;   0x044c: b.hi 0x470
;;   0x0450: add x0, x27, x0
;;   0x0454: csel x0, x0, xzr, ls
;;   0x0458: stur s0, [x0, #-0x4]
;;   0x045c: ldur x19, [x29, #-0x10]
;;   0x0460: mov sp, x29
;;   0x0464: ldp x29, x30, [sp], #0x20
;;   0x0468: ret
;;   0x046c: udf #0xa
;;   0x0470: udf #0x5
;; function 8 (f64_store):
;;   0x0480: stp x29, x30, [sp, #-0x10]!
;;   0x0484: mov x29, sp
;;   0x0488: ldr x16, [x28]
;;   0x048c: ldr x16, [x16]
;;   0x0490: mov x17, #0x60
;;   0x0494: movk x17, #0x0, lsl #16
;;   0x0498: add x16, x16, x17
;;   0x049c: cmp sp, x16
;;   0x04a0: b.lo 0x4fc
;;   0x04a4: mov x16, #0x60
;;   0x04a8: movk x16, #0x0, lsl #16
;;   0x04ac: sub sp, sp, x16
;;   0x04b0: stur x28, [x29, #-0x8]
;;   0x04b4: stur x19, [x29, #-0x10]
;;   0x04b8: ldr w19, [x29, #0x10]
;;   0x04bc: ldr x27, [x28, #0x18]
;;   0x04c0: ldr x27, [x27]
;;   0x04c4: ldr d0, [x29, #0x18]
;;   0x04c8: ldr x16, [x28, #0x18]
;;   0x04cc: mov x0, #0x8
;;   0x04d0: add x0, x0, w19, uxtw
;;   0x04d4: ldr x17, [x16, #0x8]
;;   0x04d8: cmp x0, x17
;;   0x04dc: b.hi 0x500
;;   0x04e0: add x0, x27, x0
;;   0x04e4: csel x0, x0, xzr, ls
;;   0x04e8: stur d0, [x0, #-0x8]
;;   0x04ec: ldur x19, [x29, #-0x10]
;;   0x04f0: mov sp, x29
;;   0x04f4: ldp x29, x30, [sp], #0x20
;;   0x04f8: ret
;;   0x04fc: udf #0xa
;;   0x0500: udf #0x5
;; function 9 (i32_store16_imm):
;;   0x0510: stp x29, x30, [sp, #-0x10]!
;;   0x0514: mov x29, sp
;;   0x0518: ldr x16, [x28]
;;   0x051c: ldr x16, [x16]
;;   0x0520: mov x17, #0x60
;;   0x0524: movk x17, #0x0, lsl #16
;;   0x0528: add x16, x16, x17
;;   0x052c: cmp sp, x16
;;   0x0530: b.lo 0x58c
;;   0x0534: mov x16, #0x60
;;   0x0538: movk x16, #0x0, lsl #16
;;   0x053c: sub sp, sp, x16
;;   0x0540: stur x28, [x29, #-0x8]
;;   0x0544: stur x19, [x29, #-0x10]
;;   0x0548: ldr w19, [x29, #0x10]
;;   0x054c: ldr x27, [x28, #0x18]
;;   0x0550: ldr x27, [x27]
;;   0x0554: mov w0, #0xfffffffe
;;   0x0558: ldr x16, [x28, #0x18]
;;   0x055c: mov x1, #0x2
;;   0x0560: add x1, x1, w19, uxtw
;;   0x0564: ldr x17, [x16, #0x8]
;;   0x0568: cmp x1, x17
;;   0x056c: b.hi 0x590
;;   0x0570: add x1, x27, x1
;;   0x0574: csel x1, x1, xzr, ls
;;   0x0578: sturh w0, [x1, #-0x2]
;;   0x057c: ldur x19, [x29, #-0x10]
;;   0x0580: mov sp, x29
;;   0x0584: ldp x29, x30, [sp], #0x18
;;   0x0588: ret
;;   0x058c: udf #0xa
;;   0x0590: udf #0x5
;; function 10 (i64_store_imm):
;;   0x05a0: stp x29, x30, [sp, #-0x10]!
;;   0x05a4: mov x29, sp
;;   0x05a8: ldr x16, [x28]
;;   0x05ac: ldr x16, [x16]
;;   0x05b0: mov x17, #0x60
;;   0x05b4: movk x17, #0x0, lsl #16
;;   0x05b8: add x16, x16, x17
;;   0x05bc: cmp sp, x16
;;   0x05c0: b.lo 0x61c
;;   0x05c4: mov x16, #0x60
;;   0x05c8: movk x16, #0x0, lsl #16
;;   0x05cc: sub sp, sp, x16
;;   0x05d0: stur x28, [x29, #-0x8]
;;   0x05d4: stur x19, [x29, #-0x10]
;;   0x05d8: ldr w19, [x29, #0x10]
;;   0x05dc: ldr x27, [x28, #0x18]
;;   0x05e0: ldr x27, [x27]
;;   0x05e4: mov x0, #0xfffffffffffffffb
;;   0x05e8: ldr x16, [x28, #0x18]
;;   0x05ec: mov x1, #0x8
;;   0x05f0: add x1, x1, w19, uxtw
;;   0x05f4: ldr x17, [x16, #0x8]
;;   0x05f8: cmp x1, x17
;;   0x05fc: b.hi 0x620
;;   0x0600: add x1, x27, x1
;;   0x0604: csel x1, x1, xzr, ls
;;   0x0608: stur x0, [x1, #-0x8]
;;   0x060c: ldur x19, [x29, #-0x10]
;;   0x0610: mov sp, x29
;;   0x0614: ldp x29, x30, [sp], #0x18
;;   0x0618: ret
;;   0x061c: udf #0xa
;;   0x0620: udf #0x5
;; function 11 (f32_store_const):
;;   0x0630: stp x29, x30, [sp, #-0x10]!
;;   0x0634: mov x29, sp
;;   0x0638: ldr x16, [x28]
;;   0x063c: ldr x16, [x16]
;;   0x0640: mov x17, #0x60
;;   0x0644: movk x17, #0x0, lsl #16
;;   0x0648: add x16, x16, x17
;;   0x064c: cmp sp, x16
;;   0x0650: b.lo 0x6ac
;;   0x0654: mov x16, #0x60
;;   0x0658: movk x16, #0x0, lsl #16
;;   0x065c: sub sp, sp, x16
;;   0x0660: stur x28, [x29, #-0x8]
;;   0x0664: stur x19, [x29, #-0x10]
;;   0x0668: ldr w19, [x29, #0x10]
;;   0x066c: ldr x27, [x28, #0x18]
;;   0x0670: ldr x27, [x27]
;;   0x0674: fmov s0, #1.5
;;   0x0678: ldr x16, [x28, #0x18]
;;   0x067c: mov x0, #0x4
;;   0x0680: add x0, x0, w19, uxtw
;;   0x0684: ldr x17, [x16, #0x8]
;;   0x0688: cmp x0, x17
;;   0x068c: b.hi 0x6b0
;;   0x0690: add x0, x27, x0
;;   0x0694: csel x0, x0, xzr, ls
;;   0x0698: stur s0, [x0, #-0x4]
;;   0x069c: ldur x19, [x29, #-0x10]
;;   0x06a0: mov sp, x29
;;   0x06a4: ldp x29, x30, [sp], #0x18
;;   0x06a8: ret
;;   0x06ac: udf #0xa
;;   0x06b0: udf #0x5
