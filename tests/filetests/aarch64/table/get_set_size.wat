;; The module of x64/table/get_set_size.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (table $f 4 funcref)
  (table $e 2 externref)
  (func (export "get") (param i32) (result funcref) (table.get $f (local.get 0)))
  (func (export "set") (param i32 externref) (table.set $e (local.get 0) (local.get 1)))
  (func (export "set_null") (param i32) (table.set $f (local.get 0) (ref.null func)))
  (func (export "copy_elem") (param i32 i32)
    (table.set $f (local.get 0) (table.get $f (local.get 1))))
  (func (export "size_f") (result i32) (table.size $f))
  (func (export "size_e") (result i32) (table.size $e)))
;; function 0 (get):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x70
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: mov w0, w19
;;   0x0040: ldr x16, [x28, #0x18]
;;   0x0044: ldr x17, [x16, #0x8]
;;   0x0048: ldr x16, [x16]
;;   0x004c: cmp x0, x17
;;   0x0050: add x0, x16, x0, lsl #3
;;   0x0054: b.hs 0x74
;;   0x0058: csel x0, x0, xzr, lo
;;   0x005c: ldr x0, [x0]
;;   0x0060: ldur x19, [x29, #-0x10]
;;   0x0064: mov sp, x29
;;   0x0068: ldp x29, x30, [sp], #0x18
;;   0x006c: ret
;;   0x0070: udf #0xa
;;   0x0074: udf #0x6
;; function 1 (set):
;;   0x0080: stp x29, x30, [sp, #-0x10]!
;;   0x0084: mov x29, sp
;;   0x0088: ldr x16, [x28]
;;   0x008c: ldr x16, [x16]
;;   0x0090: mov x17, #0x60
;;   0x0094: movk x17, #0x0, lsl #16
;;   0x0098: add x16, x16, x17
;;   0x009c: cmp sp, x16
;;   0x00a0: b.lo 0xf4
;;   0x00a4: mov x16, #0x60
;;   0x00a8: movk x16, #0x0, lsl #16
;;   0x00ac: sub sp, sp, x16
;;   0x00b0: stur x28, [x29, #-0x8]
;;   0x00b4: stur x19, [x29, #-0x10]
;;   0x00b8: ldr w19, [x29, #0x10]
;;   0x00bc: ldr x0, [x29, #0x18]
;;   0x00c0: mov w1, w19
;;   0x00c4: ldr x16, [x28, #0x20]
;;   0x00c8: ldr x17, [x16, #0x8]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: cmp x1, x17
;;   0x00d4: add x1, x16, x1, lsl #3
;;   0x00d8: b.hs 0xf8
;;   0x00dc: csel x1, x1, xzr, lo
;;   0x00e0: str x0, [x1]
;;   0x00e4: ldur x19, [x29, #-0x10]
;;   0x00e8: mov sp, x29
;;   0x00ec: ldp x29, x30, [sp], #0x20
;;   0x00f0: ret
;;   0x00f4: udf #0xa
;;   0x00f8: udf #0x6
;; function 2 (set_null):
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
;;   0x013c: mov x0, #0x0
;;   0x0140: mov w1, w19
;;   0x0144: ldr x16, [x28, #0x18]
;;   0x0148: ldr x17, [x16, #0x8]
;;   0x014c: ldr x16, [x16]
;;   0x0150: cmp x1, x17
;;   0x0154: add x1, x16, x1, lsl #3
;;   0x0158: b.hs 0x178
;;   0x015c: csel x1, x1, xzr, lo
;;   0x0160: str x0, [x1]
;;   0x0164: ldur x19, [x29, #-0x10]
;;   0x0168: mov sp, x29
;;   0x016c: ldp x29, x30, [sp], #0x18
;;   0x0170: ret
;;   0x0174: udf #0xa
;;   0x0178: udf #0x6
;; function 3 (copy_elem):
;;   0x0180: stp x29, x30, [sp, #-0x10]!
;;   0x0184: mov x29, sp
;;   0x0188: ldr x16, [x28]
;;   0x018c: ldr x16, [x16]
;;   0x0190: mov x17, #0x60
;;   0x0194: movk x17, #0x0, lsl #16
;;   0x0198: add x16, x16, x17
;;   0x019c: cmp sp, x16
;;   0x01a0: b.lo 0x220
;;   0x01a4: mov x16, #0x60
;;   0x01a8: movk x16, #0x0, lsl #16
;;   0x01ac: sub sp, sp, x16
;;   0x01b0: stur x28, [x29, #-0x8]
;;   0x01b4: stur x19, [x29, #-0x10]
;;   0x01b8: stur x20, [x29, #-0x18]
;;   0x01bc: ldr w19, [x29, #0x10]
;;   0x01c0: ldr w20, [x29, #0x18]
;;   0x01c4: mov w0, w20
;;   0x01c8: ldr x16, [x28, #0x18]
;;   0x01cc: ldr x17, [x16, #0x8]
;;   0x01d0: ldr x16, [x16]
;;   0x01d4: cmp x0, x17
;;   0x01d8: add x0, x16, x0, lsl #3
;;   0x01dc: b.hs 0x224
;;   0x01e0: csel x0, x0, xzr, lo
;;   0x01e4: ldr x0, [x0]
;;   0x01e8: mov w1, w19
;;   0x01ec: ldr x16, [x28, #0x18]
;;   0x01f0: ldr x17, [x16, #0x8]
;;   0x01f4: ldr x16, [x16]
;;   0x01f8: cmp x1, x17
;;   0x01fc: add x1, x16, x1, lsl #3
;;   0x0200: b.hs 0x224
;;   0x0204: csel x1, x1, xzr, lo
;;   0x0208: str x0, [x1]
;;   0x020c: ldur x19, [x29, #-0x10]
;;   0x0210: ldur x20, [x29, #-0x18]
;;   0x0214: mov sp, x29
;;   0x0218: ldp x29, x30, [sp], #0x20
;;   0x021c: ret
;;   0x0220: udf #0xa
;;   0x0224: udf #0x6
;; function 4 (size_f):
;;   0x0230: stp x29, x30, [sp, #-0x10]!
;;   0x0234: mov x29, sp
;;   0x0238: ldr x16, [x28]
;;   0x023c: ldr x16, [x16]
;;   0x0240: mov x17, #0x50
;;   0x0244: movk x17, #0x0, lsl #16
;;   0x0248: add x16, x16, x17
;;   0x024c: cmp sp, x16
;;   0x0250: b.lo 0x278
;;   0x0254: mov x16, #0x50
;;   0x0258: movk x16, #0x0, lsl #16
;;   0x025c: sub sp, sp, x16
;;   0x0260: stur x28, [x29, #-0x8]
;;   0x0264: ldr x16, [x28, #0x18]
;;   0x0268: ldr w0, [x16, #0x8]
;;   0x026c: mov sp, x29
;;   0x0270: ldp x29, x30, [sp], #0x10
;;   0x0274: ret
;;   0x0278: udf #0xa
;; function 5 (size_e):
;;   0x0280: stp x29, x30, [sp, #-0x10]!
;;   0x0284: mov x29, sp
;;   0x0288: ldr x16, [x28]
;;   0x028c: ldr x16, [x16]
;;   0x0290: mov x17, #0x50
;;   0x0294: movk x17, #0x0, lsl #16
;;   0x0298: add x16, x16, x17
;;   0x029c: cmp sp, x16
;;   0x02a0: b.lo 0x2c8
;;   0x02a4: mov x16, #0x50
;;   0x02a8: movk x16, #0x0, lsl #16
;;   0x02ac: sub sp, sp, x16
;;   0x02b0: stur x28, [x29, #-0x8]
;;   0x02b4: ldr x16, [x28, #0x20]
;;   0x02b8: ldr w0, [x16, #0x8]
;;   0x02bc: mov sp, x29
;;   0x02c0: ldp x29, x30, [sp], #0x10
;;   0x02c4: ret
;;   0x02c8: udf #0xa
