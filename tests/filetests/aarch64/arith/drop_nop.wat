;; The module of x64/arith/drop_nop.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "drop_nop") (param i32 i64) (result i32)
    nop
    (drop (i64.add (local.get 1) (local.get 1)))
    (drop (local.get 0))
    (drop (i32.const 5))
    nop
    (local.get 0)))
;; function 0 (drop_nop):
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
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr x20, [x29, #0x18]
;;   0x0044: add x0, x20, x20
;;   0x0048: mov w0, w19
;;   0x004c: ldur x19, [x29, #-0x10]
;;   0x0050: ldur x20, [x29, #-0x18]
;;   0x0054: mov sp, x29
;;   0x0058: ldp x29, x30, [sp], #0x20
;;   0x005c: ret
;;   0x0060: udf #0xa
