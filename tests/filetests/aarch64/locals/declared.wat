;; The module of x64/locals/declared.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "locals") (param i32) (result i64)
    (local i32 i64 i32)
    (local.set 1 (i32.add (local.get 0) (i32.const 1)))
    (local.set 2 (i64.const 0x1122334455667788))
    (local.set 3 (local.get 1))
    (i64.add (local.get 2) (i64.extend_i32_u (local.get 3)))))
;; function 0 (locals):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x70
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x94
;;   0x0024: mov x16, #0x70
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: stur x21, [x29, #-0x20]
;;   0x0040: stur x22, [x29, #-0x28]
;;   0x0044: ldr w19, [x29, #0x10]
;;   0x0048: mov w20, #0x0
;;   0x004c: mov x21, #0x0
;;   0x0050: mov w22, #0x0
;;   0x0054: add w0, w19, #0x1
;;   0x0058: mov w20, w0
;;   0x005c: mov x21, #0x7788
;;   0x0060: movk x21, #0x5566, lsl #16
;;   0x0064: movk x21, #0x3344, lsl #32
;;   0x0068: movk x21, #0x1122, lsl #48
;;   0x006c: mov w22, w20
;;   0x0070: mov w0, w22
;;   0x0074: add x0, x0, x21
;;   0x0078: ldur x19, [x29, #-0x10]
;;   0x007c: ldur x20, [x29, #-0x18]
;;   0x0080: ldur x21, [x29, #-0x20]
;;   0x0084: ldur x22, [x29, #-0x28]
;;   0x0088: mov sp, x29
;;   0x008c: ldp x29, x30, [sp], #0x18
;;   0x0090: ret
;;   0x0094: udf #0xa
