;; The module of x64/locals/many_params.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "sum") (param i32 i64 i32 i64 i32 i64 i32 i64) (result i64)
    (i64.add
      (i64.add
        (i64.add (i64.extend_i32_u (local.get 0)) (local.get 1))
        (i64.add (i64.extend_i32_u (local.get 2)) (local.get 3)))
      (i64.add
        (i64.add (i64.extend_i32_u (local.get 4)) (local.get 5))
        (i64.add (i64.extend_i32_u (local.get 6)) (local.get 7))))))
;; function 0 (sum):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x70
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0xcc
;;   0x0024: mov x16, #0x70
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: stur x21, [x29, #-0x20]
;;   0x0040: stur x22, [x29, #-0x28]
;;   0x0044: stur x23, [x29, #-0x30]
;;   0x0048: stur x24, [x29, #-0x38]
;;   0x004c: stur x25, [x29, #-0x40]
;;   0x0050: stur x26, [x29, #-0x48]
;;   0x0054: ldr w19, [x29, #0x10]
;;   0x0058: ldr x20, [x29, #0x18]
;;   0x005c: ldr w21, [x29, #0x20]
;;   0x0060: ldr x22, [x29, #0x28]
;;   0x0064: ldr w23, [x29, #0x30]
;;   0x0068: ldr x24, [x29, #0x38]
;;   0x006c: ldr w25, [x29, #0x40]
;;   0x0070: ldr x26, [x29, #0x48]
;;   0x0074: mov w0, w19
;;   0x0078: add x0, x0, x20
;;   0x007c: mov w1, w21
;;   0x0080: add x1, x1, x22
;;   0x0084: add x0, x0, x1
;;   0x0088: mov w1, w23
;;   0x008c: add x1, x1, x24
;;   0x0090: mov w2, w25
;;   0x0094: add x2, x2, x26
;;   0x0098: add x1, x1, x2
;;   0x009c: add x0, x0, x1
;;   0x00a0: ldur x19, [x29, #-0x10]
;;   0x00a4: ldur x20, [x29, #-0x18]
;;   0x00a8: ldur x21, [x29, #-0x20]
;;   0x00ac: ldur x22, [x29, #-0x28]
;;   0x00b0: ldur x23, [x29, #-0x30]
;;   0x00b4: ldur x24, [x29, #-0x38]
;;   0x00b8: ldur x25, [x29, #-0x40]
;;   0x00bc: ldur x26, [x29, #-0x48]
;;   0x00c0: mov sp, x29
;;   0x00c4: ldp x29, x30, [sp], #0x50
;;   0x00c8: ret
;;   0x00cc: udf #0xa
