;; The module of x64/arith/i64_const_forms.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "pos_2_31") (result i64) (i64.const 0x80000000))
  (func (export "neg_2_31") (result i64) (i64.const -0x80000000))
  (func (export "max_i32") (result i64) (i64.const 0x7fffffff))
  (func (export "high_bit") (result i64) (i64.const 0x8000000000000000))
  (func (export "store_local") (result i64)
    (local i64 i64 i32)
    (local.set 0 (i64.const 0x80000000))
    (local.set 1 (i64.const -0x80000000))
    (local.set 2 (i32.const 0x80000000))
    (i64.add (local.get 0) (local.get 1))))
;; function 0 (pos_2_31):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x44
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: mov x0, #0x80000000
;;   0x0038: mov sp, x29
;;   0x003c: ldp x29, x30, [sp], #0x10
;;   0x0040: ret
;;   0x0044: udf #0xa
;; function 1 (neg_2_31):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x50
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0x94
;;   0x0074: mov x16, #0x50
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: mov x0, #0xffffffff80000000
;;   0x0088: mov sp, x29
;;   0x008c: ldp x29, x30, [sp], #0x10
;;   0x0090: ret
;;   0x0094: udf #0xa
;; function 2 (max_i32):
;;   0x00a0: stp x29, x30, [sp, #-0x10]!
;;   0x00a4: mov x29, sp
;;   0x00a8: ldr x16, [x28]
;;   0x00ac: ldr x16, [x16]
;;   0x00b0: mov x17, #0x50
;;   0x00b4: movk x17, #0x0, lsl #16
;;   0x00b8: add x16, x16, x17
;;   0x00bc: cmp sp, x16
;;   0x00c0: b.lo 0xe4
;;   0x00c4: mov x16, #0x50
;;   0x00c8: movk x16, #0x0, lsl #16
;;   0x00cc: sub sp, sp, x16
;;   0x00d0: stur x28, [x29, #-0x8]
;;   0x00d4: mov x0, #0x7fffffff
;;   0x00d8: mov sp, x29
;;   0x00dc: ldp x29, x30, [sp], #0x10
;;   0x00e0: ret
;;   0x00e4: udf #0xa
;; function 3 (high_bit):
;;   0x00f0: stp x29, x30, [sp, #-0x10]!
;;   0x00f4: mov x29, sp
;;   0x00f8: ldr x16, [x28]
;;   0x00fc: ldr x16, [x16]
;;   0x0100: mov x17, #0x50
;;   0x0104: movk x17, #0x0, lsl #16
;;   0x0108: add x16, x16, x17
;;   0x010c: cmp sp, x16
;;   0x0110: b.lo 0x134
;;   0x0114: mov x16, #0x50
;;   0x0118: movk x16, #0x0, lsl #16
;;   0x011c: sub sp, sp, x16
;;   0x0120: stur x28, [x29, #-0x8]
;;   0x0124: mov x0, #0x8000000000000000
;;   0x0128: mov sp, x29
;;   0x012c: ldp x29, x30, [sp], #0x10
;;   0x0130: ret
;;   0x0134: udf #0xa
;; function 4 (store_local):
;;   0x0140: stp x29, x30, [sp, #-0x10]!
;;   0x0144: mov x29, sp
;;   0x0148: ldr x16, [x28]
;;   0x014c: ldr x16, [x16]
;;   0x0150: mov x17, #0x70
;;   0x0154: movk x17, #0x0, lsl #16
;;   0x0158: add x16, x16, x17
;;   0x015c: cmp sp, x16
;;   0x0160: b.lo 0x1b4
;;   0x0164: mov x16, #0x70
;;   0x0168: movk x16, #0x0, lsl #16
;;   0x016c: sub sp, sp, x16
;;   0x0170: stur x28, [x29, #-0x8]
;;   0x0174: stur x19, [x29, #-0x10]
;;   0x0178: stur x20, [x29, #-0x18]
;;   0x017c: stur x21, [x29, #-0x20]
;;   0x0180: mov x19, #0x0
;;   0x0184: mov x20, #0x0
;;   0x0188: mov w21, #0x0
;;   0x018c: mov x19, #0x80000000
;;   0x0190: mov x20, #0xffffffff80000000
;;   0x0194: mov w21, #0x80000000
;;   0x0198: add x0, x19, x20
;;   0x019c: ldur x19, [x29, #-0x10]
;;   0x01a0: ldur x20, [x29, #-0x18]
;;   0x01a4: ldur x21, [x29, #-0x20]
;;   0x01a8: mov sp, x29
;;   0x01ac: ldp x29, x30, [sp], #0x10
;;   0x01b0: ret
;;   0x01b4: udf #0xa
