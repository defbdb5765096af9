;;! target = "aarch64"

;; Trapping float to i32/u32: NaN (fcmp x, x; b.vs) traps with
;; BadConversionToInteger; then a 64-bit fcvtzs (exact below 2^63, saturating
;; beyond) whose result must equal its low word sign- (i32) or zero-extended
;; (u32), else IntegerOverflow.
(module
  (func (export "f32_s") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
  (func (export "f32_u") (param f32) (result i32) (i32.trunc_f32_u (local.get 0)))
  (func (export "f64_s") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
  (func (export "f64_u") (param f64) (result i32) (i32.trunc_f64_u (local.get 0))))
;; function 0 (f32_s):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x5c
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: ldr s0, [x29, #0x10]
;;   0x0038: fcmp s0, s0
;;   0x003c: b.vs 0x60
;;   0x0040: fcvtzs x0, s0
;;   0x0044: cmp x0, w0, sxtw
;;   0x0048: b.ne 0x64
;;   0x004c: mov w0, w0
;;   0x0050: mov sp, x29
;;   0x0054: ldp x29, x30, [sp], #0x18
;;   0x0058: ret
;;   0x005c: udf #0xa
;;   0x0060: udf #0x4
;;   0x0064: udf #0x3
;; function 1 (f32_u):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x50
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xc8
;;   0x0094: mov x16, #0x50
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: ldr s0, [x29, #0x10]
;;   0x00a8: fcmp s0, s0
;;   0x00ac: b.vs 0xcc
;;   0x00b0: fcvtzs x0, s0
;;   0x00b4: cmp x0, w0, uxtw
;;   0x00b8: b.ne 0xd0
;;   0x00bc: mov sp, x29
;;   0x00c0: ldp x29, x30, [sp], #0x18
;;   0x00c4: ret
;;   0x00c8: udf #0xa
;;   0x00cc: udf #0x4
;;   0x00d0: udf #0x3
;; function 2 (f64_s):
;;   0x00e0: stp x29, x30, [sp, #-0x10]!
;;   0x00e4: mov x29, sp
;;   0x00e8: ldr x16, [x28]
;;   0x00ec: ldr x16, [x16]
;;   0x00f0: mov x17, #0x50
;;   0x00f4: movk x17, #0x0, lsl #16
;;   0x00f8: add x16, x16, x17
;;   0x00fc: cmp sp, x16
;;   0x0100: b.lo 0x13c
;;   0x0104: mov x16, #0x50
;;   0x0108: movk x16, #0x0, lsl #16
;;   0x010c: sub sp, sp, x16
;;   0x0110: stur x28, [x29, #-0x8]
;;   0x0114: ldr d0, [x29, #0x10]
;;   0x0118: fcmp d0, d0
;;   0x011c: b.vs 0x140
;;   0x0120: fcvtzs x0, d0
;;   0x0124: cmp x0, w0, sxtw
;;   0x0128: b.ne 0x144
;;   0x012c: mov w0, w0
;;   0x0130: mov sp, x29
;;   0x0134: ldp x29, x30, [sp], #0x18
;;   0x0138: ret
;;   0x013c: udf #0xa
;;   0x0140: udf #0x4
;;   0x0144: udf #0x3
;; function 3 (f64_u):
;;   0x0150: stp x29, x30, [sp, #-0x10]!
;;   0x0154: mov x29, sp
;;   0x0158: ldr x16, [x28]
;;   0x015c: ldr x16, [x16]
;;   0x0160: mov x17, #0x50
;;   0x0164: movk x17, #0x0, lsl #16
;;   0x0168: add x16, x16, x17
;;   0x016c: cmp sp, x16
;;   0x0170: b.lo 0x1a8
;;   0x0174: mov x16, #0x50
;;   0x0178: movk x16, #0x0, lsl #16
;;   0x017c: sub sp, sp, x16
;;   0x0180: stur x28, [x29, #-0x8]
;;   0x0184: ldr d0, [x29, #0x10]
;;   0x0188: fcmp d0, d0
;;   0x018c: b.vs 0x1ac
;;   0x0190: fcvtzs x0, d0
;;   0x0194: cmp x0, w0, uxtw
;;   0x0198: b.ne 0x1b0
;;   0x019c: mov sp, x29
;;   0x01a0: ldp x29, x30, [sp], #0x18
;;   0x01a4: ret
;;   0x01a8: udf #0xa
;;   0x01ac: udf #0x4
;;   0x01b0: udf #0x3
