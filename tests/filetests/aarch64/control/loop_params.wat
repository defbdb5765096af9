;; The module of x64/control/loop_params.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "halve") (param i32) (result i32)
    (local.get 0)
    (loop $l (param i32) (result i32)
      (i32.shr_u (i32.const 1))
      (local.tee 0)
      (br_if $l (i32.gt_u (local.get 0) (i32.const 10))))))
;; function 0 (halve):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x70
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: stur w19, [x29, #-0x50]
;;   0x0040: ldur w0, [x29, #-0x50]
;;   0x0044: lsr w0, w0, #0x1
;;   0x0048: mov w19, w0
;;   0x004c: cmp w19, #0xa
;;   0x0050: b.ls 0x5c
;;   0x0054: stur w19, [x29, #-0x50]
;;   0x0058: b 0x40
;;   0x005c: mov w0, w19
;;   0x0060: ldur x19, [x29, #-0x10]
;;   0x0064: mov sp, x29
;;   0x0068: ldp x29, x30, [sp], #0x18
;;   0x006c: ret
;;   0x0070: udf #0xa
