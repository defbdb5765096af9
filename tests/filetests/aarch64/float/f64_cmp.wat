;;! target = "aarch64"

;; f64 comparisons, with register and constant right-hand operands.
(module
  (func (export "eq") (param f64 f64) (result i32) (f64.eq (local.get 0) (local.get 1)))
  (func (export "ne_const") (param f64) (result i32) (f64.ne (local.get 0) (f64.const 1)))
  (func (export "lt_const") (param f64) (result i32) (f64.lt (local.get 0) (f64.const 0)))
  (func (export "gt") (param f64 f64) (result i32) (f64.gt (local.get 0) (local.get 1)))
  (func (export "le") (param f64 f64) (result i32)
    (f64.le (f64.add (local.get 0) (local.get 0)) (f64.add (local.get 1) (local.get 1))))
  (func (export "ge") (param f64 f64) (result i32) (f64.ge (local.get 0) (local.get 1))))
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
;;   0x0034: ldr d0, [x29, #0x10]
;;   0x0038: ldr d30, [x29, #0x18]
;;   0x003c: fcmp d0, d30
;;   0x0040: cset w0, eq
;;   0x0044: mov sp, x29
;;   0x0048: ldp x29, x30, [sp], #0x20
;;   0x004c: ret
;;   0x0050: udf #0xa
;; function 1 (ne_const):
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
;;   0x0094: fmov d0, #1.0
;;   0x0098: ldr d1, [x29, #0x10]
;;   0x009c: fcmp d1, d0
;;   0x00a0: cset w0, ne
;;   0x00a4: mov sp, x29
;;   0x00a8: ldp x29, x30, [sp], #0x18
;;   0x00ac: ret
;;   0x00b0: udf #0xa
;; function 2 (lt_const):
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
;;   0x00f4: fmov d0, xzr
;;   0x00f8: ldr d1, [x29, #0x10]
;;   0x00fc: fcmp d1, d0
;;   0x0100: cset w0, mi
;;   0x0104: mov sp, x29
;;   0x0108: ldp x29, x30, [sp], #0x18
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
;;   0x0154: ldr d0, [x29, #0x10]
;;   0x0158: ldr d30, [x29, #0x18]
;;   0x015c: fcmp d0, d30
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
;;   0x01a0: b.lo 0x1e0
;;   0x01a4: mov x16, #0x60
;;   0x01a8: movk x16, #0x0, lsl #16
;;   0x01ac: sub sp, sp, x16
;;   0x01b0: stur x28, [x29, #-0x8]
;;   0x01b4: ldr d0, [x29, #0x10]
;;   0x01b8: ldr d30, [x29, #0x10]
;;   0x01bc: fadd d0, d0, d30
;;   0x01c0: ldr d1, [x29, #0x18]
;;   0x01c4: ldr d30, [x29, #0x18]
;;   0x01c8: fadd d1, d1, d30
;;   0x01cc: fcmp d0, d1
;;   0x01d0: cset w0, ls
;;   0x01d4: mov sp, x29
;;   0x01d8: ldp x29, x30, [sp], #0x20
;;   0x01dc: ret
;;   0x01e0: udf #0xa
;; function 5 (ge):
;;   0x01f0: stp x29, x30, [sp, #-0x10]!
;;   0x01f4: mov x29, sp
;;   0x01f8: ldr x16, [x28]
;;   0x01fc: ldr x16, [x16]
;;   0x0200: mov x17, #0x60
;;   0x0204: movk x17, #0x0, lsl #16
;;   0x0208: add x16, x16, x17
;;   0x020c: cmp sp, x16
;;   0x0210: b.lo 0x240
;;   0x0214: mov x16, #0x60
;;   0x0218: movk x16, #0x0, lsl #16
;;   0x021c: sub sp, sp, x16
;;   0x0220: stur x28, [x29, #-0x8]
;;   0x0224: ldr d0, [x29, #0x10]
;;   0x0228: ldr d30, [x29, #0x18]
;;   0x022c: fcmp d0, d30
;;   0x0230: cset w0, ge
;;   0x0234: mov sp, x29
;;   0x0238: ldp x29, x30, [sp], #0x20
;;   0x023c: ret
;;   0x0240: udf #0xa
