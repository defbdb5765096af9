;; The module of x64/control/loop.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "sum_to") (param i32) (result i32)
    (local i32)
    (loop $l
      (local.set 1 (i32.add (local.get 1) (local.get 0)))
      (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
      (br_if $l (local.get 0)))
    (local.get 1)))
;; function 0 (sum_to):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x74
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: mov w20, #0x0
;;   0x0044: add w0, w20, w19
;;   0x0048: mov w20, w0
;;   0x004c: sub w0, w19, #0x1
;;   0x0050: mov w19, w0
;;   0x0054: cmp w19, #0x0
;;   0x0058: b.ne 0x44
;;   0x005c: mov w0, w20
;;   0x0060: ldur x19, [x29, #-0x10]
;;   0x0064: ldur x20, [x29, #-0x18]
;;   0x0068: mov sp, x29
;;   0x006c: ldp x29, x30, [sp], #0x18
;;   0x0070: ret
;;   0x0074: udf #0xa
