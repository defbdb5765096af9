;; The module of x64/select/select_const.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "max0") (param i32) (result i32)
    (select (local.get 0) (i32.const 0) (i32.gt_s (local.get 0) (i32.const 0))))
  (func (export "const_cond") (param i64 i64) (result i64)
    (select (local.get 0) (local.get 1) (i32.const 1)))
  (func (export "big") (param i32) (result i64)
    (select (i64.const 0x100000000) (i64.const -1) (local.get 0))))
;; function 0 (max0):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x70
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x5c
;;   0x0024: mov x16, #0x70
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: mov w1, #0x0
;;   0x0040: cmp w19, #0x0
;;   0x0044: csel w1, w19, w1, gt
;;   0x0048: mov w0, w1
;;   0x004c: ldur x19, [x29, #-0x10]
;;   0x0050: mov sp, x29
;;   0x0054: ldp x29, x30, [sp], #0x18
;;   0x0058: ret
;;   0x005c: udf #0xa
;; function 1 (const_cond):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x60
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xc8
;;   0x0084: mov x16, #0x60
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: stur x20, [x29, #-0x18]
;;   0x009c: ldr x19, [x29, #0x10]
;;   0x00a0: ldr x20, [x29, #0x18]
;;   0x00a4: mov w0, #0x1
;;   0x00a8: cmp w0, #0x0
;;   0x00ac: csel x1, x19, x20, ne
;;   0x00b0: mov x0, x1
;;   0x00b4: ldur x19, [x29, #-0x10]
;;   0x00b8: ldur x20, [x29, #-0x18]
;;   0x00bc: mov sp, x29
;;   0x00c0: ldp x29, x30, [sp], #0x20
;;   0x00c4: ret
;;   0x00c8: udf #0xa
;; function 2 (big):
;;   0x00d0: stp x29, x30, [sp, #-0x10]!
;;   0x00d4: mov x29, sp
;;   0x00d8: ldr x16, [x28]
;;   0x00dc: ldr x16, [x16]
;;   0x00e0: mov x17, #0x60
;;   0x00e4: movk x17, #0x0, lsl #16
;;   0x00e8: add x16, x16, x17
;;   0x00ec: cmp sp, x16
;;   0x00f0: b.lo 0x130
;;   0x00f4: mov x16, #0x60
;;   0x00f8: movk x16, #0x0, lsl #16
;;   0x00fc: sub sp, sp, x16
;;   0x0100: stur x28, [x29, #-0x8]
;;   0x0104: stur x19, [x29, #-0x10]
;;   0x0108: ldr w19, [x29, #0x10]
;;   0x010c: mov x0, #0xffffffffffffffff
;;   0x0110: mov x1, #0x100000000
;;   0x0114: cmp w19, #0x0
;;   0x0118: csel x1, x1, x0, ne
;;   0x011c: mov x0, x1
;;   0x0120: ldur x19, [x29, #-0x10]
;;   0x0124: mov sp, x29
;;   0x0128: ldp x29, x30, [sp], #0x18
;;   0x012c: ret
;;   0x0130: udf #0xa
