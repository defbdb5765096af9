;; The module of x64/cmp/cmp_imm.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "i32_lt_s_imm") (param i32) (result i32)
    (i32.lt_s (local.get 0) (i32.const 10)))
  (func (export "i32_ge_u_neg") (param i32) (result i32)
    (i32.ge_u (local.get 0) (i32.const -1)))
  (func (export "i64_eq_imm") (param i64) (result i32)
    (i64.eq (local.get 0) (i64.const -5)))
  (func (export "i64_gt_u_big") (param i64) (result i32)
    (i64.gt_u (local.get 0) (i64.const 0x100000000)))
  (func (export "eqz_of_cmp") (param i32 i32) (result i32)
    (i32.eqz (i32.ne (local.get 0) (local.get 1)))))
;; function 0 (i32_lt_s_imm):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x54
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: cmp w19, #0xa
;;   0x0040: cset w0, lt
;;   0x0044: ldur x19, [x29, #-0x10]
;;   0x0048: mov sp, x29
;;   0x004c: ldp x29, x30, [sp], #0x18
;;   0x0050: ret
;;   0x0054: udf #0xa
;; function 1 (i32_ge_u_neg):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x60
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xb4
;;   0x0084: mov x16, #0x60
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: ldr w19, [x29, #0x10]
;;   0x009c: cmn w19, #0x1
;;   0x00a0: cset w0, hs
;;   0x00a4: ldur x19, [x29, #-0x10]
;;   0x00a8: mov sp, x29
;;   0x00ac: ldp x29, x30, [sp], #0x18
;;   0x00b0: ret
;;   0x00b4: udf #0xa
;; function 2 (i64_eq_imm):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x60
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x114
;;   0x00e4: mov x16, #0x60
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: ldr x19, [x29, #0x10]
;;   0x00fc: cmn x19, #0x5
;;   0x0100: cset w0, eq
;;   0x0104: ldur x19, [x29, #-0x10]
;;   0x0108: mov sp, x29
;;   0x010c: ldp x29, x30, [sp], #0x18
;;   0x0110: ret
;;   0x0114: udf #0xa
;; function 3 (i64_gt_u_big):
;;   0x0120: stp x29, x30, [sp, #-0x10]!
;;   0x0124: mov x29, sp
;;   0x0128: ldr x16, [x28]
;;   0x012c: ldr x16, [x16]
;;   0x0130: mov x17, #0x60
;;   0x0134: movk x17, #0x0, lsl #16
;;   0x0138: add x16, x16, x17
;;   0x013c: cmp sp, x16
;;   0x0140: b.lo 0x17c
;;   0x0144: mov x16, #0x60
;;   0x0148: movk x16, #0x0, lsl #16
;;   0x014c: sub sp, sp, x16
;;   0x0150: stur x28, [x29, #-0x8]
;;   0x0154: stur x19, [x29, #-0x10]
;;   0x0158: ldr x19, [x29, #0x10]
;;   0x015c: mov x0, #0x100000000
;;   0x0160: cmp x19, x0
;;   0x0164: cset w1, hi
;;   0x0168: mov w0, w1
;;   0x016c: ldur x19, [x29, #-0x10]
;;   0x0170: mov sp, x29
;;   0x0174: ldp x29, x30, [sp], #0x18
;;   0x0178: ret
;;   0x017c: udf #0xa
;; function 4 (eqz_of_cmp):
;;   0x0180: stp x29, x30, [sp, #-0x10]!
;;   0x0184: mov x29, sp
;;   0x0188: ldr x16, [x28]
;;   0x018c: ldr x16, [x16]
;;   0x0190: mov x17, #0x60
;;   0x0194: movk x17, #0x0, lsl #16
;;   0x0198: add x16, x16, x17
;;   0x019c: cmp sp, x16
;;   0x01a0: b.lo 0x1e0
;;   0x01a4: mov x16, #0x60
;;   0x01a8: movk x16, #0x0, lsl #16
;;   0x01ac: sub sp, sp, x16
;;   0x01b0: stur x28, [x29, #-0x8]
;;   0x01b4: stur x19, [x29, #-0x10]
;;   0x01b8: stur x20, [x29, #-0x18]
;;   0x01bc: ldr w19, [x29, #0x10]
;;   0x01c0: ldr w20, [x29, #0x18]
;;   0x01c4: cmp w19, w20
;;   0x01c8: cset w0, eq
;;   0x01cc: ldur x19, [x29, #-0x10]
;;   0x01d0: ldur x20, [x29, #-0x18]
;;   0x01d4: mov sp, x29
;;   0x01d8: ldp x29, x30, [sp], #0x20
;;   0x01dc: ret
;;   0x01e0: udf #0xa
