;; The module of x64/div/div_const.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "div_u_7") (param i32) (result i32) (i32.div_u (local.get 0) (i32.const 7)))
  (func (export "rem_s_neg1") (param i64) (result i64) (i64.rem_s (local.get 0) (i64.const -1)))
  (func (export "const_dividend") (param i32) (result i32) (i32.div_s (i32.const 100) (local.get 0))))
;; function 0 (div_u_7):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x60
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: mov w0, #0x7
;;   0x0040: mov w1, w19
;;   0x0044: cbz w0, 0x64
;;   0x0048: udiv w1, w1, w0
;;   0x004c: mov w0, w1
;;   0x0050: ldur x19, [x29, #-0x10]
;;   0x0054: mov sp, x29
;;   0x0058: ldp x29, x30, [sp], #0x18
;;   0x005c: ret
;;   0x0060: udf #0xa
;;   0x0064: udf #0x2
;; function 1 (rem_s_neg1):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x60
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xd4
;;   0x0094: mov x16, #0x60
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: stur x19, [x29, #-0x10]
;;   0x00a8: ldr x19, [x29, #0x10]
;;   0x00ac: mov x0, #0xffffffffffffffff
;;   0x00b0: mov x1, x19
;;   0x00b4: cbz x0, 0xd8
;;   0x00b8: sdiv x16, x1, x0
;;   0x00bc: msub x1, x16, x0, x1
;;   0x00c0: mov x0, x1
;;   0x00c4: ldur x19, [x29, #-0x10]
;;   0x00c8: mov sp, x29
;;   0x00cc: ldp x29, x30, [sp], #0x18
;;   0x00d0: ret
;;   0x00d4: udf #0xa
;;   0x00d8: udf #0x2
;; function 2 (const_dividend):
;;   0x00e0: stp x29, x30, [sp, #-0x10]!
;;   0x00e4: mov x29, sp
;;   0x00e8: ldr x16, [x28]
;;   0x00ec: ldr x16, [x16]
;;   0x00f0: mov x17, #0x60
;;   0x00f4: movk x17, #0x0, lsl #16
;;   0x00f8: add x16, x16, x17
;;   0x00fc: cmp sp, x16
;;   0x0100: b.lo 0x150
;;   0x0104: mov x16, #0x60
;;   0x0108: movk x16, #0x0, lsl #16
;;   0x010c: sub sp, sp, x16
;;   0x0110: stur x28, [x29, #-0x8]
;;   0x0114: stur x19, [x29, #-0x10]
;;   0x0118: ldr w19, [x29, #0x10]
;;   0x011c: mov w0, w19
;;   0x0120: mov w1, #0x64
;;   0x0124: cbz w0, 0x154
;;   0x0128: cmn w0, #0x1
;;   0x012c: b.ne 0x138
;;   0x0130: cmp w1, #0x1
;;   0x0134: b.vs 0x158
;;   0x0138: sdiv w1, w1, w0
;;   0x013c: mov w0, w1
;;   0x0140: ldur x19, [x29, #-0x10]
;;   0x0144: mov sp, x29
;;   0x0148: ldp x29, x30, [sp], #0x18
;;   0x014c: ret
;;   0x0150: udf #0xa
;;   0x0154: udf #0x2
;;   0x0158: udf #0x3
