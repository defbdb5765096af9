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
;;   0x0070: b.lo 0xc0
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
;;   0x00a8: cbnz w0, 0xc4
;;   0x00ac: mov x0, x1
;;   0x00b0: ldur x19, [x29, #-0x10]
;;   0x00b4: mov sp, x29
;;   0x00b8: ldp x29, x30, [sp], #0x18
;;   0x00bc: ret
;;   0x00c0: udf #0xa
;;   0x00c4: ldr x16, [x28]
;;   0x00c8: ldr x17, [x16, #0x8]
;;   0x00cc: mov sp, x17
;;   0x00d0: ldr x17, [x16, #0x10]
;;   0x00d4: br x17
;; function 2 (grow_func):
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
;;   0x0114: add x0, x28, #0x40
;;   0x0118: stur x0, [x29, #-0x50]
;;   0x011c: mov x1, #0x0
;;   0x0120: ldur x2, [x29, #-0x50]
;;   0x0124: mov w3, #0x2
;;   0x0128: mov x0, x28
;;   0x012c: ldr x16, [x28, #0x8]
;;   0x0130: ldr x16, [x16, #0x28]
;;   0x0134: blr x16
;;   0x0138: cbnz w0, 0x150
;;   0x013c: mov x0, x1
;;   0x0140: mov sp, x29
;;   0x0144: ldp x29, x30, [sp], #0x10
;;   0x0148: ret
;;   0x014c: udf #0xa
;;   0x0150: ldr x16, [x28]
;;   0x0154: ldr x17, [x16, #0x8]
;;   0x0158: mov sp, x17
;;   0x015c: ldr x17, [x16, #0x10]
;;   0x0160: br x17
;; function 3 (grow_extern):
;;   0x0170: stp x29, x30, [sp, #-0x10]!
;;   0x0174: mov x29, sp
;;   0x0178: ldr x16, [x28]
;;   0x017c: ldr x16, [x16]
;;   0x0180: mov x17, #0x60
;;   0x0184: movk x17, #0x0, lsl #16
;;   0x0188: add x16, x16, x17
;;   0x018c: cmp sp, x16
;;   0x0190: b.lo 0x1e0
;;   0x0194: mov x16, #0x60
;;   0x0198: movk x16, #0x0, lsl #16
;;   0x019c: sub sp, sp, x16
;;   0x01a0: stur x28, [x29, #-0x8]
;;   0x01a4: stur x19, [x29, #-0x10]
;;   0x01a8: ldr w19, [x29, #0x18]
;;   0x01ac: mov x1, #0x1
;;   0x01b0: ldr x2, [x29, #0x10]
;;   0x01b4: mov w3, w19
;;   0x01b8: mov x0, x28
;;   0x01bc: ldr x16, [x28, #0x8]
;;   0x01c0: ldr x16, [x16, #0x28]
;;   0x01c4: blr x16
;;   0x01c8: cbnz w0, 0x1e4
;;   0x01cc: mov x0, x1
;;   0x01d0: ldur x19, [x29, #-0x10]
;;   0x01d4: mov sp, x29
;;   0x01d8: ldp x29, x30, [sp], #0x20
;;   0x01dc: ret
;;   0x01e0: udf #0xa
;;   0x01e4: ldr x16, [x28]
;;   0x01e8: ldr x17, [x16, #0x8]
;;   0x01ec: mov sp, x17
;;   0x01f0: ldr x17, [x16, #0x10]
;;   0x01f4: br x17
;; function 4 (fill):
;;   0x0200: stp x29, x30, [sp, #-0x10]!
;;   0x0204: mov x29, sp
;;   0x0208: ldr x16, [x28]
;;   0x020c: ldr x16, [x16]
;;   0x0210: mov x17, #0x60
;;   0x0214: movk x17, #0x0, lsl #16
;;   0x0218: add x16, x16, x17
;;   0x021c: cmp sp, x16
;;   0x0220: b.lo 0x284
;;   0x0224: mov x16, #0x60
;;   0x0228: movk x16, #0x0, lsl #16
;;   0x022c: sub sp, sp, x16
;;   0x0230: stur x28, [x29, #-0x8]
;;   0x0234: stur x19, [x29, #-0x10]
;;   0x0238: stur x20, [x29, #-0x18]
;;   0x023c: ldr w19, [x29, #0x10]
;;   0x0240: ldr w20, [x29, #0x18]
;;   0x0244: add x0, x28, #0x40
;;   0x0248: stur x0, [x29, #-0x58]
;;   0x024c: mov x1, #0x0
;;   0x0250: mov w2, w19
;;   0x0254: ldur x3, [x29, #-0x58]
;;   0x0258: mov w4, w20
;;   0x025c: mov x0, x28
;;   0x0260: ldr x16, [x28, #0x8]
;;   0x0264: ldr x16, [x16, #0x30]
;;   0x0268: blr x16
;;   0x026c: cbnz w0, 0x288
;;   0x0270: ldur x19, [x29, #-0x10]
;;   0x0274: ldur x20, [x29, #-0x18]
;;   0x0278: mov sp, x29
;;   0x027c: ldp x29, x30, [sp], #0x20
;;   0x0280: ret
;;   0x0284: udf #0xa
;;   0x0288: ldr x16, [x28]
;;   0x028c: ldr x17, [x16, #0x8]
;;   0x0290: mov sp, x17
;;   0x0294: ldr x17, [x16, #0x10]
;;   0x0298: br x17
;; function 5 (fill_extern):
;;   0x02a0: stp x29, x30, [sp, #-0x10]!
;;   0x02a4: mov x29, sp
;;   0x02a8: ldr x16, [x28]
;;   0x02ac: ldr x16, [x16]
;;   0x02b0: mov x17, #0x60
;;   0x02b4: movk x17, #0x0, lsl #16
;;   0x02b8: add x16, x16, x17
;;   0x02bc: cmp sp, x16
;;   0x02c0: b.lo 0x31c
;;   0x02c4: mov x16, #0x60
;;   0x02c8: movk x16, #0x0, lsl #16
;;   0x02cc: sub sp, sp, x16
;;   0x02d0: stur x28, [x29, #-0x8]
;;   0x02d4: stur x19, [x29, #-0x10]
;;   0x02d8: stur x20, [x29, #-0x18]
;;   0x02dc: ldr w19, [x29, #0x10]
;;   0x02e0: ldr w20, [x29, #0x20]
;;   0x02e4: mov x1, #0x1
;;   0x02e8: mov w2, w19
;;   0x02ec: ldr x3, [x29, #0x18]
;;   0x02f0: mov w4, w20
;;   0x02f4: mov x0, x28
;;   0x02f8: ldr x16, [x28, #0x8]
;;   0x02fc: ldr x16, [x16, #0x30]
;;   0x0300: blr x16
;;   0x0304: cbnz w0, 0x320
;;   0x0308: ldur x19, [x29, #-0x10]
;;   0x030c: ldur x20, [x29, #-0x18]
;;   0x0310: mov sp, x29
;;   0x0314: ldp x29, x30, [sp], #0x28
;;   0x0318: ret
;;   0x031c: udf #0xa
;;   0x0320: ldr x16, [x28]
;;   0x0324: ldr x17, [x16, #0x8]
;;   0x0328: mov sp, x17
;;   0x032c: ldr x17, [x16, #0x10]
;;   0x0330: br x17
