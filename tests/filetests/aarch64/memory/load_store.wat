;; The module of x64/memory/load_store.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory 1)
  (func (export "load") (param i32) (result i32)
    (i32.load (local.get 0)))
  (func (export "load_offset") (param i32) (result i64)
    (i64.load offset=16 (local.get 0)))
  (func (export "store") (param i32 i32)
    (i32.store (local.get 0) (local.get 1)))
  (func (export "load8_s") (param i32) (result i32)
    (i32.load8_s offset=3 (local.get 0))))
;; function 0 (load):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x78
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: ldr x27, [x28, #0x18]
;;   0x0040: ldr x27, [x27]
;;   0x0044: ldr x16, [x28, #0x18]
;;   0x0048: mov x0, #0x4
;;   0x004c: add x0, x0, w19, uxtw
;;   0x0050: ldr x17, [x16, #0x8]
;;   0x0054: cmp x0, x17
;;   0x0058: b.hi 0x7c
;;   0x005c: add x0, x27, x0
;;   0x0060: csel x0, x0, xzr, ls
;;   0x0064: ldur w0, [x0, #-0x4]
;;   0x0068: ldur x19, [x29, #-0x10]
;;   0x006c: mov sp, x29
;;   0x0070: ldp x29, x30, [sp], #0x18
;;   0x0074: ret
;;   0x0078: udf #0xa
;;   0x007c: udf #0x5
;; function 1 (load_offset):
;;   0x0080: stp x29, x30, [sp, #-0x10]!
;;   0x0084: mov x29, sp
;;   0x0088: ldr x16, [x28]
;;   0x008c: ldr x16, [x16]
;;   0x0090: mov x17, #0x50
;;   0x0094: movk x17, #0x0, lsl #16
;;   0x0098: add x16, x16, x17
;;   0x009c: cmp sp, x16
;;   0x00a0: b.lo 0xf8
;;   0x00a4: mov x16, #0x50
;;   0x00a8: movk x16, #0x0, lsl #16
;;   0x00ac: sub sp, sp, x16
;;   0x00b0: stur x28, [x29, #-0x8]
;;   0x00b4: stur x19, [x29, #-0x10]
;;   0x00b8: ldr w19, [x29, #0x10]
;;   0x00bc: ldr x27, [x28, #0x18]
;;   0x00c0: ldr x27, [x27]
;;   0x00c4: ldr x16, [x28, #0x18]
;;   0x00c8: mov x0, #0x18
;;   0x00cc: add x0, x0, w19, uxtw
;;   0x00d0: ldr x17, [x16, #0x8]
;;   0x00d4: cmp x0, x17
;;   0x00d8: b.hi 0xfc
;;   0x00dc: add x0, x27, x0
;;   0x00e0: csel x0, x0, xzr, ls
;;   0x00e4: ldur x0, [x0, #-0x8]
;;   0x00e8: ldur x19, [x29, #-0x10]
;;   0x00ec: mov sp, x29
;;   0x00f0: ldp x29, x30, [sp], #0x18
;;   0x00f4: ret
;;   0x00f8: udf #0xa
;;   0x00fc: udf #0x5
;; function 2 (store):
;;   0x0100: stp x29, x30, [sp, #-0x10]!
;;   0x0104: mov x29, sp
;;   0x0108: ldr x16, [x28]
;;   0x010c: ldr x16, [x16]
;;   0x0110: mov x17, #0x60
;;   0x0114: movk x17, #0x0, lsl #16
;;   0x0118: add x16, x16, x17
;;   0x011c: cmp sp, x16
;;   0x0120: b.lo 0x184
;;   0x0124: mov x16, #0x60
;;   0x0128: movk x16, #0x0, lsl #16
;;   0x012c: sub sp, sp, x16
;;   0x0130: stur x28, [x29, #-0x8]
;;   0x0134: stur x19, [x29, #-0x10]
;;   0x0138: stur x20, [x29, #-0x18]
;;   0x013c: ldr w19, [x29, #0x10]
;;   0x0140: ldr w20, [x29, #0x18]
;;   0x0144: ldr x27, [x28, #0x18]
;;   0x0148: ldr x27, [x27]
;;   0x014c: ldr x16, [x28, #0x18]
;;   0x0150: mov x0, #0x4
;;   0x0154: add x0, x0, w19, uxtw
;;   0x0158: ldr x17, [x16, #0x8]
;;   0x015c: cmp x0, x17
;;   0x0160: b.hi 0x188
;;   0x0164: add x0, x27, x0
;;   0x0168: csel x0, x0, xzr, ls
;;   0x016c: stur w20, [x0, #-0x4]
;;   0x0170: ldur x19, [x29, #-0x10]
;;   0x0174: ldur x20, [x29, #-0x18]
;;   0x0178: mov sp, x29
;;   0x017c: ldp x29, x30, [sp], #0x20
;;   0x0180: ret
;;   0x0184: udf #0xa
;;   0x0188: udf #0x5
;; function 3 (load8_s):
;;   0x0190: stp x29, x30, [sp, #-0x10]!
;;   0x0194: mov x29, sp
;;   0x0198: ldr x16, [x28]
;;   0x019c: ldr x16, [x16]
;;   0x01a0: mov x17, #0x50
;;   0x01a4: movk x17, #0x0, lsl #16
;;   0x01a8: add x16, x16, x17
;;   0x01ac: cmp sp, x16
;;   0x01b0: b.lo 0x208
;;   0x01b4: mov x16, #0x50
;;   0x01b8: movk x16, #0x0, lsl #16
;;   0x01bc: sub sp, sp, x16
;;   0x01c0: stur x28, [x29, #-0x8]
;;   0x01c4: stur x19, [x29, #-0x10]
;;   0x01c8: ldr w19, [x29, #0x10]
;;   0x01cc: ldr x27, [x28, #0x18]
;;   0x01d0: ldr x27, [x27]
;;   0x01d4: ldr x16, [x28, #0x18]
;;   0x01d8: mov x0, #0x4
;;   0x01dc: add x0, x0, w19, uxtw
;;   0x01e0: ldr x17, [x16, #0x8]
;;   0x01e4: cmp x0, x17
;;   0x01e8: b.hi 0x20c
;;   0x01ec: add x0, x27, x0
;;   0x01f0: csel x0, x0, xzr, ls
;;   0x01f4: ldursb w0, [x0, #-0x1]
;;   0x01f8: ldur x19, [x29, #-0x10]
;;   0x01fc: mov sp, x29
;;   0x0200: ldp x29, x30, [sp], #0x18
;;   0x0204: ret
;;   0x0208: udf #0xa
;;   0x020c: udf #0x5
