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
;;   0x0020: b.lo 0x90
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
;;   0x0068: ldr x16, [x28, #0x8]
;;   0x006c: ldr x16, [x16, #0x8]
;;   0x0070: blr x16
;;   0x0074: cbnz w0, 0x94
;;   0x0078: ldur x19, [x29, #-0x10]
;;   0x007c: ldur x20, [x29, #-0x18]
;;   0x0080: ldur x21, [x29, #-0x20]
;;   0x0084: mov sp, x29
;;   0x0088: ldp x29, x30, [sp], #0x28
;;   0x008c: ret
;;   0x0090: udf #0xa
;;   0x0094: ldr x16, [x28]
;;   0x0098: ldr x17, [x16, #0x8]
;;   0x009c: mov sp, x17
;;   0x00a0: ldr x17, [x16, #0x10]
;;   0x00a4: br x17
;; function 1 (copy):
;;   0x00b0: stp x29, x30, [sp, #-0x10]!
;;   0x00b4: mov x29, sp
;;   0x00b8: ldr x16, [x28]
;;   0x00bc: ldr x16, [x16]
;;   0x00c0: mov x17, #0x60
;;   0x00c4: movk x17, #0x0, lsl #16
;;   0x00c8: add x16, x16, x17
;;   0x00cc: cmp sp, x16
;;   0x00d0: b.lo 0x144
;;   0x00d4: mov x16, #0x60
;;   0x00d8: movk x16, #0x0, lsl #16
;;   0x00dc: sub sp, sp, x16
;;   0x00e0: stur x28, [x29, #-0x8]
;;   0x00e4: stur x19, [x29, #-0x10]
;;   0x00e8: stur x20, [x29, #-0x18]
;;   0x00ec: stur x21, [x29, #-0x20]
;;   0x00f0: ldr w19, [x29, #0x10]
;;   0x00f4: ldr w20, [x29, #0x18]
;;   0x00f8: ldr w21, [x29, #0x20]
;;   0x00fc: ldr x27, [x28, #0x18]
;;   0x0100: ldr x27, [x27]
;;   0x0104: mov x1, #0x0
;;   0x0108: mov x2, #0x0
;;   0x010c: mov w3, w19
;;   0x0110: mov w4, w20
;;   0x0114: mov w5, w21
;;   0x0118: mov x0, x28
;;   0x011c: ldr x16, [x28, #0x8]
;;   0x0120: ldr x16, [x16, #0x10]
;;   0x0124: blr x16
;;   0x0128: cbnz w0, 0x148
;;   0x012c: ldur x19, [x29, #-0x10]
;;   0x0130: ldur x20, [x29, #-0x18]
;;   0x0134: ldur x21, [x29, #-0x20]
;;   0x0138: mov sp, x29
;;   0x013c: ldp x29, x30, [sp], #0x28
;;   0x0140: ret
;;   0x0144: udf #0xa
;;   0x0148: ldr x16, [x28]
;;   0x014c: ldr x17, [x16, #0x8]
;;   0x0150: mov sp, x17
;;   0x0154: ldr x17, [x16, #0x10]
;;   0x0158: br x17
;; function 2 (init):
;;   0x0160: stp x29, x30, [sp, #-0x10]!
;;   0x0164: mov x29, sp
;;   0x0168: ldr x16, [x28]
;;   0x016c: ldr x16, [x16]
;;   0x0170: mov x17, #0x60
;;   0x0174: movk x17, #0x0, lsl #16
;;   0x0178: add x16, x16, x17
;;   0x017c: cmp sp, x16
;;   0x0180: b.lo 0x1dc
;;   0x0184: mov x16, #0x60
;;   0x0188: movk x16, #0x0, lsl #16
;;   0x018c: sub sp, sp, x16
;;   0x0190: stur x28, [x29, #-0x8]
;;   0x0194: stur x19, [x29, #-0x10]
;;   0x0198: ldr w19, [x29, #0x10]
;;   0x019c: ldr x27, [x28, #0x18]
;;   0x01a0: ldr x27, [x27]
;;   0x01a4: mov x1, #0x0
;;   0x01a8: mov x2, #0x1
;;   0x01ac: mov w3, w19
;;   0x01b0: mov w4, #0x1
;;   0x01b4: mov w5, #0x3
;;   0x01b8: mov x0, x28
;;   0x01bc: ldr x16, [x28, #0x8]
;;   0x01c0: ldr x16, [x16, #0x18]
;;   0x01c4: blr x16
;;   0x01c8: cbnz w0, 0x1e0
;;   0x01cc: ldur x19, [x29, #-0x10]
;;   0x01d0: mov sp, x29
;;   0x01d4: ldp x29, x30, [sp], #0x18
;;   0x01d8: ret
;;   0x01dc: udf #0xa
;;   0x01e0: ldr x16, [x28]
;;   0x01e4: ldr x17, [x16, #0x8]
;;   0x01e8: mov sp, x17
;;   0x01ec: ldr x17, [x16, #0x10]
;;   0x01f0: br x17
;; function 3 (drop):
;;   0x0200: stp x29, x30, [sp, #-0x10]!
;;   0x0204: mov x29, sp
;;   0x0208: ldr x16, [x28]
;;   0x020c: ldr x16, [x16]
;;   0x0210: mov x17, #0x50
;;   0x0214: movk x17, #0x0, lsl #16
;;   0x0218: add x16, x16, x17
;;   0x021c: cmp sp, x16
;;   0x0220: b.lo 0x260
;;   0x0224: mov x16, #0x50
;;   0x0228: movk x16, #0x0, lsl #16
;;   0x022c: sub sp, sp, x16
;;   0x0230: stur x28, [x29, #-0x8]
;;   0x0234: ldr x27, [x28, #0x18]
;;   0x0238: ldr x27, [x27]
;;   0x023c: mov x1, #0x0
;;   0x0240: mov x0, x28
;;   0x0244: ldr x16, [x28, #0x8]
;;   0x0248: ldr x16, [x16, #0x20]
;;   0x024c: blr x16
;;   0x0250: mov w0, w0
;;   0x0254: mov sp, x29
;;   0x0258: ldp x29, x30, [sp], #0x10
;;   0x025c: ret
;;   0x0260: udf #0xa
;; function 4 (fill_neg_consts):
;;   0x0270: stp x29, x30, [sp, #-0x10]!
;;   0x0274: mov x29, sp
;;   0x0278: ldr x16, [x28]
;;   0x027c: ldr x16, [x16]
;;   0x0280: mov x17, #0x60
;;   0x0284: movk x17, #0x0, lsl #16
;;   0x0288: add x16, x16, x17
;;   0x028c: cmp sp, x16
;;   0x0290: b.lo 0x2dc
;;   0x0294: mov x16, #0x60
;;   0x0298: movk x16, #0x0, lsl #16
;;   0x029c: sub sp, sp, x16
;;   0x02a0: stur x28, [x29, #-0x8]
;;   0x02a4: ldr x27, [x28, #0x18]
;;   0x02a8: ldr x27, [x27]
;;   0x02ac: mov x1, #0x0
;;   0x02b0: mov w2, #0xfffffff0
;;   0x02b4: mov w3, #0xffffffff
;;   0x02b8: mov w4, #0xfffffffe
;;   0x02bc: mov x0, x28
;;   0x02c0: ldr x16, [x28, #0x8]
;;   0x02c4: ldr x16, [x16, #0x8]
;;   0x02c8: blr x16
;;   0x02cc: cbnz w0, 0x2e0
;;   0x02d0: mov sp, x29
;;   0x02d4: ldp x29, x30, [sp], #0x10
;;   0x02d8: ret
;;   0x02dc: udf #0xa
;;   0x02e0: ldr x16, [x28]
;;   0x02e4: ldr x17, [x16, #0x8]
;;   0x02e8: mov sp, x17
;;   0x02ec: ldr x17, [x16, #0x10]
;;   0x02f0: br x17
;; function 5 (fill_live):
;;   0x0300: stp x29, x30, [sp, #-0x10]!
;;   0x0304: mov x29, sp
;;   0x0308: ldr x16, [x28]
;;   0x030c: ldr x16, [x16]
;;   0x0310: mov x17, #0x70
;;   0x0314: movk x17, #0x0, lsl #16
;;   0x0318: add x16, x16, x17
;;   0x031c: cmp sp, x16
;;   0x0320: b.lo 0x384
;;   0x0324: mov x16, #0x70
;;   0x0328: movk x16, #0x0, lsl #16
;;   0x032c: sub sp, sp, x16
;;   0x0330: stur x28, [x29, #-0x8]
;;   0x0334: stur x19, [x29, #-0x10]
;;   0x0338: ldr w19, [x29, #0x10]
;;   0x033c: ldr x27, [x28, #0x18]
;;   0x0340: ldr x27, [x27]
;;   0x0344: add w0, w19, #0x1
;;   0x0348: stur w0, [x29, #-0x50]
;;   0x034c: mov x1, #0x0
;;   0x0350: mov w2, w19
;;   0x0354: mov w3, #0x0
;;   0x0358: mov w4, #0x10
;;   0x035c: mov x0, x28
;;   0x0360: ldr x16, [x28, #0x8]
;;   0x0364: ldr x16, [x16, #0x8]
;;   0x0368: blr x16
;;   0x036c: cbnz w0, 0x388
;;   0x0370: ldur w0, [x29, #-0x50]
;;   0x0374: ldur x19, [x29, #-0x10]
;;   0x0378: mov sp, x29
;;   0x037c: ldp x29, x30, [sp], #0x18
;;   0x0380: ret
;;   0x0384: udf #0xa
;;   0x0388: ldr x16, [x28]
;;   0x038c: ldr x17, [x16, #0x8]
;;   0x0390: mov sp, x17
;;   0x0394: ldr x17, [x16, #0x10]
;;   0x0398: br x17
