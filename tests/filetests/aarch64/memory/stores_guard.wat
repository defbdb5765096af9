;;! bounds = "guard"
;; The module of x64/memory/stores_guard.wat (its comment says what it exercises), compiled
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
;;   0x0020: b.lo 0x6c
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
;;   0x004c: add x17, x27, w19, uxtw
;;   0x0050: ldrb wzr, [x17, #0x3]
;;   0x0054: str w20, [x17]
;;   0x0058: ldur x19, [x29, #-0x10]
;;   0x005c: ldur x20, [x29, #-0x18]
;;   0x0060: mov sp, x29
;;   0x0064: ldp x29, x30, [sp], #0x20
;;   0x0068: ret
;;   0x006c: udf #0xa
;; function 1 (i32_store8):
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
;;   0x00ac: ldr w19, [x29, #0x10]
;;   0x00b0: ldr w20, [x29, #0x18]
;;   0x00b4: ldr x27, [x28, #0x18]
;;   0x00b8: ldr x27, [x27]
;;   0x00bc: strb w20, [x27, w19, uxtw]
;;   0x00c0: ldur x19, [x29, #-0x10]
;;   0x00c4: ldur x20, [x29, #-0x18]
;;   0x00c8: mov sp, x29
;;   0x00cc: ldp x29, x30, [sp], #0x20
;;   0x00d0: ret
;;   0x00d4: udf #0xa
;; function 2 (i32_store16):
;;   0x00e0: stp x29, x30, [sp, #-0x10]!
;;   0x00e4: mov x29, sp
;;   0x00e8: ldr x16, [x28]
;;   0x00ec: ldr x16, [x16]
;;   0x00f0: mov x17, #0x60
;;   0x00f4: movk x17, #0x0, lsl #16
;;   0x00f8: add x16, x16, x17
;;   0x00fc: cmp sp, x16
;;   0x0100: b.lo 0x14c
;;   0x0104: mov x16, #0x60
;;   0x0108: movk x16, #0x0, lsl #16
;;   0x010c: sub sp, sp, x16
;;   0x0110: stur x28, [x29, #-0x8]
;;   0x0114: stur x19, [x29, #-0x10]
;;   0x0118: stur x20, [x29, #-0x18]
;;   0x011c: ldr w19, [x29, #0x10]
;;   0x0120: ldr w20, [x29, #0x18]
;;   0x0124: ldr x27, [x28, #0x18]
;;   0x0128: ldr x27, [x27]
;;   0x012c: add x17, x27, w19, uxtw
;;   0x0130: ldrb wzr, [x17, #0x1]
;;   0x0134: strh w20, [x17]
;;   0x0138: ldur x19, [x29, #-0x10]
;;   0x013c: ldur x20, [x29, #-0x18]
;;   0x0140: mov sp, x29
;;   0x0144: ldp x29, x30, [sp], #0x20
;;   0x0148: ret
;;   0x014c: udf #0xa
;; function 3 (i64_store):
;;   0x0150: stp x29, x30, [sp, #-0x10]!
;;   0x0154: mov x29, sp
;;   0x0158: ldr x16, [x28]
;;   0x015c: ldr x16, [x16]
;;   0x0160: mov x17, #0x60
;;   0x0164: movk x17, #0x0, lsl #16
;;   0x0168: add x16, x16, x17
;;   0x016c: cmp sp, x16
;;   0x0170: b.lo 0x1bc
;;   0x0174: mov x16, #0x60
;;   0x0178: movk x16, #0x0, lsl #16
;;   0x017c: sub sp, sp, x16
;;   0x0180: stur x28, [x29, #-0x8]
;;   0x0184: stur x19, [x29, #-0x10]
;;   0x0188: stur x20, [x29, #-0x18]
;;   0x018c: ldr w19, [x29, #0x10]
;;   0x0190: ldr x20, [x29, #0x18]
;;   0x0194: ldr x27, [x28, #0x18]
;;   0x0198: ldr x27, [x27]
;;   0x019c: add x17, x27, w19, uxtw
;;   0x01a0: ldrb wzr, [x17, #0x7]
;;   0x01a4: str x20, [x17]
;;   0x01a8: ldur x19, [x29, #-0x10]
;;   0x01ac: ldur x20, [x29, #-0x18]
;;   0x01b0: mov sp, x29
;;   0x01b4: ldp x29, x30, [sp], #0x20
;;   0x01b8: ret
;;   0x01bc: udf #0xa
;; function 4 (i64_store8):
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
;;   0x01fc: ldr w19, [x29, #0x10]
;;   0x0200: ldr x20, [x29, #0x18]
;;   0x0204: ldr x27, [x28, #0x18]
;;   0x0208: ldr x27, [x27]
;;   0x020c: strb w20, [x27, w19, uxtw]
;;   0x0210: ldur x19, [x29, #-0x10]
;;   0x0214: ldur x20, [x29, #-0x18]
;;   0x0218: mov sp, x29
;;   0x021c: ldp x29, x30, [sp], #0x20
;;   0x0220: ret
;;   0x0224: udf #0xa
;; function 5 (i64_store16):
;;   0x0230: stp x29, x30, [sp, #-0x10]!
;;   0x0234: mov x29, sp
;;   0x0238: ldr x16, [x28]
;;   0x023c: ldr x16, [x16]
;;   0x0240: mov x17, #0x60
;;   0x0244: movk x17, #0x0, lsl #16
;;   0x0248: add x16, x16, x17
;;   0x024c: cmp sp, x16
;;   0x0250: b.lo 0x29c
;;   0x0254: mov x16, #0x60
;;   0x0258: movk x16, #0x0, lsl #16
;;   0x025c: sub sp, sp, x16
;;   0x0260: stur x28, [x29, #-0x8]
;;   0x0264: stur x19, [x29, #-0x10]
;;   0x0268: stur x20, [x29, #-0x18]
;;   0x026c: ldr w19, [x29, #0x10]
;;   0x0270: ldr x20, [x29, #0x18]
;;   0x0274: ldr x27, [x28, #0x18]
;;   0x0278: ldr x27, [x27]
;;   0x027c: add x17, x27, w19, uxtw
;;   0x0280: ldrb wzr, [x17, #0x1]
;;   0x0284: strh w20, [x17]
;;   0x0288: ldur x19, [x29, #-0x10]
;;   0x028c: ldur x20, [x29, #-0x18]
;;   0x0290: mov sp, x29
;;   0x0294: ldp x29, x30, [sp], #0x20
;;   0x0298: ret
;;   0x029c: udf #0xa
;; function 6 (i64_store32):
;;   0x02a0: stp x29, x30, [sp, #-0x10]!
;;   0x02a4: mov x29, sp
;;   0x02a8: ldr x16, [x28]
;;   0x02ac: ldr x16, [x16]
;;   0x02b0: mov x17, #0x60
;;   0x02b4: movk x17, #0x0, lsl #16
;;   0x02b8: add x16, x16, x17
;;   0x02bc: cmp sp, x16
;;   0x02c0: b.lo 0x30c
;;   0x02c4: mov x16, #0x60
;;   0x02c8: movk x16, #0x0, lsl #16
;;   0x02cc: sub sp, sp, x16
;;   0x02d0: stur x28, [x29, #-0x8]
;;   0x02d4: stur x19, [x29, #-0x10]
;;   0x02d8: stur x20, [x29, #-0x18]
;;   0x02dc: ldr w19, [x29, #0x10]
;;   0x02e0: ldr x20, [x29, #0x18]
;;   0x02e4: ldr x27, [x28, #0x18]
;;   0x02e8: ldr x27, [x27]
;;   0x02ec: add x17, x27, w19, uxtw
;;   0x02f0: ldrb wzr, [x17, #0x3]
;;   0x02f4: str w20, [x17]
;;   0x02f8: ldur x19, [x29, #-0x10]
;;   0x02fc: ldur x20, [x29, #-0x18]
;;   0x0300: mov sp, x29
;;   0x0304: ldp x29, x30, [sp], #0x20
;;   0x0308: ret
;;   0x030c: udf #0xa
;; function 7 (f32_store):
;;   0x0310: stp x29, x30, [sp, #-0x10]!
;;   0x0314: mov x29, sp
;;   0x0318: ldr x16, [x28]
;;   0x031c: ldr x16, [x16]
;;   0x0320: mov x17, #0x60
;;   0x0324: movk x17, #0x0, lsl #16
;;   0x0328: add x16, x16, x17
;;   0x032c: cmp sp, x16
;;   0x0330: b.lo 0x374
;;   0x0334: mov x16, #0x60
;;   0x0338: movk x16, #0x0, lsl #16
;;   0x033c: sub sp, sp, x16
;;   0x0340: stur x28, [x29, #-0x8]
;;   0x0344: stur x19, [x29, #-0x10]
;;   0x0348: ldr w19, [x29, #0x10]
;;   0x034c: ldr x27, [x28, #0x18]
;;   0x0350: ldr x27, [x27]
;;   0x0354: ldr s0, [x29, #0x18]
;;   0x0358: add x17, x27, w19, uxtw
;;   0x035c: ldrb wzr, [x17, #0x3]
;;   0x0360: str s0, [x17]
;;   0x0364: ldur x19, [x29, #-0x10]
;;   0x0368: mov sp, x29
;;   0x036c: ldp x29, x30, [sp], #0x20
;;   0x0370: ret
;;   0x0374: udf #0xa
;; function 8 (f64_store):
;;   0x0380: stp x29, x30, [sp, #-0x10]!
;;   0x0384: mov x29, sp
;;   0x0388: ldr x16, [x28]
;;   0x038c: ldr x16, [x16]
;;   0x0390: mov x17, #0x60
;;   0x0394: movk x17, #0x0, lsl #16
;;   0x0398: add x16, x16, x17
;;   0x039c: cmp sp, x16
;;   0x03a0: b.lo 0x3e4
;;   0x03a4: mov x16, #0x60
;;   0x03a8: movk x16, #0x0, lsl #16
;;   0x03ac: sub sp, sp, x16
;;   0x03b0: stur x28, [x29, #-0x8]
;;   0x03b4: stur x19, [x29, #-0x10]
;;   0x03b8: ldr w19, [x29, #0x10]
;;   0x03bc: ldr x27, [x28, #0x18]
;;   0x03c0: ldr x27, [x27]
;;   0x03c4: ldr d0, [x29, #0x18]
;;   0x03c8: add x17, x27, w19, uxtw
;;   0x03cc: ldrb wzr, [x17, #0x7]
;;   0x03d0: str d0, [x17]
;;   0x03d4: ldur x19, [x29, #-0x10]
;;   0x03d8: mov sp, x29
;;   0x03dc: ldp x29, x30, [sp], #0x20
;;   0x03e0: ret
;;   0x03e4: udf #0xa
;; function 9 (i32_store16_imm):
;;   0x03f0: stp x29, x30, [sp, #-0x10]!
;;   0x03f4: mov x29, sp
;;   0x03f8: ldr x16, [x28]
;;   0x03fc: ldr x16, [x16]
;;   0x0400: mov x17, #0x60
;;   0x0404: movk x17, #0x0, lsl #16
;;   0x0408: add x16, x16, x17
;;   0x040c: cmp sp, x16
;;   0x0410: b.lo 0x454
;;   0x0414: mov x16, #0x60
;;   0x0418: movk x16, #0x0, lsl #16
;;   0x041c: sub sp, sp, x16
;;   0x0420: stur x28, [x29, #-0x8]
;;   0x0424: stur x19, [x29, #-0x10]
;;   0x0428: ldr w19, [x29, #0x10]
;;   0x042c: ldr x27, [x28, #0x18]
;;   0x0430: ldr x27, [x27]
;;   0x0434: mov w0, #0xfffffffe
;;   0x0438: add x17, x27, w19, uxtw
;;   0x043c: ldrb wzr, [x17, #0x1]
;;   0x0440: strh w0, [x17]
;;   0x0444: ldur x19, [x29, #-0x10]
;;   0x0448: mov sp, x29
;;   0x044c: ldp x29, x30, [sp], #0x18
;;   0x0450: ret
;;   0x0454: udf #0xa
;; function 10 (i64_store_imm):
;;   0x0460: stp x29, x30, [sp, #-0x10]!
;;   0x0464: mov x29, sp
;;   0x0468: ldr x16, [x28]
;;   0x046c: ldr x16, [x16]
;;   0x0470: mov x17, #0x60
;;   0x0474: movk x17, #0x0, lsl #16
;;   0x0478: add x16, x16, x17
;;   0x047c: cmp sp, x16
;;   0x0480: b.lo 0x4c4
;;   0x0484: mov x16, #0x60
;;   0x0488: movk x16, #0x0, lsl #16
;;   0x048c: sub sp, sp, x16
;;   0x0490: stur x28, [x29, #-0x8]
;;   0x0494: stur x19, [x29, #-0x10]
;;   0x0498: ldr w19, [x29, #0x10]
;;   0x049c: ldr x27, [x28, #0x18]
;;   0x04a0: ldr x27, [x27]
;;   0x04a4: mov x0, #0xfffffffffffffffb
;;   0x04a8: add x17, x27, w19, uxtw
;;   0x04ac: ldrb wzr, [x17, #0x7]
;;   0x04b0: str x0, [x17]
;;   0x04b4: ldur x19, [x29, #-0x10]
;;   0x04b8: mov sp, x29
;;   0x04bc: ldp x29, x30, [sp], #0x18
;;   0x04c0: ret
;;   0x04c4: udf #0xa
;; function 11 (f32_store_const):
;;   0x04d0: stp x29, x30, [sp, #-0x10]!
;;   0x04d4: mov x29, sp
;;   0x04d8: ldr x16, [x28]
;;   0x04dc: ldr x16, [x16]
;;   0x04e0: mov x17, #0x60
;;   0x04e4: movk x17, #0x0, lsl #16
;;   0x04e8: add x16, x16, x17
;;   0x04ec: cmp sp, x16
;;   0x04f0: b.lo 0x534
;;   0x04f4: mov x16, #0x60
;;   0x04f8: movk x16, #0x0, lsl #16
;;   0x04fc: sub sp, sp, x16
;;   0x0500: stur x28, [x29, #-0x8]
;;   0x0504: stur x19, [x29, #-0x10]
;;   0x0508: ldr w19, [x29, #0x10]
;;   0x050c: ldr x27, [x28, #0x18]
;;   0x0510: ldr x27, [x27]
;;   0x0514: fmov s0, #1.5
;;   0x0518: add x17, x27, w19, uxtw
;;   0x051c: ldrb wzr, [x17, #0x3]
;;   0x0520: str s0, [x17]
;;   0x0524: ldur x19, [x29, #-0x10]
;;   0x0528: mov sp, x29
;;   0x052c: ldp x29, x30, [sp], #0x18
;;   0x0530: ret
;;   0x0534: udf #0xa
