;;! target = "aarch64"

;; Float constants: +0 from xzr, fmov immediates where they fit (1.0),
;; everything else through x16.
(module
  (func (export "f32_zero") (result f32) (f32.const 0))
  (func (export "f32_neg_zero") (result f32) (f32.const -0))
  (func (export "f32_one") (result f32) (f32.const 1))
  (func (export "f32_nan") (result f32) (f32.const nan:0x200000))
  (func (export "f64_zero") (result f64) (f64.const 0))
  (func (export "f64_neg_zero") (result f64) (f64.const -0))
  (func (export "f64_pi") (result f64) (f64.const 3.141592653589793))
  (func (export "f64_neg_inf") (result f64) (f64.const -inf))
  (func (export "f64_small") (result f64) (f64.const 0x1p-1074)))
;; function 0 (f32_zero):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x44
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: fmov s0, wzr
;;   0x0038: mov sp, x29
;;   0x003c: ldp x29, x30, [sp], #0x10
;;   0x0040: ret
;;   0x0044: udf #0xa
;; function 1 (f32_neg_zero):
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
;;   0x0084: mov w16, #0x80000000
;;   0x0088: fmov s0, w16
;;   0x008c: mov sp, x29
;;   0x0090: ldp x29, x30, [sp], #0x10
;;   0x0094: ret
;;   0x0098: udf #0xa
;; function 2 (f32_one):
;;   0x00a0: stp x29, x30, [sp, #-0x10]!
;;   0x00a4: mov x29, sp
;;   0x00a8: ldr x16, [x28]
;;   0x00ac: ldr x16, [x16]
;;   0x00b0: mov x17, #0x50
;;   0x00b4: movk x17, #0x0, lsl #16
;;   0x00b8: add x16, x16, x17
;;   0x00bc: cmp sp, x16
;;   0x00c0: b.lo 0xe4
;;   0x00c4: mov x16, #0x50
;;   0x00c8: movk x16, #0x0, lsl #16
;;   0x00cc: sub sp, sp, x16
;;   0x00d0: stur x28, [x29, #-0x8]
;;   0x00d4: fmov s0, #1.0
;;   0x00d8: mov sp, x29
;;   0x00dc: ldp x29, x30, [sp], #0x10
;;   0x00e0: ret
;;   0x00e4: udf #0xa
;; function 3 (f32_nan):
;;   0x00f0: stp x29, x30, [sp, #-0x10]!
;;   0x00f4: mov x29, sp
;;   0x00f8: ldr x16, [x28]
;;   0x00fc: ldr x16, [x16]
;;   0x0100: mov x17, #0x50
;;   0x0104: movk x17, #0x0, lsl #16
;;   0x0108: add x16, x16, x17
;;   0x010c: cmp sp, x16
;;   0x0110: b.lo 0x138
;;   0x0114: mov x16, #0x50
;;   0x0118: movk x16, #0x0, lsl #16
;;   0x011c: sub sp, sp, x16
;;   0x0120: stur x28, [x29, #-0x8]
;;   0x0124: mov w16, #0x7fa00000
;;   0x0128: fmov s0, w16
;;   0x012c: mov sp, x29
;;   0x0130: ldp x29, x30, [sp], #0x10
;;   0x0134: ret
;;   0x0138: udf #0xa
;; function 4 (f64_zero):
;;   0x0140: stp x29, x30, [sp, #-0x10]!
;;   0x0144: mov x29, sp
;;   0x0148: ldr x16, [x28]
;;   0x014c: ldr x16, [x16]
;;   0x0150: mov x17, #0x50
;;   0x0154: movk x17, #0x0, lsl #16
;;   0x0158: add x16, x16, x17
;;   0x015c: cmp sp, x16
;;   0x0160: b.lo 0x184
;;   0x0164: mov x16, #0x50
;;   0x0168: movk x16, #0x0, lsl #16
;;   0x016c: sub sp, sp, x16
;;   0x0170: stur x28, [x29, #-0x8]
;;   0x0174: fmov d0, xzr
;;   0x0178: mov sp, x29
;;   0x017c: ldp x29, x30, [sp], #0x10
;;   0x0180: ret
;;   0x0184: udf #0xa
;; function 5 (f64_neg_zero):
;;   0x0190: stp x29, x30, [sp, #-0x10]!
;;   0x0194: mov x29, sp
;;   0x0198: ldr x16, [x28]
;;   0x019c: ldr x16, [x16]
;;   0x01a0: mov x17, #0x50
;;   0x01a4: movk x17, #0x0, lsl #16
;;   0x01a8: add x16, x16, x17
;;   0x01ac: cmp sp, x16
;;   0x01b0: b.lo 0x1d8
;;   0x01b4: mov x16, #0x50
;;   0x01b8: movk x16, #0x0, lsl #16
;;   0x01bc: sub sp, sp, x16
;;   0x01c0: stur x28, [x29, #-0x8]
;;   0x01c4: mov x16, #0x8000000000000000
;;   0x01c8: fmov d0, x16
;;   0x01cc: mov sp, x29
;;   0x01d0: ldp x29, x30, [sp], #0x10
;;   0x01d4: ret
;;   0x01d8: udf #0xa
;; function 6 (f64_pi):
;;   0x01e0: stp x29, x30, [sp, #-0x10]!
;;   0x01e4: mov x29, sp
;;   0x01e8: ldr x16, [x28]
;;   0x01ec: ldr x16, [x16]
;;   0x01f0: mov x17, #0x50
;;   0x01f4: movk x17, #0x0, lsl #16
;;   0x01f8: add x16, x16, x17
;;   0x01fc: cmp sp, x16
;;   0x0200: b.lo 0x234
;;   0x0204: mov x16, #0x50
;;   0x0208: movk x16, #0x0, lsl #16
;;   0x020c: sub sp, sp, x16
;;   0x0210: stur x28, [x29, #-0x8]
;;   0x0214: mov x16, #0x2d18
;;   0x0218: movk x16, #0x5444, lsl #16
;;   0x021c: movk x16, #0x21fb, lsl #32
;;   0x0220: movk x16, #0x4009, lsl #48
;;   0x0224: fmov d0, x16
;;   0x0228: mov sp, x29
;;   0x022c: ldp x29, x30, [sp], #0x10
;;   0x0230: ret
;;   0x0234: udf #0xa
;; function 7 (f64_neg_inf):
;;   0x0240: stp x29, x30, [sp, #-0x10]!
;;   0x0244: mov x29, sp
;;   0x0248: ldr x16, [x28]
;;   0x024c: ldr x16, [x16]
;;   0x0250: mov x17, #0x50
;;   0x0254: movk x17, #0x0, lsl #16
;;   0x0258: add x16, x16, x17
;;   0x025c: cmp sp, x16
;;   0x0260: b.lo 0x288
;;   0x0264: mov x16, #0x50
;;   0x0268: movk x16, #0x0, lsl #16
;;   0x026c: sub sp, sp, x16
;;   0x0270: stur x28, [x29, #-0x8]
;;   0x0274: mov x16, #0xfff0000000000000
;;   0x0278: fmov d0, x16
;;   0x027c: mov sp, x29
;;   0x0280: ldp x29, x30, [sp], #0x10
;;   0x0284: ret
;;   0x0288: udf #0xa
;; function 8 (f64_small):
;;   0x0290: stp x29, x30, [sp, #-0x10]!
;;   0x0294: mov x29, sp
;;   0x0298: ldr x16, [x28]
;;   0x029c: ldr x16, [x16]
;;   0x02a0: mov x17, #0x50
;;   0x02a4: movk x17, #0x0, lsl #16
;;   0x02a8: add x16, x16, x17
;;   0x02ac: cmp sp, x16
;;   0x02b0: b.lo 0x2d8
;;   0x02b4: mov x16, #0x50
;;   0x02b8: movk x16, #0x0, lsl #16
;;   0x02bc: sub sp, sp, x16
;;   0x02c0: stur x28, [x29, #-0x8]
;;   0x02c4: mov x16, #0x1
;;   0x02c8: fmov d0, x16
;;   0x02cc: mov sp, x29
;;   0x02d0: ldp x29, x30, [sp], #0x10
;;   0x02d4: ret
;;   0x02d8: udf #0xa
