;;! bounds = "guard"
;; The module of x64/memory/offsets_guard.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory 1)
  (func (export "load_0") (param i32) (result i32) (i32.load offset=0 (local.get 0)))
  (func (export "load_16") (param i32) (result i32) (i32.load offset=16 (local.get 0)))
  (func (export "load_7ffffffc") (param i32) (result i32) (i32.load offset=0x7ffffffc (local.get 0)))
  (func (export "load_7ffffffd") (param i32) (result i32) (i32.load offset=0x7ffffffd (local.get 0)))
  (func (export "load_7fffffff") (param i32) (result i32) (i32.load offset=0x7fffffff (local.get 0)))
  (func (export "load8_7fffffff") (param i32) (result i32) (i32.load8_u offset=0x7fffffff (local.get 0)))
  (func (export "load_80000000") (param i32) (result i32) (i32.load offset=0x80000000 (local.get 0)))
  (func (export "load_ffffffff") (param i32) (result i32) (i32.load offset=0xffffffff (local.get 0)))
  (func (export "load8_ffffffff") (param i32) (result i32) (i32.load8_u offset=0xffffffff (local.get 0)))
  (func (export "store_7ffffff8") (param i32 i64) (i64.store offset=0x7ffffff8 (local.get 0) (local.get 1)))
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
;; function 1 (load_16):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x50
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xbc
;;   0x0084: mov x16, #0x50
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: ldr w19, [x29, #0x10]
;;   0x009c: ldr x27, [x28, #0x18]
;;   0x00a0: ldr x27, [x27]
;;   0x00a4: add x17, x27, w19, uxtw
;;   0x00a8: ldr w0, [x17, #0x10]
;;   0x00ac: ldur x19, [x29, #-0x10]
;;   0x00b0: mov sp, x29
;;   0x00b4: ldp x29, x30, [sp], #0x18
;;   0x00b8: ret
;;   0x00bc: udf #0xa
;; function 2 (load_7ffffffc):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x50
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x120
;;   0x00e4: mov x16, #0x50
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: ldr w19, [x29, #0x10]
;;   0x00fc: ldr x27, [x28, #0x18]
;;   0x0100: ldr x27, [x27]
;;   0x0104: mov x17, #0x7ffffffc
;;   0x0108: add x17, x17, x27
;;   0x010c: ldr w0, [x17, w19, uxtw]
;;   0x0110: ldur x19, [x29, #-0x10]
;;   0x0114: mov sp, x29
;;   0x0118: ldp x29, x30, [sp], #0x18
;;   0x011c: ret
;;   0x0120: udf #0xa
;; function 3 (load_7ffffffd):
;;   0x0130: stp x29, x30, [sp, #-0x10]!
;;   0x0134: mov x29, sp
;;   0x0138: ldr x16, [x28]
;;   0x013c: ldr x16, [x16]
;;   0x0140: mov x17, #0x50
;;   0x0144: movk x17, #0x0, lsl #16
;;   0x0148: add x16, x16, x17
;;   0x014c: cmp sp, x16
;;   0x0150: b.lo 0x1ac
;;   0x0154: mov x16, #0x50
;;   0x0158: movk x16, #0x0, lsl #16
;;   0x015c: sub sp, sp, x16
;;   0x0160: stur x28, [x29, #-0x8]
;;   0x0164: stur x19, [x29, #-0x10]
;;   0x0168: ldr w19, [x29, #0x10]
;;   0x016c: ldr x27, [x28, #0x18]
;;   0x0170: ldr x27, [x27]
;;   0x0174: ldr x16, [x28, #0x18]
;;   0x0178: mov x0, #0x1
;;   0x017c: movk x0, #0x8000, lsl #16
;;   0x0180: add x0, x0, w19, uxtw
;;   0x0184: ldr x17, [x16, #0x8]
;;   0x0188: cmp x0, x17
;;   0x018c: b.hi 0x1b0
;;   0x0190: add x0, x27, x0
;;   0x0194: csel x0, x0, xzr, ls
;;   0x0198: ldur w0, [x0, #-0x4]
;;   0x019c: ldur x19, [x29, #-0x10]
;;   0x01a0: mov sp, x29
;;   0x01a4: ldp x29, x30, [sp], #0x18
;;   0x01a8: ret
;;   0x01ac: udf #0xa
;;   0x01b0: udf #0x5
;; function 4 (load_7fffffff):
;;   0x01c0: stp x29, x30, [sp, #-0x10]!
;;   0x01c4: mov x29, sp
;;   0x01c8: ldr x16, [x28]
;;   0x01cc: ldr x16, [x16]
;;   0x01d0: mov x17, #0x50
;;   0x01d4: movk x17, #0x0, lsl #16
;;   0x01d8: add x16, x16, x17
;;   0x01dc: cmp sp, x16
;;   0x01e0: b.lo 0x23c
;;   0x01e4: mov x16, #0x50
;;   0x01e8: movk x16, #0x0, lsl #16
;;   0x01ec: sub sp, sp, x16
;;   0x01f0: stur x28, [x29, #-0x8]
;;   0x01f4: stur x19, [x29, #-0x10]
;;   0x01f8: ldr w19, [x29, #0x10]
;;   0x01fc: ldr x27, [x28, #0x18]
;;   0x0200: ldr x27, [x27]
;;   0x0204: ldr x16, [x28, #0x18]
;;   0x0208: mov x0, #0x3
;;   0x020c: movk x0, #0x8000, lsl #16
;;   0x0210: add x0, x0, w19, uxtw
;;   0x0214: ldr x17, [x16, #0x8]
;;   0x0218: cmp x0, x17
;;   0x021c: b.hi 0x240
;;   0x0220: add x0, x27, x0
;;   0x0224: csel x0, x0, xzr, ls
;;   0x0228: ldur w0, [x0, #-0x4]
;;   0x022c: ldur x19, [x29, #-0x10]
;;   0x0230: mov sp, x29
;;   0x0234: ldp x29, x30, [sp], #0x18
;;   0x0238: ret
;;   0x023c: udf #0xa
;;   0x0240: udf #0x5
;; function 5 (load8_7fffffff):
;;   0x0250: stp x29, x30, [sp, #-0x10]!
;;   0x0254: mov x29, sp
;;   0x0258: ldr x16, [x28]
;;   0x025c: ldr x16, [x16]
;;   0x0260: mov x17, #0x50
;;   0x0264: movk x17, #0x0, lsl #16
;;   0x0268: add x16, x16, x17
;;   0x026c: cmp sp, x16
;;   0x0270: b.lo 0x2b0
;;   0x0274: mov x16, #0x50
;;   0x0278: movk x16, #0x0, lsl #16
;;   0x027c: sub sp, sp, x16
;;   0x0280: stur x28, [x29, #-0x8]
;;   0x0284: stur x19, [x29, #-0x10]
;;   0x0288: ldr w19, [x29, #0x10]
;;   0x028c: ldr x27, [x28, #0x18]
;;   0x0290: ldr x27, [x27]
;;   0x0294: mov x17, #0x7fffffff
;;   0x0298: add x17, x17, x27
;;   0x029c: ldrb w0, [x17, w19, uxtw]
;;   0x02a0: ldur x19, [x29, #-0x10]
;;   0x02a4: mov sp, x29
;;   0x02a8: ldp x29, x30, [sp], #0x18
;;   0x02ac: ret
;;   0x02b0: udf #0xa
;; function 6 (load_80000000):
;;   0x02c0: stp x29, x30, [sp, #-0x10]!
;;   0x02c4: mov x29, sp
;;   0x02c8: ldr x16, [x28]
;;   0x02cc: ldr x16, [x16]
;;   0x02d0: mov x17, #0x50
;;   0x02d4: movk x17, #0x0, lsl #16
;;   0x02d8: add x16, x16, x17
;;   0x02dc: cmp sp, x16
;;   0x02e0: b.lo 0x33c
;;   0x02e4: mov x16, #0x50
;;   0x02e8: movk x16, #0x0, lsl #16
;;   0x02ec: sub sp, sp, x16
;;   0x02f0: stur x28, [x29, #-0x8]
;;   0x02f4: stur x19, [x29, #-0x10]
;;   0x02f8: ldr w19, [x29, #0x10]
;;   0x02fc: ldr x27, [x28, #0x18]
;;   0x0300: ldr x27, [x27]
;;   0x0304: ldr x16, [x28, #0x18]
;;   0x0308: mov x0, #0x4
;;   0x030c: movk x0, #0x8000, lsl #16
;;   0x0310: add x0, x0, w19, uxtw
;;   0x0314: ldr x17, [x16, #0x8]
;;   0x0318: cmp x0, x17
;;   0x031c: b.hi 0x340
;;   0x0320: add x0, x27, x0
;;   0x0324: csel x0, x0, xzr, ls
;;   0x0328: ldur w0, [x0, #-0x4]
;;   0x032c: ldur x19, [x29, #-0x10]
;;   0x0330: mov sp, x29
;;   0x0334: ldp x29, x30, [sp], #0x18
;;   0x0338: ret
;;   0x033c: udf #0xa
;;   0x0340: udf #0x5
;; function 7 (load_ffffffff):
;;   0x0350: stp x29, x30, [sp, #-0x10]!
;;   0x0354: mov x29, sp
;;   0x0358: ldr x16, [x28]
;;   0x035c: ldr x16, [x16]
;;   0x0360: mov x17, #0x50
;;   0x0364: movk x17, #0x0, lsl #16
;;   0x0368: add x16, x16, x17
;;   0x036c: cmp sp, x16
;;   0x0370: b.lo 0x3cc
;;   0x0374: mov x16, #0x50
;;   0x0378: movk x16, #0x0, lsl #16
;;   0x037c: sub sp, sp, x16
;;   0x0380: stur x28, [x29, #-0x8]
;;   0x0384: stur x19, [x29, #-0x10]
;;   0x0388: ldr w19, [x29, #0x10]
;;   0x038c: ldr x27, [x28, #0x18]
;;   0x0390: ldr x27, [x27]
;;   0x0394: ldr x16, [x28, #0x18]
;;   0x0398: mov x0, #0x3
;;   0x039c: movk x0, #0x1, lsl #32
;;   0x03a0: add x0, x0, w19, uxtw
;;   0x03a4: ldr x17, [x16, #0x8]
;;   0x03a8: cmp x0, x17
;;   0x03ac: b.hi 0x3d0
;;   0x03b0: add x0, x27, x0
;;   0x03b4: csel x0, x0, xzr, ls
;;   0x03b8: ldur w0, [x0, #-0x4]
;;   0x03bc: ldur x19, [x29, #-0x10]
;;   0x03c0: mov sp, x29
;;   0x03c4: ldp x29, x30, [sp], #0x18
;;   0x03c8: ret
;;   0x03cc: udf #0xa
;;   0x03d0: udf #0x5
;; function 8 (load8_ffffffff):
;;   0x03e0: stp x29, x30, [sp, #-0x10]!
;;   0x03e4: mov x29, sp
;;   0x03e8: ldr x16, [x28]
;;   0x03ec: ldr x16, [x16]
;;   0x03f0: mov x17, #0x50
;;   0x03f4: movk x17, #0x0, lsl #16
;;   0x03f8: add x16, x16, x17
;;   0x03fc: cmp sp, x16
;;   0x0400: b.lo 0x458
;;   0x0404: mov x16, #0x50
;;   0x0408: movk x16, #0x0, lsl #16
;;   0x040c: sub sp, sp, x16
;;   0x0410: stur x28, [x29, #-0x8]
;;   0x0414: stur x19, [x29, #-0x10]
;;   0x0418: ldr w19, [x29, #0x10]
;;   0x041c: ldr x27, [x28, #0x18]
;;   0x0420: ldr x27, [x27]
;;   0x0424: ldr x16, [x28, #0x18]
;;   0x0428: mov x0, #0x100000000
;;   0x042c: add x0, x0, w19, uxtw
;;   0x0430: ldr x17, [x16, #0x8]
;;   0x0434: cmp x0, x17
;;   0x0438: b.hi 0x45c
;;   0x043c: add x0, x27, x0
;;   0x0440: csel x0, x0, xzr, ls
;;   0x0444: ldurb w0, [x0, #-0x1]
;;   0x0448: ldur x19, [x29, #-0x10]
;;   0x044c: mov sp, x29
;;   0x0450: ldp x29, x30, [sp], #0x18
;;   0x0454: ret
;;   0x0458: udf #0xa
;;   0x045c: udf #0x5
;; function 9 (store_7ffffff8):
;;   0x0460: stp x29, x30, [sp, #-0x10]!
;;   0x0464: mov x29, sp
;;   0x0468: ldr x16, [x28]
;;   0x046c: ldr x16, [x16]
;;   0x0470: mov x17, #0x60
;;   0x0474: movk x17, #0x0, lsl #16
;;   0x0478: add x16, x16, x17
;;   0x047c: cmp sp, x16
;;   0x0480: b.lo 0x4d4
;;   0x0484: mov x16, #0x60
;;   0x0488: movk x16, #0x0, lsl #16
;;   0x048c: sub sp, sp, x16
;;   0x0490: stur x28, [x29, #-0x8]
;;   0x0494: stur x19, [x29, #-0x10]
;;   0x0498: stur x20, [x29, #-0x18]
;;   0x049c: ldr w19, [x29, #0x10]
;;   0x04a0: ldr x20, [x29, #0x18]
;;   0x04a4: ldr x27, [x28, #0x18]
;;   0x04a8: ldr x27, [x27]
;;   0x04ac: mov x17, #0x7ffffff8
;;   0x04b0: add x17, x17, x27
;;   0x04b4: add x17, x17, w19, uxtw
;;   0x04b8: ldrb wzr, [x17, #0x7]
;;   0x04bc: str x20, [x17]
;;   0x04c0: ldur x19, [x29, #-0x10]
;;   0x04c4: ldur x20, [x29, #-0x18]
;;   0x04c8: mov sp, x29
;;   0x04cc: ldp x29, x30, [sp], #0x20
;;   0x04d0: ret
;;   0x04d4: udf #0xa
;; function 10 (store_7fffffff):
;;   0x04e0: stp x29, x30, [sp, #-0x10]!
;;   0x04e4: mov x29, sp
;;   0x04e8: ldr x16, [x28]
;;   0x04ec: ldr x16, [x16]
;;   0x04f0: mov x17, #0x60
;;   0x04f4: movk x17, #0x0, lsl #16
;;   0x04f8: add x16, x16, x17
;;   0x04fc: cmp sp, x16
;;   0x0500: b.lo 0x568
;;   0x0504: mov x16, #0x60
;;   0x0508: movk x16, #0x0, lsl #16
;;   0x050c: sub sp, sp, x16
;;   0x0510: stur x28, [x29, #-0x8]
;;   0x0514: stur x19, [x29, #-0x10]
;;   0x0518: stur x20, [x29, #-0x18]
;;   0x051c: ldr w19, [x29, #0x10]
;;   0x0520: ldr x20, [x29, #0x18]
;;   0x0524: ldr x27, [x28, #0x18]
;;   0x0528: ldr x27, [x27]
;;   0x052c: ldr x16, [x28, #0x18]
;;   0x0530: mov x0, #0x7
;;   0x0534: movk x0, #0x8000, lsl #16
;;   0x0538: add x0, x0, w19, uxtw
;;   0x053c: ldr x17, [x16, #0x8]
;;   0x0540: cmp x0, x17
;;   0x0544: b.hi 0x56c
;;   0x0548: add x0, x27, x0
;;   0x054c: csel x0, x0, xzr, ls
;;   0x0550: stur x20, [x0, #-0x8]
;;   0x0554: ldur x19, [x29, #-0x10]
;;   0x0558: ldur x20, [x29, #-0x18]
;;   0x055c: mov sp, x29
;;   0x0560: ldp x29, x30, [sp], #0x20
;;   0x0564: ret
;;   0x0568: udf #0xa
;;   0x056c: udf #0x5
;; function 11 (store_80000000):
;;   0x0570: stp x29, x30, [sp, #-0x10]!
;;   0x0574: mov x29, sp
;;   0x0578: ldr x16, [x28]
;;   0x057c: ldr x16, [x16]
;;   0x0580: mov x17, #0x60
;;   0x0584: movk x17, #0x0, lsl #16
;;   0x0588: add x16, x16, x17
;;   0x058c: cmp sp, x16
;;   0x0590: b.lo 0x5f8
;;   0x0594: mov x16, #0x60
;;   0x0598: movk x16, #0x0, lsl #16
;;   0x059c: sub sp, sp, x16
;;   0x05a0: stur x28, [x29, #-0x8]
;;   0x05a4: stur x19, [x29, #-0x10]
;;   0x05a8: stur x20, [x29, #-0x18]
;;   0x05ac: ldr w19, [x29, #0x10]
;;   0x05b0: ldr x20, [x29, #0x18]
;;   0x05b4: ldr x27, [x28, #0x18]
;;   0x05b8: ldr x27, [x27]
;;   0x05bc: ldr x16, [x28, #0x18]
;;   0x05c0: mov x0, #0x8
;;   0x05c4: movk x0, #0x8000, lsl #16
;;   0x05c8: add x0, x0, w19, uxtw
;;   0x05cc: ldr x17, [x16, #0x8]
;;   0x05d0: cmp x0, x17
;;   0x05d4: b.hi 0x5fc
;;   0x05d8: add x0, x27, x0
;;   0x05dc: csel x0, x0, xzr, ls
;;   0x05e0: stur x20, [x0, #-0x8]
;;   0x05e4: ldur x19, [x29, #-0x10]
;;   0x05e8: ldur x20, [x29, #-0x18]
;;   0x05ec: mov sp, x29
;;   0x05f0: ldp x29, x30, [sp], #0x20
;;   0x05f4: ret
;;   0x05f8: udf #0xa
;;   0x05fc: udf #0x5
;; function 12 (store_ffffffff):
;;   0x0600: stp x29, x30, [sp, #-0x10]!
;;   0x0604: mov x29, sp
;;   0x0608: ldr x16, [x28]
;;   0x060c: ldr x16, [x16]
;;   0x0610: mov x17, #0x60
;;   0x0614: movk x17, #0x0, lsl #16
;;   0x0618: add x16, x16, x17
;;   0x061c: cmp sp, x16
;;   0x0620: b.lo 0x688
;;   0x0624: mov x16, #0x60
;;   0x0628: movk x16, #0x0, lsl #16
;;   0x062c: sub sp, sp, x16
;;   0x0630: stur x28, [x29, #-0x8]
;;   0x0634: stur x19, [x29, #-0x10]
;;   0x0638: stur x20, [x29, #-0x18]
;;   0x063c: ldr w19, [x29, #0x10]
;;   0x0640: ldr x20, [x29, #0x18]
;;   0x0644: ldr x27, [x28, #0x18]
;;   0x0648: ldr x27, [x27]
;;   0x064c: ldr x16, [x28, #0x18]
;;   0x0650: mov x0, #0x7
;;   0x0654: movk x0, #0x1, lsl #32
;;   0x0658: add x0, x0, w19, uxtw
;;   0x065c: ldr x17, [x16, #0x8]
;;   0x0660: cmp x0, x17
;;   0x0664: b.hi 0x68c
;;   0x0668: add x0, x27, x0
;;   0x066c: csel x0, x0, xzr, ls
;;   0x0670: stur x20, [x0, #-0x8]
;;   0x0674: ldur x19, [x29, #-0x10]
;;   0x0678: ldur x20, [x29, #-0x18]
;;   0x067c: mov sp, x29
;;   0x0680: ldp x29, x30, [sp], #0x20
;;   0x0684: ret
;;   0x0688: udf #0xa
;;   0x068c: udf #0x5
;; function 13 (f64_ffffffff):
;;   0x0690: stp x29, x30, [sp, #-0x10]!
;;   0x0694: mov x29, sp
;;   0x0698: ldr x16, [x28]
;;   0x069c: ldr x16, [x16]
;;   0x06a0: mov x17, #0x50
;;   0x06a4: movk x17, #0x0, lsl #16
;;   0x06a8: add x16, x16, x17
;;   0x06ac: cmp sp, x16
;;   0x06b0: b.lo 0x70c
;;   0x06b4: mov x16, #0x50
;;   0x06b8: movk x16, #0x0, lsl #16
;;   0x06bc: sub sp, sp, x16
;;   0x06c0: stur x28, [x29, #-0x8]
;;   0x06c4: stur x19, [x29, #-0x10]
;;   0x06c8: ldr w19, [x29, #0x10]
;;   0x06cc: ldr x27, [x28, #0x18]
;;   0x06d0: ldr x27, [x27]
;;   0x06d4: ldr x16, [x28, #0x18]
;;   0x06d8: mov x0, #0x7
;;   0x06dc: movk x0, #0x1, lsl #32
;;   0x06e0: add x0, x0, w19, uxtw
;;   0x06e4: ldr x17, [x16, #0x8]
;;   0x06e8: cmp x0, x17
;;   0x06ec: b.hi 0x710
;;   0x06f0: add x0, x27, x0
;;   0x06f4: csel x0, x0, xzr, ls
;;   0x06f8: ldur d0, [x0, #-0x8]
;;   0x06fc: ldur x19, [x29, #-0x10]
;;   0x0700: mov sp, x29
;;   0x0704: ldp x29, x30, [sp], #0x18
;;   0x0708: ret
;;   0x070c: udf #0xa
;;   0x0710: udf #0x5
