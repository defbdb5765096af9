;; The module of x64/control/nested.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "fact") (param i64) (result i64)
    (local i64)
    (local.set 1 (i64.const 1))
    (block $done
      (loop $l
        (br_if $done (i64.le_u (local.get 0) (i64.const 1)))
        (local.set 1 (i64.mul (local.get 1) (local.get 0)))
        (local.set 0 (i64.sub (local.get 0) (i64.const 1)))
        (br $l)))
    (local.get 1)))
;; function 0 (fact):
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
;;   0x0040: mov x20, #0x0
;;   0x0044: mov x20, #0x1
;;   0x0048: cmp x19, #0x1
;;   0x004c: b.ls 0x64
;;   0x0050: mul x0, x20, x19
;;   0x0054: mov x20, x0
;;   0x0058: sub x0, x19, #0x1
;;   0x005c: mov x19, x0
;;   0x0060: b 0x48
;;   0x0064: mov x0, x20
;;   0x0068: ldur x19, [x29, #-0x10]
;;   0x006c: ldur x20, [x29, #-0x18]
;;   0x0070: mov sp, x29
;;   0x0074: ldp x29, x30, [sp], #0x18
;;   0x0078: ret
;;   0x007c: udf #0xa
