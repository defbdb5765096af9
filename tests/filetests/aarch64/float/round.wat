;;! target = "aarch64"

;; ceil/floor/trunc/nearest are one frintp/frintm/frintz/frintn each (they
;; keep the sign of a zero result and round nearest half to even).
(module
  (func (export "f32_ceil") (param f32) (result f32) (f32.ceil (local.get 0)))
  (func (export "f32_floor") (param f32) (result f32) (f32.floor (local.get 0)))
  (func (export "f32_trunc") (param f32) (result f32) (f32.trunc (local.get 0)))
  (func (export "f32_nearest") (param f32) (result f32) (f32.nearest (local.get 0)))
  (func (export "f64_ceil") (param f64) (result f64) (f64.ceil (local.get 0)))
  (func (export "f64_floor") (param f64) (result f64) (f64.floor (local.get 0)))
  (func (export "f64_trunc") (param f64) (result f64) (f64.trunc (local.get 0)))
  (func (export "f64_nearest") (param f64) (result f64) (f64.nearest (local.get 0))))
;; function 0 (f32_ceil):
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
;;   0x0038: frintp s0, s0
;;   0x003c: mov sp, x29
;;   0x0040: ldp x29, x30, [sp], #0x18
;;   0x0044: ret
;;   0x0048: udf #0xa
;; function 1 (f32_floor):
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
;;   0x0088: frintm s0, s0
;;   0x008c: mov sp, x29
;;   0x0090: ldp x29, x30, [sp], #0x18
;;   0x0094: ret
;;   0x0098: udf #0xa
;; function 2 (f32_trunc):
;;   0x00a0: stp x29, x30, [sp, #-0x10]!
;;   0x00a4: mov x29, sp
;;   0x00a8: ldr x16, [x28]
;;   0x00ac: ldr x16, [x16]
;;   0x00b0: mov x17, #0x50
;;   0x00b4: movk x17, #0x0, lsl #16
;;   0x00b8: add x16, x16, x17
;;   0x00bc: cmp sp, x16
;;   0x00c0: b.lo 0xe8
;;   0x00c4: mov x16, #0x50
;;   0x00c8: movk x16, #0x0, lsl #16
;;   0x00cc: sub sp, sp, x16
;;   0x00d0: stur x28, [x29, #-0x8]
;;   0x00d4: ldr s0, [x29, #0x10]
;;   0x00d8: frintz s0, s0
;;   0x00dc: mov sp, x29
;;   0x00e0: ldp x29, x30, [sp], #0x18
;;   0x00e4: ret
;;   0x00e8: udf #0xa
;; function 3 (f32_nearest):
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
;;   0x0124: ldr s0, [x29, #0x10]
;;   0x0128: frintn s0, s0
;;   0x012c: mov sp, x29
;;   0x0130: ldp x29, x30, [sp], #0x18
;;   0x0134: ret
;;   0x0138: udf #0xa
;; function 4 (f64_ceil):
;;   0x0140: stp x29, x30, [sp, #-0x10]!
;;   0x0144: mov x29, sp
;;   0x0148: ldr x16, [x28]
;;   0x014c: ldr x16, [x16]
;;   0x0150: mov x17, #0x50
;;   0x0154: movk x17, #0x0, lsl #16
;;   0x0158: add x16, x16, x17
;;   0x015c: cmp sp, x16
;;   0x0160: b.lo 0x188
;;   0x0164: mov x16, #0x50
;;   0x0168: movk x16, #0x0, lsl #16
;;   0x016c: sub sp, sp, x16
;;   0x0170: stur x28, [x29, #-0x8]
;;   0x0174: ldr d0, [x29, #0x10]
;;   0x0178: frintp d0, d0
;;   0x017c: mov sp, x29
;;   0x0180: ldp x29, x30, [sp], #0x18
;;   0x0184: ret
;;   0x0188: udf #0xa
;; function 5 (f64_floor):
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
;;   0x01c4: ldr d0, [x29, #0x10]
;;   0x01c8: frintm d0, d0
;;   0x01cc: mov sp, x29
;;   0x01d0: ldp x29, x30, [sp], #0x18
;;   0x01d4: ret
;;   0x01d8: udf #0xa
;; function 6 (f64_trunc):
;;   0x01e0: stp x29, x30, [sp, #-0x10]!
;;   0x01e4: mov x29, sp
;;   0x01e8: ldr x16, [x28]
;;   0x01ec: ldr x16, [x16]
;;   0x01f0: mov x17, #0x50
;;   0x01f4: movk x17, #0x0, lsl #16
;;   0x01f8: add x16, x16, x17
;;   0x01fc: cmp sp, x16
;;   0x0200: b.lo 0x228
;;   0x0204: mov x16, #0x50
;;   0x0208: movk x16, #0x0, lsl #16
;;   0x020c: sub sp, sp, x16
;;   0x0210: stur x28, [x29, #-0x8]
;;   0x0214: ldr d0, [x29, #0x10]
;;   0x0218: frintz d0, d0
;;   0x021c: mov sp, x29
;;   0x0220: ldp x29, x30, [sp], #0x18
;;   0x0224: ret
;;   0x0228: udf #0xa
;; function 7 (f64_nearest):
;;   0x0230: stp x29, x30, [sp, #-0x10]!
;;   0x0234: mov x29, sp
;;   0x0238: ldr x16, [x28]
;;   0x023c: ldr x16, [x16]
;;   0x0240: mov x17, #0x50
;;   0x0244: movk x17, #0x0, lsl #16
;;   0x0248: add x16, x16, x17
;;   0x024c: cmp sp, x16
;;   0x0250: b.lo 0x278
;;   0x0254: mov x16, #0x50
;;   0x0258: movk x16, #0x0, lsl #16
;;   0x025c: sub sp, sp, x16
;;   0x0260: stur x28, [x29, #-0x8]
;;   0x0264: ldr d0, [x29, #0x10]
;;   0x0268: frintn d0, d0
;;   0x026c: mov sp, x29
;;   0x0270: ldp x29, x30, [sp], #0x18
;;   0x0274: ret
;;   0x0278: udf #0xa
