;; The module of x64/div/i64_div.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "div_s") (param i64 i64) (result i64) (i64.div_s (local.get 0) (local.get 1)))
  (func (export "div_u") (param i64 i64) (result i64) (i64.div_u (local.get 0) (local.get 1)))
  (func (export "rem_s") (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1)))
  (func (export "rem_u") (param i64 i64) (result i64) (i64.rem_u (local.get 0) (local.get 1))))
;; function 0 (div_s):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x7c
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr x19, [x29, #0x10]
;;   0x0040: ldr x20, [x29, #0x18]
;;   0x0044: mov x0, x20
;;   0x0048: mov x1, x19
;;   0x004c: cbz x0, 0x80
;;   0x0050: cmn x0, #0x1
;;   0x0054: b.ne 0x60
;;   0x0058: cmp x1, #0x1
;;   0x005c: b.vs 0x84
;;   0x0060: sdiv x1, x1, x0
;;   0x0064: mov x0, x1
;;   0x0068: ldur x19, [x29, #-0x10]
;;   0x006c: ldur x20, [x29, #-0x18]
;;   0x0070: mov sp, x29
;;   0x0074: ldp x29, x30, [sp], #0x20
;;   0x0078: ret
;;   0x007c: udf #0xa
;;   0x0080: udf #0x2
;;   0x0084: udf #0x3
;; function 1 (div_u):
;;   0x0090: stp x29, x30, [sp, #-0x10]!
;;   0x0094: mov x29, sp
;;   0x0098: ldr x16, [x28]
;;   0x009c: ldr x16, [x16]
;;   0x00a0: mov x17, #0x60
;;   0x00a4: movk x17, #0x0, lsl #16
;;   0x00a8: add x16, x16, x17
;;   0x00ac: cmp sp, x16
;;   0x00b0: b.lo 0xfc
;;   0x00b4: mov x16, #0x60
;;   0x00b8: movk x16, #0x0, lsl #16
;;   0x00bc: sub sp, sp, x16
;;   0x00c0: stur x28, [x29, #-0x8]
;;   0x00c4: stur x19, [x29, #-0x10]
;;   0x00c8: stur x20, [x29, #-0x18]
;;   0x00cc: ldr x19, [x29, #0x10]
;;   0x00d0: ldr x20, [x29, #0x18]
;;   0x00d4: mov x0, x20
;;   0x00d8: mov x1, x19
;;   0x00dc: cbz x0, 0x100
;;   0x00e0: udiv x1, x1, x0
;;   0x00e4: mov x0, x1
;;   0x00e8: ldur x19, [x29, #-0x10]
;;   0x00ec: ldur x20, [x29, #-0x18]
;;   0x00f0: mov sp, x29
;;   0x00f4: ldp x29, x30, [sp], #0x20
;;   0x00f8: ret
;;   0x00fc: udf #0xa
;;   0x0100: udf #0x2
;; function 2 (rem_s):
;;   0x0110: stp x29, x30, [sp, #-0x10]!
;;   0x0114: mov x29, sp
;;   0x0118: ldr x16, [x28]
;;   0x011c: ldr x16, [x16]
;;   0x0120: mov x17, #0x60
;;   0x0124: movk x17, #0x0, lsl #16
;;   0x0128: add x16, x16, x17
;;   0x012c: cmp sp, x16
;;   0x0130: b.lo 0x180
;;   0x0134: mov x16, #0x60
;;   0x0138: movk x16, #0x0, lsl #16
;;   0x013c: sub sp, sp, x16
;;   0x0140: stur x28, [x29, #-0x8]
;;   0x0144: stur x19, [x29, #-0x10]
;;   0x0148: stur x20, [x29, #-0x18]
;;   0x014c: ldr x19, [x29, #0x10]
;;   0x0150: ldr x20, [x29, #0x18]
;;   0x0154: mov x0, x20
;;   0x0158: mov x1, x19
;;   0x015c: cbz x0, 0x184
;;   0x0160: sdiv x16, x1, x0
;;   0x0164: msub x1, x16, x0, x1
;;   0x0168: mov x0, x1
;;   0x016c: ldur x19, [x29, #-0x10]
;;   0x0170: ldur x20, [x29, #-0x18]
;;   0x0174: mov sp, x29
;;   0x0178: ldp x29, x30, [sp], #0x20
;;   0x017c: ret
;;   0x0180: udf #0xa
;;   0x0184: udf #0x2
;; function 3 (rem_u):
;;   0x0190: stp x29, x30, [sp, #-0x10]!
;;   0x0194: mov x29, sp
;;   0x0198: ldr x16, [x28]
;;   0x019c: ldr x16, [x16]
;;   0x01a0: mov x17, #0x60
;;   0x01a4: movk x17, #0x0, lsl #16
;;   0x01a8: add x16, x16, x17
;;   0x01ac: cmp sp, x16
;;   0x01b0: b.lo 0x200
;;   0x01b4: mov x16, #0x60
;;   0x01b8: movk x16, #0x0, lsl #16
;;   0x01bc: sub sp, sp, x16
;;   0x01c0: stur x28, [x29, #-0x8]
;;   0x01c4: stur x19, [x29, #-0x10]
;;   0x01c8: stur x20, [x29, #-0x18]
;;   0x01cc: ldr x19, [x29, #0x10]
;;   0x01d0: ldr x20, [x29, #0x18]
;;   0x01d4: mov x0, x20
;;   0x01d8: mov x1, x19
;;   0x01dc: cbz x0, 0x204
;;   0x01e0: udiv x16, x1, x0
;;   0x01e4: msub x1, x16, x0, x1
;;   0x01e8: mov x0, x1
;;   0x01ec: ldur x19, [x29, #-0x10]
;;   0x01f0: ldur x20, [x29, #-0x18]
;;   0x01f4: mov sp, x29
;;   0x01f8: ldp x29, x30, [sp], #0x20
;;   0x01fc: ret
;;   0x0200: udf #0xa
;;   0x0204: udf #0x2
