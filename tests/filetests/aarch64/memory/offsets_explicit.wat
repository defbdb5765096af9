;; The module of x64/memory/offsets_explicit.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory 1)
  (func (export "load_0") (param i32) (result i32) (i32.load offset=0 (local.get 0)))
  (func (export "load_16") (param i32) (result i32) (i32.load offset=16 (local.get 0)))
  (func (export "load_7fffffff") (param i32) (result i32) (i32.load offset=0x7fffffff (local.get 0)))
  (func (export "load8_7fffffff") (param i32) (result i32) (i32.load8_u offset=0x7fffffff (local.get 0)))
  (func (export "load_80000000") (param i32) (result i32) (i32.load offset=0x80000000 (local.get 0)))
  (func (export "load_ffffffff") (param i32) (result i32) (i32.load offset=0xffffffff (local.get 0)))
  (func (export "load8_ffffffff") (param i32) (result i32) (i32.load8_u offset=0xffffffff (local.get 0)))
  (func (export "store_7fffffff") (param i32 i64) (i64.store offset=0x7fffffff (local.get 0) (local.get 1)))
  (func (export "store_80000000") (param i32 i64) (i64.store offset=0x80000000 (local.get 0) (local.get 1)))
  (func (export "store_ffffffff") (param i32 i64) (i64.store offset=0xffffffff (local.get 0) (local.get 1)))
  (func (export "f64_ffffffff") (param i32) (result f64) (f64.load offset=0xffffffff (local.get 0))))
