;; The module of x64/cmp/i64_cmp.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "eqz") (param i64) (result i32) (i64.eqz (local.get 0)))
  (func (export "eq") (param i64 i64) (result i32) (i64.eq (local.get 0) (local.get 1)))
  (func (export "ne") (param i64 i64) (result i32) (i64.ne (local.get 0) (local.get 1)))
  (func (export "lt_s") (param i64 i64) (result i32) (i64.lt_s (local.get 0) (local.get 1)))
  (func (export "lt_u") (param i64 i64) (result i32) (i64.lt_u (local.get 0) (local.get 1)))
  (func (export "gt_s") (param i64 i64) (result i32) (i64.gt_s (local.get 0) (local.get 1)))
  (func (export "gt_u") (param i64 i64) (result i32) (i64.gt_u (local.get 0) (local.get 1)))
  (func (export "le_s") (param i64 i64) (result i32) (i64.le_s (local.get 0) (local.get 1)))
  (func (export "le_u") (param i64 i64) (result i32) (i64.le_u (local.get 0) (local.get 1)))
  (func (export "ge_s") (param i64 i64) (result i32) (i64.ge_s (local.get 0) (local.get 1)))
  (func (export "ge_u") (param i64 i64) (result i32) (i64.ge_u (local.get 0) (local.get 1))))
