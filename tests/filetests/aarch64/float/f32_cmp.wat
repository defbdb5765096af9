;;! target = "aarch64"

;; f32 comparisons: fcmp then cset on a condition false when unordered
;; (eq, mi for lt, gt, ls for le, ge), and ne true when unordered.
(module
  (func (export "eq") (param f32 f32) (result i32) (f32.eq (local.get 0) (local.get 1)))
  (func (export "ne") (param f32 f32) (result i32) (f32.ne (local.get 0) (local.get 1)))
  (func (export "lt") (param f32 f32) (result i32) (f32.lt (local.get 0) (local.get 1)))
  (func (export "gt") (param f32 f32) (result i32) (f32.gt (local.get 0) (local.get 1)))
  (func (export "le") (param f32 f32) (result i32) (f32.le (local.get 0) (local.get 1)))
  (func (export "ge") (param f32 f32) (result i32) (f32.ge (local.get 0) (local.get 1))))
;; function 0 (eq):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x50
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: ldr s0, [x29, #0x10]
;;   0x0038: ldr s30, [x29, #0x18]
;;   0x003c: fcmp s0, s30
;;   0x0040: cset w0, eq
;;   0x0044: mov sp, x29
;;   0x0048: ldp x29, x30, [sp], #0x20
;;   0x004c: ret
;;   0x0050: udf #0xa
;; function 1 (ne):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x60
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xb0
;;   0x0084: mov x16, #0x60
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: ldr s0, [x29, #0x10]
;;   0x0098: ldr s30, [x29, #0x18]
;;   0x009c: fcmp s0, s30
;;   0x00a0: cset w0, ne
;;   0x00a4: mov sp, x29
;;   0x00a8: ldp x29, x30, [sp], #0x20
;;   0x00ac: ret
;;   0x00b0: udf #0xa
;; function 2 (lt):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x60
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x110
;;   0x00e4: mov x16, #0x60
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: ldr s0, [x29, #0x10]
;;   0x00f8: ldr s30, [x29, #0x18]
;;   0x00fc: fcmp s0, s30
;;   0x0100: cset w0, mi
;;   0x0104: mov sp, x29
;;   0x0108: ldp x29, x30, [sp], #0x20
;;   0x010c: ret
;;   0x0110: udf #0xa
;; function 3 (gt):
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
;;   0x0154: ldr s0, [x29, #0x10]
;;   0x0158: ldr s30, [x29, #0x18]
;;   0x015c: fcmp s0, s30
;;   0x0160: cset w0, gt
;;   0x0164: mov sp, x29
;;   0x0168: ldp x29, x30, [sp], #0x20
;;   0x016c: ret
;;   0x0170: udf #0xa
;; function 4 (le):
;;   0x0180: stp x29, x30, [sp, #-0x10]!
;;   0x0184: mov x29, sp
;;   0x0188: ldr x16, [x28]
;;   0x018c: ldr x16, [x16]
;;   0x0190: mov x17, #0x60
;;   0x0194: movk x17, #0x0, lsl #16
;;   0x0198: add x16, x16, x17
;;   0x019c: cmp sp, x16
;;   0x01a0: b.lo 0x1d0
;;   0x01a4: mov x16, #0x60
;;   0x01a8: movk x16, #0x0, lsl #16
;;   0x01ac: sub sp, sp, x16
;;   0x01b0: stur x28, [x29, #-0x8]
;;   0x01b4: ldr s0, [x29, #0x10]
;;   0x01b8: ldr s30, [x29, #0x18]
;;   0x01bc: fcmp s0, s30
;;   0x01c0: cset w0, ls
;;   0x01c4: mov sp, x29
;;   0x01c8: ldp x29, x30, [sp], #0x20
;;   0x01cc: ret
;;   0x01d0: udf #0xa
;; function 5 (ge):
;;   0x01e0: stp x29, x30, [sp, #-0x10]!
;;   0x01e4: mov x29, sp
;;   0x01e8: ldr x16, [x28]
;;   0x01ec: ldr x16, [x16]
;;   0x01f0: mov x17, #0x60
;;   0x01f4: movk x17, #0x0, lsl #16
;;   0x01f8: add x16, x16, x17
;;   0x01fc: cmp sp, x16
;;   0x0200: b.lo 0x230
;;   0x0204: mov x16, #0x60
;;   0x0208: movk x16, #0x0, lsl #16
;;   0x020c: sub sp, sp, x16
;;   0x0210: stur x28, [x29, #-0x8]
;;   0x0214: ldr s0, [x29, #0x10]
;;   0x0218: ldr s30, [x29, #0x18]
;;   0x021c: fcmp s0, s30
;;   0x0220: cset w0, ge
;;   0x0224: mov sp, x29
;;   0x0228: ldp x29, x30, [sp], #0x20
;;   0x022c: ret
;;   0x0230: udf #0xa
