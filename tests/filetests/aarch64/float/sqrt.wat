;;! target = "aarch64"

;; sqrt is one fsqrt.
(module
  (func (export "f32_sqrt") (param f32) (result f32) (f32.sqrt (local.get 0)))
  (func (export "f64_sqrt") (param f64) (result f64) (f64.sqrt (local.get 0))))
;; function 0 (f32_sqrt):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x48
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: ldr s0, [x29, #0x10]
;;   0x0038: fsqrt s0, s0
;;   0x003c: mov sp, x29
;;   0x0040: ldp x29, x30, [sp], #0x18
;;   0x0044: ret
;;   0x0048: udf #0xa
;; function 1 (f64_sqrt):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x50
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0x98
;;   0x0074: mov x16, #0x50
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: ldr d0, [x29, #0x10]
;;   0x0088: fsqrt d0, d0
;;   0x008c: mov sp, x29
;;   0x0090: ldp x29, x30, [sp], #0x18
;;   0x0094: ret
;;   0x0098: udf #0xa
