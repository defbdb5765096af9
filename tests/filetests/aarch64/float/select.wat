;;! target = "aarch64"

;; Float select: fcsel on the condition.
(module
  (func (export "f32") (param f32 f32 i32) (result f32)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "f64") (param f64 f64 i32) (result f64)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "f64_cmp") (param f64 f64) (result f64)
    (select (local.get 0) (local.get 1) (f64.lt (local.get 0) (local.get 1))))
  (func (export "f32_const") (param i32) (result f32)
    (select (f32.const 1) (f32.const 0) (local.get 0))))
;; function 0 (f32):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x60
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x20]
;;   0x003c: ldr s0, [x29, #0x18]
;;   0x0040: ldr s1, [x29, #0x10]
;;   0x0044: cmp w19, #0x0
;;   0x0048: fcsel s1, s1, s0, ne
;;   0x004c: fmov s0, s1
;;   0x0050: ldur x19, [x29, #-0x10]
;;   0x0054: mov sp, x29
;;   0x0058: ldp x29, x30, [sp], #0x28
;;   0x005c: ret
;;   0x0060: udf #0xa
;; function 1 (f64):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x60
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xd0
;;   0x0094: mov x16, #0x60
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: stur x19, [x29, #-0x10]
;;   0x00a8: ldr w19, [x29, #0x20]
;;   0x00ac: ldr d0, [x29, #0x18]
;;   0x00b0: ldr d1, [x29, #0x10]
;;   0x00b4: cmp w19, #0x0
;;   0x00b8: fcsel d1, d1, d0, ne
;;   0x00bc: fmov d0, d1
;;   0x00c0: ldur x19, [x29, #-0x10]
;;   0x00c4: mov sp, x29
;;   0x00c8: ldp x29, x30, [sp], #0x28
;;   0x00cc: ret
;;   0x00d0: udf #0xa
;; function 2 (f64_cmp):
;;   0x00e0: stp x29, x30, [sp, #-0x10]!
;;   0x00e4: mov x29, sp
;;   0x00e8: ldr x16, [x28]
;;   0x00ec: ldr x16, [x16]
;;   0x00f0: mov x17, #0x70
;;   0x00f4: movk x17, #0x0, lsl #16
;;   0x00f8: add x16, x16, x17
;;   0x00fc: cmp sp, x16
;;   0x0100: b.lo 0x144
;;   0x0104: mov x16, #0x70
;;   0x0108: movk x16, #0x0, lsl #16
;;   0x010c: sub sp, sp, x16
;;   0x0110: stur x28, [x29, #-0x8]
;;   0x0114: ldr d0, [x29, #0x10]
;;   0x0118: ldr d30, [x29, #0x18]
;;   0x011c: fcmp d0, d30
;;   0x0120: cset w0, mi
;;   0x0124: ldr d0, [x29, #0x18]
;;   0x0128: ldr d1, [x29, #0x10]
;;   0x012c: cmp w0, #0x0
;;   0x0130: fcsel d1, d1, d0, ne
;;   0x0134: fmov d0, d1
;;   0x0138: mov sp, x29
;;   0x013c: ldp x29, x30, [sp], #0x20
;;   0x0140: ret
;;   0x0144: udf #0xa
;; function 3 (f32_const):
;;   0x0150: stp x29, x30, [sp, #-0x10]!
;;   0x0154: mov x29, sp
;;   0x0158: ldr x16, [x28]
;;   0x015c: ldr x16, [x16]
;;   0x0160: mov x17, #0x60
;;   0x0164: movk x17, #0x0, lsl #16
;;   0x0168: add x16, x16, x17
;;   0x016c: cmp sp, x16
;;   0x0170: b.lo 0x1b0
;;   0x0174: mov x16, #0x60
;;   0x0178: movk x16, #0x0, lsl #16
;;   0x017c: sub sp, sp, x16
;;   0x0180: stur x28, [x29, #-0x8]
;;   0x0184: stur x19, [x29, #-0x10]
;;   0x0188: ldr w19, [x29, #0x10]
;;   0x018c: fmov s0, wzr
;;   0x0190: fmov s1, #1.0
;;   0x0194: cmp w19, #0x0
;;   0x0198: fcsel s1, s1, s0, ne
;;   0x019c: fmov s0, s1
;;   0x01a0: ldur x19, [x29, #-0x10]
;;   0x01a4: mov sp, x29
;;   0x01a8: ldp x29, x30, [sp], #0x18
;;   0x01ac: ret
;;   0x01b0: udf #0xa
