;; The module of x64/memory/offsets.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory 1)
  (func (export "big_offset") (param i32) (result i32)
    (i32.load offset=0xfffffff0 (local.get 0)))
  (func (export "const_addr") (result i64)
    (i64.load16_u (i32.const 100)))
  (func (export "store_const") (param i32)
    (i64.store offset=8 (local.get 0) (i64.const 0x100000000)))
  (func (export "store8") (param i32 i32)
    (i32.store8 (local.get 0) (local.get 1))))
;; function 0 (big_offset):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x7c
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: ldr x27, [x28, #0x18]
;;   0x0040: ldr x27, [x27]
;;   0x0044: ldr x16, [x28, #0x18]
;;   0x0048: mov x0, #0xfff4
;;   0x004c: movk x0, #0xffff, lsl #16
;;   0x0050: add x0, x0, w19, uxtw
;;   0x0054: ldr x17, [x16, #0x8]
;;   0x0058: cmp x0, x17
;;   0x005c: b.hi 0x80
;;   0x0060: add x0, x27, x0
;;   0x0064: csel x0, x0, xzr, ls
;;   0x0068: ldur w0, [x0, #-0x4]
;;   0x006c: ldur x19, [x29, #-0x10]
;;   0x0070: mov sp, x29
;;   0x0074: ldp x29, x30, [sp], #0x18
;;   0x0078: ret
;;   0x007c: udf #0xa
;;   0x0080: udf #0x5
;; function 1 (const_addr):
;;   0x0090: stp x29, x30, [sp, #-0x10]!
;;   0x0094: mov x29, sp
;;   0x0098: ldr x16, [x28]
;;   0x009c: ldr x16, [x16]
;;   0x00a0: mov x17, #0x50
;;   0x00a4: movk x17, #0x0, lsl #16
;;   0x00a8: add x16, x16, x17
;;   0x00ac: cmp sp, x16
;;   0x00b0: b.lo 0xf8
;;   0x00b4: mov x16, #0x50
;;   0x00b8: movk x16, #0x0, lsl #16
;;   0x00bc: sub sp, sp, x16
;;   0x00c0: stur x28, [x29, #-0x8]
;;   0x00c4: ldr x27, [x28, #0x18]
;;   0x00c8: ldr x27, [x27]
;;   0x00cc: ldr x16, [x28, #0x18]
;;   0x00d0: mov x0, #0x66
;;   0x00d4: ldr x17, [x16, #0x8]
;;   0x00d8: cmp x0, x17
;;   0x00dc: b.hi 0xfc
;;   0x00e0: add x0, x27, x0
;;   0x00e4: csel x0, x0, xzr, ls
;;   0x00e8: ldurh w0, [x0, #-0x2]
;;   0x00ec: mov sp, x29
;;   0x00f0: ldp x29, x30, [sp], #0x10
;;   0x00f4: ret
;;   0x00f8: udf #0xa
;;   0x00fc: udf #0x5
;; function 2 (store_const):
;;   0x0100: stp x29, x30, [sp, #-0x10]!
;;   0x0104: mov x29, sp
;;   0x0108: ldr x16, [x28]
;;   0x010c: ldr x16, [x16]
;;   0x0110: mov x17, #0x60
;;   0x0114: movk x17, #0x0, lsl #16
;;   0x0118: add x16, x16, x17
;;   0x011c: cmp sp, x16
;;   0x0120: b.lo 0x17c
;;   0x0124: mov x16, #0x60
;;   0x0128: movk x16, #0x0, lsl #16
;;   0x012c: sub sp, sp, x16
;;   0x0130: stur x28, [x29, #-0x8]
;;   0x0134: stur x19, [x29, #-0x10]
;;   0x0138: ldr w19, [x29, #0x10]
;;   0x013c: ldr x27, [x28, #0x18]
;;   0x0140: ldr x27, [x27]
;;   0x0144: mov x0, #0x100000000
;;   0x0148: ldr x16, [x28, #0x18]
;;   0x014c: mov x1, #0x10
;;   0x0150: add x1, x1, w19, uxtw
;;   0x0154: ldr x17, [x16, #0x8]
;;   0x0158: cmp x1, x17
;;   0x015c: b.hi 0x180
;;   0x0160: add x1, x27, x1
;;   0x0164: csel x1, x1, xzr, ls
;;   0x0168: stur x0, [x1, #-0x8]
;;   0x016c: ldur x19, [x29, #-0x10]
;;   0x0170: mov sp, x29
;;   0x0174: ldp x29, x30, [sp], #0x18
;;   0x0178: ret
;;   0x017c: udf #0xa
;;   0x0180: udf #0x5
;; function 3 (store8):
;;   0x0190: stp x29, x30, [sp, #-0x10]!
;;   0x0194: mov x29, sp
;;   0x0198: ldr x16, [x28]
;;   0x019c: ldr x16, [x16]
;;   0x01a0: mov x17, #0x60
;;   0x01a4: movk x17, #0x0, lsl #16
;;   0x01a8: add x16, x16, x17
;;   0x01ac: cmp sp, x16
;;   0x01b0: b.lo 0x214
;;   0x01b4: mov x16, #0x60
;;   0x01b8: movk x16, #0x0, lsl #16
;;   0x01bc: sub sp, sp, x16
;;   0x01c0: stur x28, [x29, #-0x8]
;;   0x01c4: stur x19, [x29, #-0x10]
;;   0x01c8: stur x20, [x29, #-0x18]
;;   0x01cc: ldr w19, [x29, #0x10]
;;   0x01d0: ldr w20, [x29, #0x18]
;;   0x01d4: ldr x27, [x28, #0x18]
;;   0x01d8: ldr x27, [x27]
;;   0x01dc: ldr x16, [x28, #0x18]
;;   0x01e0: mov x0, #0x1
;;   0x01e4: add x0, x0, w19, uxtw
;;   0x01e8: ldr x17, [x16, #0x8]
;;   0x01ec: cmp x0, x17
;;   0x01f0: b.hi 0x218
;;   0x01f4: add x0, x27, x0
;;   0x01f8: csel x0, x0, xzr, ls
;;   0x01fc: sturb w20, [x0, #-0x1]
;;   0x0200: ldur x19, [x29, #-0x10]
;;   0x0204: ldur x20, [x29, #-0x18]
;;   0x0208: mov sp, x29
;;   0x020c: ldp x29, x30, [sp], #0x20
;;   0x0210: ret
;;   0x0214: udf #0xa
;;   0x0218: udf #0x5