;; function 0 (eqz):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x54
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr x19, [x29, #0x10]
;;   0x003c: cmp x19, #0x0
;;   0x0040: cset w0, eq
;;   0x0044: ldur x19, [x29, #-0x10]
;;   0x0048: mov sp, x29
;;   0x004c: ldp x29, x30, [sp], #0x18
;;   0x0050: ret
;;   0x0054: udf #0xa
;; function 1 (eq):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x60
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xc0
;;   0x0084: mov x16, #0x60
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: stur x20, [x29, #-0x18]
;;   0x009c: ldr x19, [x29, #0x10]
;;   0x00a0: ldr x20, [x29, #0x18]
;;   0x00a4: cmp x19, x20
;;   0x00a8: cset w0, eq
;;   0x00ac: ldur x19, [x29, #-0x10]
;;   0x00b0: ldur x20, [x29, #-0x18]
;;   0x00b4: mov sp, x29
;;   0x00b8: ldp x29, x30, [sp], #0x20
;;   0x00bc: ret
;;   0x00c0: udf #0xa
;; function 2 (ne):
;;   0x00d0: stp x29, x30, [sp, #-0x10]!
;;   0x00d4: mov x29, sp
;;   0x00d8: ldr x16, [x28]
;;   0x00dc: ldr x16, [x16]
;;   0x00e0: mov x17, #0x60
;;   0x00e4: movk x17, #0x0, lsl #16
;;   0x00e8: add x16, x16, x17
;;   0x00ec: cmp sp, x16
;;   0x00f0: b.lo 0x130
;;   0x00f4: mov x16, #0x60
;;   0x00f8: movk x16, #0x0, lsl #16
;;   0x00fc: sub sp, sp, x16
;;   0x0100: stur x28, [x29, #-0x8]
;;   0x0104: stur x19, [x29, #-0x10]
;;   0x0108: stur x20, [x29, #-0x18]
;;   0x010c: ldr x19, [x29, #0x10]
;;   0x0110: ldr x20, [x29, #0x18]
;;   0x0114: cmp x19, x20
;;   0x0118: cset w0, ne
;;   0x011c: ldur x19, [x29, #-0x10]
;;   0x0120: ldur x20, [x29, #-0x18]
;;   0x0124: mov sp, x29
;;   0x0128: ldp x29, x30, [sp], #0x20
;;   0x012c: ret
;;   0x0130: udf #0xa
;; function 3 (lt_s):
;;   0x0140: stp x29, x30, [sp, #-0x10]!
;;   0x0144: mov x29, sp
;;   0x0148: ldr x16, [x28]
;;   0x014c: ldr x16, [x16]
;;   0x0150: mov x17, #0x60
;;   0x0154: movk x17, #0x0, lsl #16
;;   0x0158: add x16, x16, x17
;;   0x015c: cmp sp, x16
;;   0x0160: b.lo 0x1a0
;;   0x0164: mov x16, #0x60
;;   0x0168: movk x16, #0x0, lsl #16
;;   0x016c: sub sp, sp, x16
;;   0x0170: stur x28, [x29, #-0x8]
;;   0x0174: stur x19, [x29, #-0x10]
;;   0x0178: stur x20, [x29, #-0x18]
;;   0x017c: ldr x19, [x29, #0x10]
;;   0x0180: ldr x20, [x29, #0x18]
;;   0x0184: cmp x19, x20
;;   0x0188: cset w0, lt
;;   0x018c: ldur x19, [x29, #-0x10]
;;   0x0190: ldur x20, [x29, #-0x18]
;;   0x0194: mov sp, x29
;;   0x0198: ldp x29, x30, [sp], #0x20
;;   0x019c: ret
;;   0x01a0: udf #0xa
;; function 4 (lt_u):
;;   0x01b0: stp x29, x30, [sp, #-0x10]!
;;   0x01b4: mov x29, sp
;;   0x01b8: ldr x16, [x28]
;;   0x01bc: ldr x16, [x16]
;;   0x01c0: mov x17, #0x60
;;   0x01c4: movk x17, #0x0, lsl #16
;;   0x01c8: add x16, x16, x17
;;   0x01cc: cmp sp, x16
;;   0x01d0: b.lo 0x210
;;   0x01d4: mov x16, #0x60
;;   0x01d8: movk x16, #0x0, lsl #16
;;   0x01dc: sub sp, sp, x16
;;   0x01e0: stur x28, [x29, #-0x8]
;;   0x01e4: stur x19, [x29, #-0x10]
;;   0x01e8: stur x20, [x29, #-0x18]
;;   0x01ec: ldr x19, [x29, #0x10]
;;   0x01f0: ldr x20, [x29, #0x18]
;;   0x01f4: cmp x19, x20
;;   0x01f8: cset w0, lo
;;   0x01fc: ldur x19, [x29, #-0x10]
;;   0x0200: ldur x20, [x29, #-0x18]
;;   0x0204: mov sp, x29
;;   0x0208: ldp x29, x30, [sp], #0x20
;;   0x020c: ret
;;   0x0210: udf #0xa
;; function 5 (gt_s):
;;   0x0220: stp x29, x30, [sp, #-0x10]!
;;   0x0224: mov x29, sp
;;   0x0228: ldr x16, [x28]
;;   0x022c: ldr x16, [x16]
;;   0x0230: mov x17, #0x60
;;   0x0234: movk x17, #0x0, lsl #16
;;   0x0238: add x16, x16, x17
;;   0x023c: cmp sp, x16
;;   0x0240: b.lo 0x280
;;   0x0244: mov x16, #0x60
;;   0x0248: movk x16, #0x0, lsl #16
;;   0x024c: sub sp, sp, x16
;;   0x0250: stur x28, [x29, #-0x8]
;;   0x0254: stur x19, [x29, #-0x10]
;;   0x0258: stur x20, [x29, #-0x18]
;;   0x025c: ldr x19, [x29, #0x10]
;;   0x0260: ldr x20, [x29, #0x18]
;;   0x0264: cmp x19, x20
;;   0x0268: cset w0, gt
;;   0x026c: ldur x19, [x29, #-0x10]
;;   0x0270: ldur x20, [x29, #-0x18]
;;   0x0274: mov sp, x29
;;   0x0278: ldp x29, x30, [sp], #0x20
;;   0x027c: ret
;;   0x0280: udf #0xa
;; function 6 (gt_u):
;;   0x0290: stp x29, x30, [sp, #-0x10]!
;;   0x0294: mov x29, sp
;;   0x0298: ldr x16, [x28]
;;   0x029c: ldr x16, [x16]
;;   0x02a0: mov x17, #0x60
;;   0x02a4: movk x17, #0x0, lsl #16
;;   0x02a8: add x16, x16, x17
;;   0x02ac: cmp sp, x16
;;   0x02b0: b.lo 0x2f0
;;   0x02b4: mov x16, #0x60
;;   0x02b8: movk x16, #0x0, lsl #16
;;   0x02bc: sub sp, sp, x16
;;   0x02c0: stur x28, [x29, #-0x8]
;;   0x02c4: stur x19, [x29, #-0x10]
;;   0x02c8: stur x20, [x29, #-0x18]
;;   0x02cc: ldr x19, [x29, #0x10]
;;   0x02d0: ldr x20, [x29, #0x18]
;;   0x02d4: cmp x19, x20
;;   0x02d8: cset w0, hi
;;   0x02dc: ldur x19, [x29, #-0x10]
;;   0x02e0: ldur x20, [x29, #-0x18]
;;   0x02e4: mov sp, x29
;;   0x02e8: ldp x29, x30, [sp], #0x20
;;   0x02ec: ret
;;   0x02f0: udf #0xa
;; function 7 (le_s):
;;   0x0300: stp x29, x30, [sp, #-0x10]!
;;   0x0304: mov x29, sp
;;   0x0308: ldr x16, [x28]
;;   0x030c: ldr x16, [x16]
;;   0x0310: mov x17, #0x60
;;   0x0314: movk x17, #0x0, lsl #16
;;   0x0318: add x16, x16, x17
;;   0x031c: cmp sp, x16
;;   0x0320: b.lo 0x360
;;   0x0324: mov x16, #0x60
;;   0x0328: movk x16, #0x0, lsl #16
;;   0x032c: sub sp, sp, x16
;;   0x0330: stur x28, [x29, #-0x8]
;;   0x0334: stur x19, [x29, #-0x10]
;;   0x0338: stur x20, [x29, #-0x18]
;;   0x033c: ldr x19, [x29, #0x10]
;;   0x0340: ldr x20, [x29, #0x18]
;;   0x0344: cmp x19, x20
;;   0x0348: cset w0, le
;;   0x034c: ldur x19, [x29, #-0x10]
;;   0x0350: ldur x20, [x29, #-0x18]
;;   0x0354: mov sp, x29
;;   0x0358: ldp x29, x30, [sp], #0x20
;;   0x035c: ret
;;   0x0360: udf #0xa
;; function 8 (le_u):
;;   0x0370: stp x29, x30, [sp, #-0x10]!
;;   0x0374: mov x29, sp
;;   0x0378: ldr x16, [x28]
;;   0x037c: ldr x16, [x16]
;;   0x0380: mov x17, #0x60
;;   0x0384: movk x17, #0x0, lsl #16
;;   0x0388: add x16, x16, x17
;;   0x038c: cmp sp, x16
;;   0x0390: b.lo 0x3d0
;;   0x0394: mov x16, #0x60
;;   0x0398: movk x16, #0x0, lsl #16
;;   0x039c: sub sp, sp, x16
;;   0x03a0: stur x28, [x29, #-0x8]
;;   0x03a4: stur x19, [x29, #-0x10]
;;   0x03a8: stur x20, [x29, #-0x18]
;;   0x03ac: ldr x19, [x29, #0x10]
;;   0x03b0: ldr x20, [x29, #0x18]
;;   0x03b4: cmp x19, x20
;;   0x03b8: cset w0, ls
;;   0x03bc: ldur x19, [x29, #-0x10]
;;   0x03c0: ldur x20, [x29, #-0x18]
;;   0x03c4: mov sp, x29
;;   0x03c8: ldp x29, x30, [sp], #0x20
;;   0x03cc: ret
;;   0x03d0: udf #0xa
;; function 9 (ge_s):
;;   0x03e0: stp x29, x30, [sp, #-0x10]!
;;   0x03e4: mov x29, sp
;;   0x03e8: ldr x16, [x28]
;;   0x03ec: ldr x16, [x16]
;;   0x03f0: mov x17, #0x60
;;   0x03f4: movk x17, #0x0, lsl #16
;;   0x03f8: add x16, x16, x17
;;   0x03fc: cmp sp, x16
;;   0x0400: b.lo 0x440
;;   0x0404: mov x16, #0x60
;;   0x0408: movk x16, #0x0, lsl #16
;;   0x040c: sub sp, sp, x16
;;   0x0410: stur x28, [x29, #-0x8]
;;   0x0414: stur x19, [x29, #-0x10]
;;   0x0418: stur x20, [x29, #-0x18]
;;   0x041c: ldr x19, [x29, #0x10]
;;   0x0420: ldr x20, [x29, #0x18]
;;   0x0424: cmp x19, x20
;;   0x0428: cset w0, ge
;;   0x042c: ldur x19, [x29, #-0x10]
;;   0x0430: ldur x20, [x29, #-0x18]
;;   0x0434: mov sp, x29
;;   0x0438: ldp x29, x30, [sp], #0x20
;;   0x043c: ret
;;   0x0440: udf #0xa
;; function 10 (ge_u):
;;   0x0450: stp x29, x30, [sp, #-0x10]!
;;   0x0454: mov x29, sp
;;   0x0458: ldr x16, [x28]
;;   0x045c: ldr x16, [x16]
;;   0x0460: mov x17, #0x60
;;   0x0464: movk x17, #0x0, lsl #16
;;   0x0468: add x16, x16, x17
;;   0x046c: cmp sp, x16
;;   0x0470: b.lo 0x4b0
;;   0x0474: mov x16, #0x60
;;   0x0478: movk x16, #0x0, lsl #16
;;   0x047c: sub sp, sp, x16
;;   0x0480: stur x28, [x29, #-0x8]
;;   0x0484: stur x19, [x29, #-0x10]
;;   0x0488: stur x20, [x29, #-0x18]
;;   0x048c: ldr x19, [x29, #0x10]
;;   0x0490: ldr x20, [x29, #0x18]
;;   0x0494: cmp x19, x20
;;   0x0498: cset w0, hs
;;   0x049c: ldur x19, [x29, #-0x10]
;;   0x04a0: ldur x20, [x29, #-0x18]
;;   0x04a4: mov sp, x29
;;   0x04a8: ldp x29, x30, [sp], #0x20
;;   0x04ac: ret
;;   0x04b0: udf #0xa
