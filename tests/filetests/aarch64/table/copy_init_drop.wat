;; The module of x64/table/copy_init_drop.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (table $a 4 funcref)
  (table $b 4 funcref)
  (func $f)
  (elem $seg func $f $f)
  (elem $seg2 func $f)
  (func (export "copy") (param i32 i32 i32)
    (table.copy $a $b (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_same") (param i32)
    (table.copy $b $b (local.get 0) (i32.const 0) (i32.const 1)))
  (func (export "init") (param i32 i32 i32)
    (table.init $b $seg2 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "drop") (elem.drop $seg)))
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
;; function 1 (copy):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x60
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0xf4
;;   0x0074: mov x16, #0x60
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: stur x19, [x29, #-0x10]
;;   0x0088: stur x20, [x29, #-0x18]
;;   0x008c: stur x21, [x29, #-0x20]
;;   0x0090: ldr w19, [x29, #0x10]
;;   0x0094: ldr w20, [x29, #0x18]
;;   0x0098: ldr w21, [x29, #0x20]
;;   0x009c: mov x1, #0x0
;;   0x00a0: mov x2, #0x1
;;   0x00a4: mov w3, w19
;;   0x00a8: mov w4, w20
;;   0x00ac: mov w5, w21
;;   0x00b0: mov x0, x28
;;   0x00b4: mov x17, sp
;;   0x00b8: sub x16, x17, #0x10
;;   0x00bc: and sp, x16, #0xfffffffffffffff0
;;   0x00c0: str x17, [sp]
;;   0x00c4: ldr x16, [x28, #0x8]
;;   0x00c8: ldr x16, [x16, #0x38]
;;   0x00cc: blr x16
;;   0x00d0: ldr x16, [sp]
;;   0x00d4: mov sp, x16
;;   0x00d8: cbnz w0, 0xf8
;;   0x00dc: ldur x19, [x29, #-0x10]
;;   0x00e0: ldur x20, [x29, #-0x18]
;;   0x00e4: ldur x21, [x29, #-0x20]
;;   0x00e8: mov sp, x29
;;   0x00ec: ldp x29, x30, [sp], #0x28
;;   0x00f0: ret
;;   0x00f4: udf #0xa
;;   0x00f8: ldr x16, [x28]
;;   0x00fc: ldr x17, [x16, #0x8]
;;   0x0100: mov sp, x17
;;   0x0104: ldr x17, [x16, #0x10]
;;   0x0108: br x17
;; function 2 (copy_same):
;;   0x0110: stp x29, x30, [sp, #-0x10]!
;;   0x0114: mov x29, sp
;;   0x0118: ldr x16, [x28]
;;   0x011c: ldr x16, [x16]
;;   0x0120: mov x17, #0x60
;;   0x0124: movk x17, #0x0, lsl #16
;;   0x0128: add x16, x16, x17
;;   0x012c: cmp sp, x16
;;   0x0130: b.lo 0x19c
;;   0x0134: mov x16, #0x60
;;   0x0138: movk x16, #0x0, lsl #16
;;   0x013c: sub sp, sp, x16
;;   0x0140: stur x28, [x29, #-0x8]
;;   0x0144: stur x19, [x29, #-0x10]
;;   0x0148: ldr w19, [x29, #0x10]
;;   0x014c: mov x1, #0x1
;;   0x0150: mov x2, #0x1
;;   0x0154: mov w3, w19
;;   0x0158: mov w4, #0x0
;;   0x015c: mov w5, #0x1
;;   0x0160: mov x0, x28
;;   0x0164: mov x17, sp
;;   0x0168: sub x16, x17, #0x10
;;   0x016c: and sp, x16, #0xfffffffffffffff0
;;   0x0170: str x17, [sp]
;;   0x0174: ldr x16, [x28, #0x8]
;;   0x0178: ldr x16, [x16, #0x38]
;;   0x017c: blr x16
;;   0x0180: ldr x16, [sp]
;;   0x0184: mov sp, x16
;;   0x0188: cbnz w0, 0x1a0
;;   0x018c: ldur x19, [x29, #-0x10]
;;   0x0190: mov sp, x29
;;   0x0194: ldp x29, x30, [sp], #0x18
;;   0x0198: ret
;;   0x019c: udf #0xa
;;   0x01a0: ldr x16, [x28]
;;   0x01a4: ldr x17, [x16, #0x8]
;;   0x01a8: mov sp, x17
;;   0x01ac: ldr x17, [x16, #0x10]
;;   0x01b0: br x17
;; function 3 (init):
;;   0x01c0: stp x29, x30, [sp, #-0x10]!
;;   0x01c4: mov x29, sp
;;   0x01c8: ldr x16, [x28]
;;   0x01cc: ldr x16, [x16]
;;   0x01d0: mov x17, #0x60
;;   0x01d4: movk x17, #0x0, lsl #16
;;   0x01d8: add x16, x16, x17
;;   0x01dc: cmp sp, x16
;;   0x01e0: b.lo 0x264
;;   0x01e4: mov x16, #0x60
;;   0x01e8: movk x16, #0x0, lsl #16
;;   0x01ec: sub sp, sp, x16
;;   0x01f0: stur x28, [x29, #-0x8]
;;   0x01f4: stur x19, [x29, #-0x10]
;;   0x01f8: stur x20, [x29, #-0x18]
;;   0x01fc: stur x21, [x29, #-0x20]
;;   0x0200: ldr w19, [x29, #0x10]
;;   0x0204: ldr w20, [x29, #0x18]
;;   0x0208: ldr w21, [x29, #0x20]
;;   0x020c: mov x1, #0x1
;;   0x0210: mov x2, #0x1
;;   0x0214: mov w3, w19
;;   0x0218: mov w4, w20
;;   0x021c: mov w5, w21
;;   0x0220: mov x0, x28
;;   0x0224: mov x17, sp
;;   0x0228: sub x16, x17, #0x10
;;   0x022c: and sp, x16, #0xfffffffffffffff0
;;   0x0230: str x17, [sp]
;;   0x0234: ldr x16, [x28, #0x8]
;;   0x0238: ldr x16, [x16, #0x40]
;;   0x023c: blr x16
;;   0x0240: ldr x16, [sp]
;;   0x0244: mov sp, x16
;;   0x0248: cbnz w0, 0x268
;;   0x024c: ldur x19, [x29, #-0x10]
;;   0x0250: ldur x20, [x29, #-0x18]
;;   0x0254: ldur x21, [x29, #-0x20]
;;   0x0258: mov sp, x29
;;   0x025c: ldp x29, x30, [sp], #0x28
;;   0x0260: ret
;;   0x0264: udf #0xa
;;   0x0268: ldr x16, [x28]
;;   0x026c: ldr x17, [x16, #0x8]
;;   0x0270: mov sp, x17
;;   0x0274: ldr x17, [x16, #0x10]
;;   0x0278: br x17
;; function 4 (drop):
;;   0x0280: stp x29, x30, [sp, #-0x10]!
;;   0x0284: mov x29, sp
;;   0x0288: ldr x16, [x28]
;;   0x028c: ldr x16, [x16]
;;   0x0290: mov x17, #0x50
;;   0x0294: movk x17, #0x0, lsl #16
;;   0x0298: add x16, x16, x17
;;   0x029c: cmp sp, x16
;;   0x02a0: b.lo 0x2f0
;;   0x02a4: mov x16, #0x50
;;   0x02a8: movk x16, #0x0, lsl #16
;;   0x02ac: sub sp, sp, x16
;;   0x02b0: stur x28, [x29, #-0x8]
;;   0x02b4: mov x1, #0x0
;;   0x02b8: mov x0, x28
;;   0x02bc: mov x17, sp
;;   0x02c0: sub x16, x17, #0x10
;;   0x02c4: and sp, x16, #0xfffffffffffffff0
;;   0x02c8: str x17, [sp]
;;   0x02cc: ldr x16, [x28, #0x8]
;;   0x02d0: ldr x16, [x16, #0x48]
;;   0x02d4: blr x16
;;   0x02d8: ldr x16, [sp]
;;   0x02dc: mov sp, x16
;;   0x02e0: mov w0, w0
;;   0x02e4: mov sp, x29
;;   0x02e8: ldp x29, x30, [sp], #0x10
;;   0x02ec: ret
;;   0x02f0: udf #0xa
