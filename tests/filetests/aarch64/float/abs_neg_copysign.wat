;;! target = "aarch64"

;; abs/neg are fabs/fneg, which only touch the sign bit (NaN payloads pass
;; unchanged); copysign shifts the right operand's sign bit down (ushr) and
;; back up into the left operand (sli), a pure bit operation too.
(module
  (func (export "f32_abs") (param f32) (result f32) (f32.abs (local.get 0)))
  (func (export "f32_neg") (param f32) (result f32) (f32.neg (local.get 0)))
  (func (export "f32_copysign") (param f32 f32) (result f32)
    (f32.copysign (local.get 0) (local.get 1)))
  (func (export "f64_abs") (param f64) (result f64) (f64.abs (local.get 0)))
  (func (export "f64_neg") (param f64) (result f64) (f64.neg (local.get 0)))
  (func (export "f64_copysign") (param f64 f64) (result f64)
    (f64.copysign (local.get 0) (local.get 1))))
;; function 0 (f32_abs):
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
;;   0x0038: fabs s0, s0
;;   0x003c: mov sp, x29
;;   0x0040: ldp x29, x30, [sp], #0x18
;;   0x0044: ret
;;   0x0048: udf #0xa
;; function 1 (f32_neg):
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
;;   0x0084: ldr s0, [x29, #0x10]
;;   0x0088: fneg s0, s0
;;   0x008c: mov sp, x29
;;   0x0090: ldp x29, x30, [sp], #0x18
;;   0x0094: ret
;;   0x0098: udf #0xa
;; function 2 (f32_copysign):
;;   0x00a0: stp x29, x30, [sp, #-0x10]!
;;   0x00a4: mov x29, sp
;;   0x00a8: ldr x16, [x28]
;;   0x00ac: ldr x16, [x16]
;;   0x00b0: mov x17, #0x60
;;   0x00b4: movk x17, #0x0, lsl #16
;;   0x00b8: add x16, x16, x17
;;   0x00bc: cmp sp, x16
;;   0x00c0: b.lo 0xf0
;;   0x00c4: mov x16, #0x60
;;   0x00c8: movk x16, #0x0, lsl #16
;;   0x00cc: sub sp, sp, x16
;;   0x00d0: stur x28, [x29, #-0x8]
;;   0x00d4: ldr s0, [x29, #0x10]
;;   0x00d8: ldr s30, [x29, #0x18]
;;   0x00dc: ushr v31.2s, v30.2s, #0x1f
;;   0x00e0: sli v0.2s, v31.2s, #0x1f
;;   0x00e4: mov sp, x29
;;   0x00e8: ldp x29, x30, [sp], #0x20
;;   0x00ec: ret
;;   0x00f0: udf #0xa
;; function 3 (f64_abs):
;;   0x0100: stp x29, x30, [sp, #-0x10]!
;;   0x0104: mov x29, sp
;;   0x0108: ldr x16, [x28]
;;   0x010c: ldr x16, [x16]
;;   0x0110: mov x17, #0x50
;;   0x0114: movk x17, #0x0, lsl #16
;;   0x0118: add x16, x16, x17
;;   0x011c: cmp sp, x16
;;   0x0120: b.lo 0x148
;;   0x0124: mov x16, #0x50
;;   0x0128: movk x16, #0x0, lsl #16
;;   0x012c: sub sp, sp, x16
;;   0x0130: stur x28, [x29, #-0x8]
;;   0x0134: ldr d0, [x29, #0x10]
;;   0x0138: fabs d0, d0
;;   0x013c: mov sp, x29
;;   0x0140: ldp x29, x30, [sp], #0x18
;;   0x0144: ret
;;   0x0148: udf #0xa
;; function 4 (f64_neg):
;;   0x0150: stp x29, x30, [sp, #-0x10]!
;;   0x0154: mov x29, sp
;;   0x0158: ldr x16, [x28]
;;   0x015c: ldr x16, [x16]
;;   0x0160: mov x17, #0x50
;;   0x0164: movk x17, #0x0, lsl #16
;;   0x0168: add x16, x16, x17
;;   0x016c: cmp sp, x16
;;   0x0170: b.lo 0x198
;;   0x0174: mov x16, #0x50
;;   0x0178: movk x16, #0x0, lsl #16
;;   0x017c: sub sp, sp, x16
;;   0x0180: stur x28, [x29, #-0x8]
;;   0x0184: ldr d0, [x29, #0x10]
;;   0x0188: fneg d0, d0
;;   0x018c: mov sp, x29
;;   0x0190: ldp x29, x30, [sp], #0x18
;;   0x0194: ret
;;   0x0198: udf #0xa
;; function 5 (f64_copysign):
;;   0x01a0: stp x29, x30, [sp, #-0x10]!
;;   0x01a4: mov x29, sp
;;   0x01a8: ldr x16, [x28]
;;   0x01ac: ldr x16, [x16]
;;   0x01b0: mov x17, #0x60
;;   0x01b4: movk x17, #0x0, lsl #16
;;   0x01b8: add x16, x16, x17
;;   0x01bc: cmp sp, x16
;;   0x01c0: b.lo 0x1f0
;;   0x01c4: mov x16, #0x60
;;   0x01c8: movk x16, #0x0, lsl #16
;;   0x01cc: sub sp, sp, x16
;;   0x01d0: stur x28, [x29, #-0x8]
;;   0x01d4: ldr d0, [x29, #0x10]
;;   0x01d8: ldr d30, [x29, #0x18]
;;   0x01dc: ushr d31, d30, #0x3f
;;   0x01e0: sli d0, d31, #0x3f
;;   0x01e4: mov sp, x29
;;   0x01e8: ldp x29, x30, [sp], #0x20
;;   0x01ec: ret
;;   0x01f0: udf #0xa
