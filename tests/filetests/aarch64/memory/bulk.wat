;; The module of x64/memory/bulk.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory 1)
  (data $d "hello")
  (data $e "world")
  (func (export "fill") (param i32 i32 i32)
    (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy") (param i32 i32 i32)
    (memory.copy (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init") (param i32)
    (memory.init $e (local.get 0) (i32.const 1) (i32.const 3)))
  (func (export "drop")
    (data.drop $d))
  (func (export "fill_neg_consts")
    (memory.fill (i32.const -16) (i32.const -1) (i32.const -2)))
  (func (export "fill_live") (param i32) (result i32)
    (i32.add (local.get 0) (i32.const 1))
    (memory.fill (local.get 0) (i32.const 0) (i32.const 16))))
;; function 0 (fill):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0xa8
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: stur x21, [x29, #-0x20]
;;   0x0040: ldr w19, [x29, #0x10]
;;   0x0044: ldr w20, [x29, #0x18]
;;   0x0048: ldr w21, [x29, #0x20]
;;   0x004c: ldr x27, [x28, #0x18]
;;   0x0050: ldr x27, [x27]
;;   0x0054: mov x1, #0x0
;;   0x0058: mov w2, w19
;;   0x005c: mov w3, w20
;;   0x0060: mov w4, w21
;;   0x0064: mov x0, x28
;;   0x0068: mov x17, sp
;;   0x006c: sub x16, x17, #0x10
;;   0x0070: and sp, x16, #0xfffffffffffffff0
;;   0x0074: str x17, [sp]
;;   0x0078: ldr x16, [x28, #0x8]
;;   0x007c: ldr x16, [x16, #0x8]
;;   0x0080: blr x16
;;   0x0084: ldr x16, [sp]
;;   0x0088: mov sp, x16
;;   0x008c: cbnz w0, 0xac
;;   0x0090: ldur x19, [x29, #-0x10]
;;   0x0094: ldur x20, [x29, #-0x18]
;;   0x0098: ldur x21, [x29, #-0x20]
;;   0x009c: mov sp, x29
;;   0x00a0: ldp x29, x30, [sp], #0x28
;;   0x00a4: ret
;;   0x00a8: udf #0xa
;;   0x00ac: ldr x16, [x28]
;;   0x00b0: ldr x17, [x16, #0x8]
;;   0x00b4: mov sp, x17
;;   0x00b8: ldr x17, [x16, #0x10]
;;   0x00bc: br x17
;; function 1 (copy):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x60
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x16c
;;   0x00e4: mov x16, #0x60
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: stur x20, [x29, #-0x18]
;;   0x00fc: stur x21, [x29, #-0x20]
;;   0x0100: ldr w19, [x29, #0x10]
;;   0x0104: ldr w20, [x29, #0x18]
;;   0x0108: ldr w21, [x29, #0x20]
;;   0x010c: ldr x27, [x28, #0x18]
;;   0x0110: ldr x27, [x27]
;;   0x0114: mov x1, #0x0
;;   0x0118: mov x2, #0x0
;;   0x011c: mov w3, w19
;;   0x0120: mov w4, w20
;;   0x0124: mov w5, w21
;;   0x0128: mov x0, x28
;;   0x012c: mov x17, sp
;;   0x0130: sub x16, x17, #0x10
;;   0x0134: and sp, x16, #0xfffffffffffffff0
;;   0x0138: str x17, [sp]
;;   0x013c: ldr x16, [x28, #0x8]
;;   0x0140: ldr x16, [x16, #0x10]
;;   0x0144: blr x16
;;   0x0148: ldr x16, [sp]
;;   0x014c: mov sp, x16
;;   0x0150: cbnz w0, 0x170
;;   0x0154: ldur x19, [x29, #-0x10]
;;   0x0158: ldur x20, [x29, #-0x18]
;;   0x015c: ldur x21, [x29, #-0x20]
;;   0x0160: mov sp, x29
;;   0x0164: ldp x29, x30, [sp], #0x28
;;   0x0168: ret
;;   0x016c: udf #0xa
;;   0x0170: ldr x16, [x28]
;;   0x0174: ldr x17, [x16, #0x8]
;;   0x0178: mov sp, x17
;;   0x017c: ldr x17, [x16, #0x10]
;;   0x0180: br x17
;; function 2 (init):
;;   0x0190: stp x29, x30, [sp, #-0x10]!
;;   0x0194: mov x29, sp
;;   0x0198: ldr x16, [x28]
;;   0x019c: ldr x16, [x16]
;;   0x01a0: mov x17, #0x60
;;   0x01a4: movk x17, #0x0, lsl #16
;;   0x01a8: add x16, x16, x17
;;   0x01ac: cmp sp, x16
;;   0x01b0: b.lo 0x224
;;   0x01b4: mov x16, #0x60
;;   0x01b8: movk x16, #0x0, lsl #16
;;   0x01bc: sub sp, sp, x16
;;   0x01c0: stur x28, [x29, #-0x8]
;;   0x01c4: stur x19, [x29, #-0x10]
;;   0x01c8: ldr w19, [x29, #0x10]
;;   0x01cc: ldr x27, [x28, #0x18]
;;   0x01d0: ldr x27, [x27]
;;   0x01d4: mov x1, #0x0
;;   0x01d8: mov x2, #0x1
;;   0x01dc: mov w3, w19
;;   0x01e0: mov w4, #0x1
;;   0x01e4: mov w5, #0x3
;;   0x01e8: mov x0, x28
;;   0x01ec: mov x17, sp
;;   0x01f0: sub x16, x17, #0x10
;;   0x01f4: and sp, x16, #0xfffffffffffffff0
;;   0x01f8: str x17, [sp]
;;   0x01fc: ldr x16, [x28, #0x8]
;;   0x0200: ldr x16, [x16, #0x18]
;;   0x0204: blr x16
;;   0x0208: ldr x16, [sp]
;;   0x020c: mov sp, x16
;;   0x0210: cbnz w0, 0x228
;;   0x0214: ldur x19, [x29, #-0x10]
;;   0x0218: mov sp, x29
;;   0x021c: ldp x29, x30, [sp], #0x18
;;   0x0220: ret
;;   0x0224: udf #0xa
;;   0x0228: ldr x16, [x28]
;;   0x022c: ldr x17, [x16, #0x8]
;;   0x0230: mov sp, x17
;;   0x0234: ldr x17, [x16, #0x10]
;;   0x0238: br x17
;; function 3 (drop):
;;   0x0240: stp x29, x30, [sp, #-0x10]!
;;   0x0244: mov x29, sp
;;   0x0248: ldr x16, [x28]
;;   0x024c: ldr x16, [x16]
;;   0x0250: mov x17, #0x50
;;   0x0254: movk x17, #0x0, lsl #16
;;   0x0258: add x16, x16, x17
;;   0x025c: cmp sp, x16
;;   0x0260: b.lo 0x2b8
;;   0x0264: mov x16, #0x50
;;   0x0268: movk x16, #0x0, lsl #16
;;   0x026c: sub sp, sp, x16
;;   0x0270: stur x28, [x29, #-0x8]
;;   0x0274: ldr x27, [x28, #0x18]
;;   0x0278: ldr x27, [x27]
;;   0x027c: mov x1, #0x0
;;   0x0280: mov x0, x28
;;   0x0284: mov x17, sp
;;   0x0288: sub x16, x17, #0x10
;;   0x028c: and sp, x16, #0xfffffffffffffff0
;;   0x0290: str x17, [sp]
;;   0x0294: ldr x16, [x28, #0x8]
;;   0x0298: ldr x16, [x16, #0x20]
;;   0x029c: blr x16
;;   0x02a0: ldr x16, [sp]
;;   0x02a4: mov sp, x16
;;   0x02a8: mov w0, w0
;;   0x02ac: mov sp, x29
;;   0x02b0: ldp x29, x30, [sp], #0x10
;;   0x02b4: ret
;;   0x02b8: udf #0xa
;; function 4 (fill_neg_consts):
;;   0x02c0: stp x29, x30, [sp, #-0x10]!
;;   0x02c4: mov x29, sp
;;   0x02c8: ldr x16, [x28]
;;   0x02cc: ldr x16, [x16]
;;   0x02d0: mov x17, #0x60
;;   0x02d4: movk x17, #0x0, lsl #16
;;   0x02d8: add x16, x16, x17
;;   0x02dc: cmp sp, x16
;;   0x02e0: b.lo 0x344
;;   0x02e4: mov x16, #0x60
;;   0x02e8: movk x16, #0x0, lsl #16
;;   0x02ec: sub sp, sp, x16
;;   0x02f0: stur x28, [x29, #-0x8]
;;   0x02f4: ldr x27, [x28, #0x18]
;;   0x02f8: ldr x27, [x27]
;;   0x02fc: mov x1, #0x0
;;   0x0300: mov w2, #0xfffffff0
;;   0x0304: mov w3, #0xffffffff
;;   0x0308: mov w4, #0xfffffffe
;;   0x030c: mov x0, x28
;;   0x0310: mov x17, sp
;;   0x0314: sub x16, x17, #0x10
;;   0x0318: and sp, x16, #0xfffffffffffffff0
;;   0x031c: str x17, [sp]
;;   0x0320: ldr x16, [x28, #0x8]
;;   0x0324: ldr x16, [x16, #0x8]
;;   0x0328: blr x16
;;   0x032c: ldr x16, [sp]
;;   0x0330: mov sp, x16
;;   0x0334: cbnz w0, 0x348
;;   0x0338: mov sp, x29
;;   0x033c: ldp x29, x30, [sp], #0x10
;;   0x0340: ret
;;   0x0344: udf #0xa
;;   0x0348: ldr x16, [x28]
;;   0x034c: ldr x17, [x16, #0x8]
;;   0x0350: mov sp, x17
;;   0x0354: ldr x17, [x16, #0x10]
;;   0x0358: br x17
;; function 5 (fill_live):
;;   0x0360: stp x29, x30, [sp, #-0x10]!
;;   0x0364: mov x29, sp
;;   0x0368: ldr x16, [x28]
;;   0x036c: ldr x16, [x16]
;;   0x0370: mov x17, #0x70
;;   0x0374: movk x17, #0x0, lsl #16
;;   0x0378: add x16, x16, x17
;;   0x037c: cmp sp, x16
;;   0x0380: b.lo 0x3fc
;;   0x0384: mov x16, #0x70
;;   0x0388: movk x16, #0x0, lsl #16
;;   0x038c: sub sp, sp, x16
;;   0x0390: stur x28, [x29, #-0x8]
;;   0x0394: stur x19, [x29, #-0x10]
;;   0x0398: ldr w19, [x29, #0x10]
;;   0x039c: ldr x27, [x28, #0x18]
;;   0x03a0: ldr x27, [x27]
;;   0x03a4: add w0, w19, #0x1
;;   0x03a8: stur w0, [x29, #-0x50]
;;   0x03ac: mov x1, #0x0
;;   0x03b0: mov w2, w19
;;   0x03b4: mov w3, #0x0
;;   0x03b8: mov w4, #0x10
;;   0x03bc: mov x0, x28
;;   0x03c0: mov x17, sp
;;   0x03c4: sub x16, x17, #0x10
;;   0x03c8: and sp, x16, #0xfffffffffffffff0
;;   0x03cc: str x17, [sp]
;;   0x03d0: ldr x16, [x28, #0x8]
;;   0x03d4: ldr x16, [x16, #0x8]
;;   0x03d8: blr x16
;;   0x03dc: ldr x16, [sp]
;;   0x03e0: mov sp, x16
;;   0x03e4: cbnz w0, 0x400
;;   0x03e8: ldur w0, [x29, #-0x50]
;;   0x03ec: ldur x19, [x29, #-0x10]
;;   0x03f0: mov sp, x29
;;   0x03f4: ldp x29, x30, [sp], #0x18
;;   0x03f8: ret
;;   0x03fc: udf #0xa
;;   0x0400: ldr x16, [x28]
;;   0x0404: ldr x17, [x16, #0x8]
;;   0x0408: mov sp, x17
;;   0x040c: ldr x17, [x16, #0x10]
;;   0x0410: br x17
