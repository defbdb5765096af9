;; The module of x64/table/grow_fill.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (table $t 1 10 funcref)
  (table $x 0 externref)
  (func $f)
  (elem declare func $f)
  (func (export "grow") (param i32) (result i32) (table.grow $t (ref.null func) (local.get 0)))
  (func (export "grow_func") (result i32) (table.grow $t (ref.func $f) (i32.const 2)))
  (func (export "grow_extern") (param externref i32) (result i32)
    (table.grow $x (local.get 0) (local.get 1)))
  (func (export "fill") (param i32 i32) (table.fill $t (local.get 0) (ref.func $f) (local.get 1)))
  (func (export "fill_extern") (param i32 externref i32)
    (table.fill $x (local.get 0) (local.get 1) (local.get 2))))
;; function 0 (f):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x40
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: mov sp, x29
;;   0x0038: ldp x29, x30, [sp], #0x10
;;   0x003c: ret
;;   0x0040: udf #0xa
;; function 1 (grow):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x60
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0xbc
;;   0x0074: mov x16, #0x60
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: stur x19, [x29, #-0x10]
;;   0x0088: ldr w19, [x29, #0x10]
;;   0x008c: mov x1, #0x0
;;   0x0090: mov x2, #0x0
;;   0x0094: mov w3, w19
;;   0x0098: mov x0, x28
;;   0x009c: ldr x16, [x28, #0x8]
;;   0x00a0: ldr x16, [x16, #0x28]
;;   0x00a4: blr x16
;;   0x00a8: mov w0, w0
;;   0x00ac: ldur x19, [x29, #-0x10]
;;   0x00b0: mov sp, x29
;;   0x00b4: ldp x29, x30, [sp], #0x18
;;   0x00b8: ret
;;   0x00bc: udf #0xa
;; function 2 (grow_func):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x60
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x128
;;   0x00e4: mov x16, #0x60
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: add x0, x28, #0x40
;;   0x00f8: stur x0, [x29, #-0x50]
;;   0x00fc: mov x1, #0x0
;;   0x0100: ldur x2, [x29, #-0x50]
;;   0x0104: mov w3, #0x2
;;   0x0108: mov x0, x28
;;   0x010c: ldr x16, [x28, #0x8]
;;   0x0110: ldr x16, [x16, #0x28]
;;   0x0114: blr x16
;;   0x0118: mov w0, w0
;;   0x011c: mov sp, x29
;;   0x0120: ldp x29, x30, [sp], #0x10
;;   0x0124: ret
;;   0x0128: udf #0xa
;; function 3 (grow_extern):
;;   0x0130: stp x29, x30, [sp, #-0x10]!
;;   0x0134: mov x29, sp
;;   0x0138: ldr x16, [x28]
;;   0x013c: ldr x16, [x16]
;;   0x0140: mov x17, #0x60
;;   0x0144: movk x17, #0x0, lsl #16
;;   0x0148: add x16, x16, x17
;;   0x014c: cmp sp, x16
;;   0x0150: b.lo 0x1a8
;;   0x0154: mov x16, #0x60
;;   0x0158: movk x16, #0x0, lsl #16
;;   0x015c: sub sp, sp, x16
;;   0x0160: stur x28, [x29, #-0x8]
;;   0x0164: stur x19, [x29, #-0x10]
;;   0x0168: stur x20, [x29, #-0x18]
;;   0x016c: ldr x19, [x29, #0x10]
;;   0x0170: ldr w20, [x29, #0x18]
;;   0x0174: mov x1, #0x1
;;   0x0178: mov x2, x19
;;   0x017c: mov w3, w20
;;   0x0180: mov x0, x28
;;   0x0184: ldr x16, [x28, #0x8]
;;   0x0188: ldr x16, [x16, #0x28]
;;   0x018c: blr x16
;;   0x0190: mov w0, w0
;;   0x0194: ldur x19, [x29, #-0x10]
;;   0x0198: ldur x20, [x29, #-0x18]
;;   0x019c: mov sp, x29
;;   0x01a0: ldp x29, x30, [sp], #0x20
;;   0x01a4: ret
;;   0x01a8: udf #0xa
;; function 4 (fill):
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
;;   0x01f0: ldr w20, [x29, #0x18]
;;   0x01f4: add x0, x28, #0x40
;;   0x01f8: stur x0, [x29, #-0x58]
;;   0x01fc: mov x1, #0x0
;;   0x0200: mov w2, w19
;;   0x0204: ldur x3, [x29, #-0x58]
;;   0x0208: mov w4, w20
;;   0x020c: mov x0, x28
;;   0x0210: ldr x16, [x28, #0x8]
;;   0x0214: ldr x16, [x16, #0x30]
;;   0x0218: blr x16
;;   0x021c: cbnz w0, 0x238
;;   0x0220: ldur x19, [x29, #-0x10]
;;   0x0224: ldur x20, [x29, #-0x18]
;;   0x0228: mov sp, x29
;;   0x022c: ldp x29, x30, [sp], #0x20
;;   0x0230: ret
;;   0x0234: udf #0xa
;;   0x0238: ldr x16, [x28]
;;   0x023c: ldr x17, [x16, #0x8]
;;   0x0240: mov sp, x17
;;   0x0244: ldr x17, [x16, #0x10]
;;   0x0248: br x17
;; function 5 (fill_extern):
;;   0x0250: stp x29, x30, [sp, #-0x10]!
;;   0x0254: mov x29, sp
;;   0x0258: ldr x16, [x28]
;;   0x025c: ldr x16, [x16]
;;   0x0260: mov x17, #0x60
;;   0x0264: movk x17, #0x0, lsl #16
;;   0x0268: add x16, x16, x17
;;   0x026c: cmp sp, x16
;;   0x0270: b.lo 0x2d8
;;   0x0274: mov x16, #0x60
;;   0x0278: movk x16, #0x0, lsl #16
;;   0x027c: sub sp, sp, x16
;;   0x0280: stur x28, [x29, #-0x8]
;;   0x0284: stur x19, [x29, #-0x10]
;;   0x0288: stur x20, [x29, #-0x18]
;;   0x028c: stur x21, [x29, #-0x20]
;;   0x0290: ldr w19, [x29, #0x10]
;;   0x0294: ldr x20, [x29, #0x18]
;;   0x0298: ldr w21, [x29, #0x20]
;;   0x029c: mov x1, #0x1
;;   0x02a0: mov w2, w19
;;   0x02a4: mov x3, x20
;;   0x02a8: mov w4, w21
;;   0x02ac: mov x0, x28
;;   0x02b0: ldr x16, [x28, #0x8]
;;   0x02b4: ldr x16, [x16, #0x30]
;;   0x02b8: blr x16
;;   0x02bc: cbnz w0, 0x2dc
;;   0x02c0: ldur x19, [x29, #-0x10]
;;   0x02c4: ldur x20, [x29, #-0x18]
;;   0x02c8: ldur x21, [x29, #-0x20]
;;   0x02cc: mov sp, x29
;;   0x02d0: ldp x29, x30, [sp], #0x28
;;   0x02d4: ret
;;   0x02d8: udf #0xa
;;   0x02dc: ldr x16, [x28]
;;   0x02e0: ldr x17, [x16, #0x8]
;;   0x02e4: mov sp, x17
;;   0x02e8: ldr x17, [x16, #0x10]
;;   0x02ec: br x17
