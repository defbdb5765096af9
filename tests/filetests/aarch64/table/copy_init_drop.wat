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
;;   0x0070: b.lo 0xdc
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
;;   0x00b4: ldr x16, [x28, #0x8]
;;   0x00b8: ldr x16, [x16, #0x38]
;;   0x00bc: blr x16
;;   0x00c0: cbnz w0, 0xe0
;;   0x00c4: ldur x19, [x29, #-0x10]
;;   0x00c8: ldur x20, [x29, #-0x18]
;;   0x00cc: ldur x21, [x29, #-0x20]
;;   0x00d0: mov sp, x29
;;   0x00d4: ldp x29, x30, [sp], #0x28
;;   0x00d8: ret
;;   0x00dc: udf #0xa
;;   0x00e0: ldr x16, [x28]
;;   0x00e4: ldr x17, [x16, #0x8]
;;   0x00e8: mov sp, x17
;;   0x00ec: ldr x17, [x16, #0x10]
;;   0x00f0: br x17
;; function 2 (copy_same):
;;   0x0100: stp x29, x30, [sp, #-0x10]!
;;   0x0104: mov x29, sp
;;   0x0108: ldr x16, [x28]
;;   0x010c: ldr x16, [x16]
;;   0x0110: mov x17, #0x60
;;   0x0114: movk x17, #0x0, lsl #16
;;   0x0118: add x16, x16, x17
;;   0x011c: cmp sp, x16
;;   0x0120: b.lo 0x174
;;   0x0124: mov x16, #0x60
;;   0x0128: movk x16, #0x0, lsl #16
;;   0x012c: sub sp, sp, x16
;;   0x0130: stur x28, [x29, #-0x8]
;;   0x0134: stur x19, [x29, #-0x10]
;;   0x0138: ldr w19, [x29, #0x10]
;;   0x013c: mov x1, #0x1
;;   0x0140: mov x2, #0x1
;;   0x0144: mov w3, w19
;;   0x0148: mov w4, #0x0
;;   0x014c: mov w5, #0x1
;;   0x0150: mov x0, x28
;;   0x0154: ldr x16, [x28, #0x8]
;;   0x0158: ldr x16, [x16, #0x38]
;;   0x015c: blr x16
;;   0x0160: cbnz w0, 0x178
;;   0x0164: ldur x19, [x29, #-0x10]
;;   0x0168: mov sp, x29
;;   0x016c: ldp x29, x30, [sp], #0x18
;;   0x0170: ret
;;   0x0174: udf #0xa
;;   0x0178: ldr x16, [x28]
;;   0x017c: ldr x17, [x16, #0x8]
;;   0x0180: mov sp, x17
;;   0x0184: ldr x17, [x16, #0x10]
;;   0x0188: br x17
;; function 3 (init):
;;   0x0190: stp x29, x30, [sp, #-0x10]!
;;   0x0194: mov x29, sp
;;   0x0198: ldr x16, [x28]
;;   0x019c: ldr x16, [x16]
;;   0x01a0: mov x17, #0x60
;;   0x01a4: movk x17, #0x0, lsl #16
;;   0x01a8: add x16, x16, x17
;;   0x01ac: cmp sp, x16
;;   0x01b0: b.lo 0x21c
;;   0x01b4: mov x16, #0x60
;;   0x01b8: movk x16, #0x0, lsl #16
;;   0x01bc: sub sp, sp, x16
;;   0x01c0: stur x28, [x29, #-0x8]
;;   0x01c4: stur x19, [x29, #-0x10]
;;   0x01c8: stur x20, [x29, #-0x18]
;;   0x01cc: stur x21, [x29, #-0x20]
;;   0x01d0: ldr w19, [x29, #0x10]
;;   0x01d4: ldr w20, [x29, #0x18]
;;   0x01d8: ldr w21, [x29, #0x20]
;;   0x01dc: mov x1, #0x1
;;   0x01e0: mov x2, #0x1
;;   0x01e4: mov w3, w19
;;   0x01e8: mov w4, w20
;;   0x01ec: mov w5, w21
;;   0x01f0: mov x0, x28
;;   0x01f4: ldr x16, [x28, #0x8]
;;   0x01f8: ldr x16, [x16, #0x40]
;;   0x01fc: blr x16
;;   0x0200: cbnz w0, 0x220
;;   0x0204: ldur x19, [x29, #-0x10]
;;   0x0208: ldur x20, [x29, #-0x18]
;;   0x020c: ldur x21, [x29, #-0x20]
;;   0x0210: mov sp, x29
;;   0x0214: ldp x29, x30, [sp], #0x28
;;   0x0218: ret
;;   0x021c: udf #0xa
;;   0x0220: ldr x16, [x28]
;;   0x0224: ldr x17, [x16, #0x8]
;;   0x0228: mov sp, x17
;;   0x022c: ldr x17, [x16, #0x10]
;;   0x0230: br x17
;; function 4 (drop):
;;   0x0240: stp x29, x30, [sp, #-0x10]!
;;   0x0244: mov x29, sp
;;   0x0248: ldr x16, [x28]
;;   0x024c: ldr x16, [x16]
;;   0x0250: mov x17, #0x50
;;   0x0254: movk x17, #0x0, lsl #16
;;   0x0258: add x16, x16, x17
;;   0x025c: cmp sp, x16
;;   0x0260: b.lo 0x298
;;   0x0264: mov x16, #0x50
;;   0x0268: movk x16, #0x0, lsl #16
;;   0x026c: sub sp, sp, x16
;;   0x0270: stur x28, [x29, #-0x8]
;;   0x0274: mov x1, #0x0
;;   0x0278: mov x0, x28
;;   0x027c: ldr x16, [x28, #0x8]
;;   0x0280: ldr x16, [x16, #0x48]
;;   0x0284: blr x16
;;   0x0288: mov w0, w0
;;   0x028c: mov sp, x29
;;   0x0290: ldp x29, x30, [sp], #0x10
;;   0x0294: ret
;;   0x0298: udf #0xa