;; function 0 (load_0):
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
;; function 1 (load_16):
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
;;   0x00c8: mov x0, #0x14
;;   0x00cc: add x0, x0, w19, uxtw
;;   0x00d0: ldr x17, [x16, #0x8]
;;   0x00d4: cmp x0, x17
;;   0x00d8: b.hi 0xfc
;;   0x00dc: add x0, x27, x0
;;   0x00e0: csel x0, x0, xzr, ls
;;   0x00e4: ldur w0, [x0, #-0x4]
;;   0x00e8: ldur x19, [x29, #-0x10]
;;   0x00ec: mov sp, x29
;;   0x00f0: ldp x29, x30, [sp], #0x18
;;   0x00f4: ret
;;   0x00f8: udf #0xa
;;   0x00fc: udf #0x5
;; function 2 (load_7fffffff):
;;   0x0100: stp x29, x30, [sp, #-0x10]!
;;   0x0104: mov x29, sp
;;   0x0108: ldr x16, [x28]
;;   0x010c: ldr x16, [x16]
;;   0x0110: mov x17, #0x50
;;   0x0114: movk x17, #0x0, lsl #16
;;   0x0118: add x16, x16, x17
;;   0x011c: cmp sp, x16
;;   0x0120: b.lo 0x17c
;;   0x0124: mov x16, #0x50
;;   0x0128: movk x16, #0x0, lsl #16
;;   0x012c: sub sp, sp, x16
;;   0x0130: stur x28, [x29, #-0x8]
;;   0x0134: stur x19, [x29, #-0x10]
;;   0x0138: ldr w19, [x29, #0x10]
;;   0x013c: ldr x27, [x28, #0x18]
;;   0x0140: ldr x27, [x27]
;;   0x0144: ldr x16, [x28, #0x18]
;;   0x0148: mov x0, #0x3
;;   0x014c: movk x0, #0x8000, lsl #16
;;   0x0150: add x0, x0, w19, uxtw
;;   0x0154: ldr x17, [x16, #0x8]
;;   0x0158: cmp x0, x17
;;   0x015c: b.hi 0x180
;;   0x0160: add x0, x27, x0
;;   0x0164: csel x0, x0, xzr, ls
;;   0x0168: ldur w0, [x0, #-0x4]
;;   0x016c: ldur x19, [x29, #-0x10]
;;   0x0170: mov sp, x29
;;   0x0174: ldp x29, x30, [sp], #0x18
;;   0x0178: ret
;;   0x017c: udf #0xa
;;   0x0180: udf #0x5
;; function 3 (load8_7fffffff):
;;   0x0190: stp x29, x30, [sp, #-0x10]!
;;   0x0194: mov x29, sp
;;   0x0198: ldr x16, [x28]
;;   0x019c: ldr x16, [x16]
;;   0x01a0: mov x17, #0x50
;;   0x01a4: movk x17, #0x0, lsl #16
;;   0x01a8: add x16, x16, x17
;;   0x01ac: cmp sp, x16
;;   0x01b0: b.lo 0x208
;;   0x01b4: mov x16, #0x50
;;   0x01b8: movk x16, #0x0, lsl #16
;;   0x01bc: sub sp, sp, x16
;;   0x01c0: stur x28, [x29, #-0x8]
;;   0x01c4: stur x19, [x29, #-0x10]
;;   0x01c8: ldr w19, [x29, #0x10]
;;   0x01cc: ldr x27, [x28, #0x18]
;;   0x01d0: ldr x27, [x27]
;;   0x01d4: ldr x16, [x28, #0x18]
;;   0x01d8: mov x0, #0x80000000
;;   0x01dc: add x0, x0, w19, uxtw
;;   0x01e0: ldr x17, [x16, #0x8]
;;   0x01e4: cmp x0, x17
;;   0x01e8: b.hi 0x20c
;;   0x01ec: add x0, x27, x0
;;   0x01f0: csel x0, x0, xzr, ls
;;   0x01f4: ldurb w0, [x0, #-0x1]
;;   0x01f8: ldur x19, [x29, #-0x10]
;;   0x01fc: mov sp, x29
;;   0x0200: ldp x29, x30, [sp], #0x18
;;   0x0204: ret
;;   0x0208: udf #0xa
;;   0x020c: udf #0x5
;; function 4 (load_80000000):
;;   0x0210: stp x29, x30, [sp, #-0x10]!
;;   0x0214: mov x29, sp
;;   0x0218: ldr x16, [x28]
;;   0x021c: ldr x16, [x16]
;;   0x0220: mov x17, #0x50
;;   0x0224: movk x17, #0x0, lsl #16
;;   0x0228: add x16, x16, x17
;;   0x022c: cmp sp, x16
;;   0x0230: b.lo 0x28c
;;   0x0234: mov x16, #0x50
;;   0x0238: movk x16, #0x0, lsl #16
;;   0x023c: sub sp, sp, x16
;;   0x0240: stur x28, [x29, #-0x8]
;;   0x0244: stur x19, [x29, #-0x10]
;;   0x0248: ldr w19, [x29, #0x10]
;;   0x024c: ldr x27, [x28, #0x18]
;;   0x0250: ldr x27, [x27]
;;   0x0254: ldr x16, [x28, #0x18]
;;   0x0258: mov x0, #0x4
;;   0x025c: movk x0, #0x8000, lsl #16
;;   0x0260: add x0, x0, w19, uxtw
;;   0x0264: ldr x17, [x16, #0x8]
;;   0x0268: cmp x0, x17
;;   0x026c: b.hi 0x290
;;   0x0270: add x0, x27, x0
;;   0x0274: csel x0, x0, xzr, ls
;;   0x0278: ldur w0, [x0, #-0x4]
;;   0x027c: ldur x19, [x29, #-0x10]
;;   0x0280: mov sp, x29
;;   0x0284: ldp x29, x30, [sp], #0x18
;;   0x0288: ret
;;   0x028c: udf #0xa
;;   0x0290: udf #0x5
;; function 5 (load_ffffffff):
;;   0x02a0: stp x29, x30, [sp, #-0x10]!
;;   0x02a4: mov x29, sp
;;   0x02a8: ldr x16, [x28]
;;   0x02ac: ldr x16, [x16]
;;   0x02b0: mov x17, #0x50
;;   0x02b4: movk x17, #0x0, lsl #16
;;   0x02b8: add x16, x16, x17
;;   0x02bc: cmp sp, x16
;;   0x02c0: b.lo 0x31c
;;   0x02c4: mov x16, #0x50
;;   0x02c8: movk x16, #0x0, lsl #16
;;   0x02cc: sub sp, sp, x16
;;   0x02d0: stur x28, [x29, #-0x8]
;;   0x02d4: stur x19, [x29, #-0x10]
;;   0x02d8: ldr w19, [x29, #0x10]
;;   0x02dc: ldr x27, [x28, #0x18]
;;   0x02e0: ldr x27, [x27]
;;   0x02e4: ldr x16, [x28, #0x18]
;;   0x02e8: mov x0, #0x3
;;   0x02ec: movk x0, #0x1, lsl #32
;;   0x02f0: add x0, x0, w19, uxtw
;;   0x02f4: ldr x17, [x16, #0x8]
;;   0x02f8: cmp x0, x17
;;   0x02fc: b.hi 0x320
;;   0x0300: add x0, x27, x0
;;   0x0304: csel x0, x0, xzr, ls
;;   0x0308: ldur w0, [x0, #-0x4]
;;   0x030c: ldur x19, [x29, #-0x10]
;;   0x0310: mov sp, x29
;;   0x0314: ldp x29, x30, [sp], #0x18
;;   0x0318: ret
;;   0x031c: udf #0xa
;;   0x0320: udf #0x5
;; function 6 (load8_ffffffff):
;;   0x0330: stp x29, x30, [sp, #-0x10]!
;;   0x0334: mov x29, sp
;;   0x0338: ldr x16, [x28]
;;   0x033c: ldr x16, [x16]
;;   0x0340: mov x17, #0x50
;;   0x0344: movk x17, #0x0, lsl #16
;;   0x0348: add x16, x16, x17
;;   0x034c: cmp sp, x16
;;   0x0350: b.lo 0x3a8
;;   0x0354: mov x16, #0x50
;;   0x0358: movk x16, #0x0, lsl #16
;;   0x035c: sub sp, sp, x16
;;   0x0360: stur x28, [x29, #-0x8]
;;   0x0364: stur x19, [x29, #-0x10]
;;   0x0368: ldr w19, [x29, #0x10]
;;   0x036c: ldr x27, [x28, #0x18]
;;   0x0370: ldr x27, [x27]
;;   0x0374: ldr x16, [x28, #0x18]
;;   0x0378: mov x0, #0x100000000
;;   0x037c: add x0, x0, w19, uxtw
;;   0x0380: ldr x17, [x16, #0x8]
;;   0x0384: cmp x0, x17
;;   0x0388: b.hi 0x3ac
;;   0x038c: add x0, x27, x0
;;   0x0390: csel x0, x0, xzr, ls
;;   0x0394: ldurb w0, [x0, #-0x1]
;;   0x0398: ldur x19, [x29, #-0x10]
;;   0x039c: mov sp, x29
;;   0x03a0: ldp x29, x30, [sp], #0x18
;;   0x03a4: ret
;;   0x03a8: udf #0xa
;;   0x03ac: udf #0x5
;; function 7 (store_7fffffff):
;;   0x03b0: stp x29, x30, [sp, #-0x10]!
;;   0x03b4: mov x29, sp
;;   0x03b8: ldr x16, [x28]
;;   0x03bc: ldr x16, [x16]
;;   0x03c0: mov x17, #0x60
;;   0x03c4: movk x17, #0x0, lsl #16
;;   0x03c8: add x16, x16, x17
;;   0x03cc: cmp sp, x16
;;   0x03d0: b.lo 0x438
;;   0x03d4: mov x16, #0x60
;;   0x03d8: movk x16, #0x0, lsl #16
;;   0x03dc: sub sp, sp, x16
;;   0x03e0: stur x28, [x29, #-0x8]
;;   0x03e4: stur x19, [x29, #-0x10]
;;   0x03e8: stur x20, [x29, #-0x18]
;;   0x03ec: ldr w19, [x29, #0x10]
;;   0x03f0: ldr x20, [x29, #0x18]
;;   0x03f4: ldr x27, [x28, #0x18]
;;   0x03f8: ldr x27, [x27]
;;   0x03fc: ldr x16, [x28, #0x18]
;;   0x0400: mov x0, #0x7
;;   0x0404: movk x0, #0x8000, lsl #16
;;   0x0408: add x0, x0, w19, uxtw
;;   0x040c: ldr x17, [x16, #0x8]
;;   0x0410: cmp x0, x17
;;   0x0414: b.hi 0x43c
;;   0x0418: add x0, x27, x0
;;   0x041c: csel x0, x0, xzr, ls
;;   0x0420: stur x20, [x0, #-0x8]
;;   0x0424: ldur x19, [x29, #-0x10]
;;   0x0428: ldur x20, [x29, #-0x18]
;;   0x042c: mov sp, x29
;;   0x0430: ldp x29, x30, [sp], #0x20
;;   0x0434: ret
;;   0x0438: udf #0xa
;;   0x043c: udf #0x5
;; function 8 (store_80000000):
;;   0x0440: stp x29, x30, [sp, #-0x10]!
;;   0x0444: mov x29, sp
;;   0x0448: ldr x16, [x28]
;;   0x044c: ldr x16, [x16]
;;   0x0450: mov x17, #0x60
;;   0x0454: movk x17, #0x0, lsl #16
;;   0x0458: add x16, x16, x17
;;   0x045c: cmp sp, x16
;;   0x0460: b.lo 0x4c8
;;   0x0464: mov x16, #0x60
;;   0x0468: movk x16, #0x0, lsl #16
;;   0x046c: sub sp, sp, x16
;;   0x0470: stur x28, [x29, #-0x8]
;;   0x0474: stur x19, [x29, #-0x10]
;;   0x0478: stur x20, [x29, #-0x18]
;;   0x047c: ldr w19, [x29, #0x10]
;;   0x0480: ldr x20, [x29, #0x18]
;;   0x0484: ldr x27, [x28, #0x18]
;;   0x0488: ldr x27, [x27]
;;   0x048c: ldr x16, [x28, #0x18]
;;   0x0490: mov x0, #0x8
;;   0x0494: movk x0, #0x8000, lsl #16
;;   0x0498: add x0, x0, w19, uxtw
;;   0x049c: ldr x17, [x16, #0x8]
;;   0x04a0: cmp x0, x17
;;   0x04a4: b.hi 0x4cc
;;   0x04a8: add x0, x27, x0
;;   0x04ac: csel x0, x0, xzr, ls
;;   0x04b0: stur x20, [x0, #-0x8]
;;   0x04b4: ldur x19, [x29, #-0x10]
;;   0x04b8: ldur x20, [x29, #-0x18]
;;   0x04bc: mov sp, x29
;;   0x04c0: ldp x29, x30, [sp], #0x20
;;   0x04c4: ret
;;   0x04c8: udf #0xa
;;   0x04cc: udf #0x5
;; function 9 (store_ffffffff):
;;   0x04d0: stp x29, x30, [sp, #-0x10]!
;;   0x04d4: mov x29, sp
;;   0x04d8: ldr x16, [x28]
;;   0x04dc: ldr x16, [x16]
;;   0x04e0: mov x17, #0x60
;;   0x04e4: movk x17, #0x0, lsl #16
;;   0x04e8: add x16, x16, x17
;;   0x04ec: cmp sp, x16
;;   0x04f0: b.lo 0x558
;;   0x04f4: mov x16, #0x60
;;   0x04f8: movk x16, #0x0, lsl #16
;;   0x04fc: sub sp, sp, x16
;;   0x0500: stur x28, [x29, #-0x8]
;;   0x0504: stur x19, [x29, #-0x10]
;;   0x0508: stur x20, [x29, #-0x18]
;;   0x050c: ldr w19, [x29, #0x10]
;;   0x0510: ldr x20, [x29, #0x18]
;;   0x0514: ldr x27, [x28, #0x18]
;;   0x0518: ldr x27, [x27]
;;   0x051c: ldr x16, [x28, #0x18]
;;   0x0520: mov x0, #0x7
;;   0x0524: movk x0, #0x1, lsl #32
;;   0x0528: add x0, x0, w19, uxtw
;;   0x052c: ldr x17, [x16, #0x8]
;;   0x0530: cmp x0, x17
;;   0x0534: b.hi 0x55c
;;   0x0538: add x0, x27, x0
;;   0x053c: csel x0, x0, xzr, ls
;;   0x0540: stur x20, [x0, #-0x8]
;;   0x0544: ldur x19, [x29, #-0x10]
;;   0x0548: ldur x20, [x29, #-0x18]
;;   0x054c: mov sp, x29
;;   0x0550: ldp x29, x30, [sp], #0x20
;;   0x0554: ret
;;   0x0558: udf #0xa
;;   0x055c: udf #0x5
;; function 10 (f64_ffffffff):
;;   0x0560: stp x29, x30, [sp, #-0x10]!
;;   0x0564: mov x29, sp
;;   0x0568: ldr x16, [x28]
;;   0x056c: ldr x16, [x16]
;;   0x0570: mov x17, #0x50
;;   0x0574: movk x17, #0x0, lsl #16
;;   0x0578: add x16, x16, x17
;;   0x057c: cmp sp, x16
;;   0x0580: b.lo 0x5dc
;;   0x0584: mov x16, #0x50
;;   0x0588: movk x16, #0x0, lsl #16
;;   0x058c: sub sp, sp, x16
;;   0x0590: stur x28, [x29, #-0x8]
;;   0x0594: stur x19, [x29, #-0x10]
;;   0x0598: ldr w19, [x29, #0x10]
;;   0x059c: ldr x27, [x28, #0x18]
;;   0x05a0: ldr x27, [x27]
;;   0x05a4: ldr x16, [x28, #0x18]
;;   0x05a8: mov x0, #0x7
;;   0x05ac: movk x0, #0x1, lsl #32
;;   0x05b0: add x0, x0, w19, uxtw
;;   0x05b4: ldr x17, [x16, #0x8]
;;   0x05b8: cmp x0, x17
;;   0x05bc: b.hi 0x5e0
;;   0x05c0: add x0, x27, x0
;;   0x05c4: csel x0, x0, xzr, ls
;;   0x05c8: ldur d0, [x0, #-0x8]
;;   0x05cc: ldur x19, [x29, #-0x10]
;;   0x05d0: mov sp, x29
;;   0x05d4: ldp x29, x30, [sp], #0x18
;;   0x05d8: ret
;;   0x05dc: udf #0xa
;;   0x05e0: udf #0x5
