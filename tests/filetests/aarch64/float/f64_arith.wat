;;! target = "aarch64"

;; f64 add/sub/mul/div: register, frame-memory and constant operands.
(module
  (func (export "add") (param f64 f64) (result f64)
    (f64.add (local.get 0) (local.get 1)))
  (func (export "sub_regs") (param f64 f64) (result f64)
    (f64.sub (f64.mul (local.get 0) (local.get 0)) (f64.mul (local.get 1) (local.get 1))))
  (func (export "mul_const") (param f64) (result f64)
    (f64.mul (local.get 0) (f64.const -0.1)))
  (func (export "div_zero_const") (param f64) (result f64)
    (f64.div (local.get 0) (f64.const 0))))
;; function 0 (add):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x4c
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: ldr d0, [x29, #0x10]
;;   0x0038: ldr d30, [x29, #0x18]
;;   0x003c: fadd d0, d0, d30
;;   0x0040: mov sp, x29
;;   0x0044: ldp x29, x30, [sp], #0x20
;;   0x0048: ret
;;   0x004c: udf #0xa
;; function 1 (sub_regs):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x60
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0xac
;;   0x0074: mov x16, #0x60
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: ldr d0, [x29, #0x10]
;;   0x0088: ldr d30, [x29, #0x10]
;;   0x008c: fmul d0, d0, d30
;;   0x0090: ldr d1, [x29, #0x18]
;;   0x0094: ldr d30, [x29, #0x18]
;;   0x0098: fmul d1, d1, d30
;;   0x009c: fsub d0, d0, d1
;;   0x00a0: mov sp, x29
;;   0x00a4: ldp x29, x30, [sp], #0x20
;;   0x00a8: ret
;;   0x00ac: udf #0xa
;; function 2 (mul_const):
;;   0x00b0: stp x29, x30, [sp, #-0x10]!
;;   0x00b4: mov x29, sp
;;   0x00b8: ldr x16, [x28]
;;   0x00bc: ldr x16, [x16]
;;   0x00c0: mov x17, #0x60
;;   0x00c4: movk x17, #0x0, lsl #16
;;   0x00c8: add x16, x16, x17
;;   0x00cc: cmp sp, x16
;;   0x00d0: b.lo 0x110
;;   0x00d4: mov x16, #0x60
;;   0x00d8: movk x16, #0x0, lsl #16
;;   0x00dc: sub sp, sp, x16
;;   0x00e0: stur x28, [x29, #-0x8]
;;   0x00e4: mov x16, #0x999a
;;   0x00e8: movk x16, #0x9999, lsl #16
;;   0x00ec: movk x16, #0x9999, lsl #32
;;   0x00f0: movk x16, #0xbfb9, lsl #48
;;   0x00f4: fmov d0, x16
;;   0x00f8: ldr d1, [x29, #0x10]
;;   0x00fc: fmul d1, d1, d0
;;   0x0100: fmov d0, d1
;;   0x0104: mov sp, x29
;;   0x0108: ldp x29, x30, [sp], #0x18
;;   0x010c: ret
;;   0x0110: udf #0xa
;; function 3 (div_zero_const):
;;   0x0120: stp x29, x30, [sp, #-0x10]!
;;   0x0124: mov x29, sp
;;   0x0128: ldr x16, [x28]
;;   0x012c: ldr x16, [x16]
;;   0x0130: mov x17, #0x60
;;   0x0134: movk x17, #0x0, lsl #16
;;   0x0138: add x16, x16, x17
;;   0x013c: cmp sp, x16
;;   0x0140: b.lo 0x170
;;   0x0144: mov x16, #0x60
;;   0x0148: movk x16, #0x0, lsl #16
;;   0x014c: sub sp, sp, x16
;;   0x0150: stur x28, [x29, #-0x8]
;;   0x0154: fmov d0, xzr
;;   0x0158: ldr d1, [x29, #0x10]
;;   0x015c: fdiv d1, d1, d0
;;   0x0160: fmov d0, d1
;;   0x0164: mov sp, x29
;;   0x0168: ldp x29, x30, [sp], #0x18
;;   0x016c: ret
;;   0x0170: udf #0xa
