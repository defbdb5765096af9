;;! target = "aarch64"

;; Saturating float to i32: fcvtzs/fcvtzu saturate and give 0 for NaN,
;; exactly Wasm's trunc_sat.
(module
  (func (export "f32_s") (param f32) (result i32) (i32.trunc_sat_f32_s (local.get 0)))
  (func (export "f32_u") (param f32) (result i32) (i32.trunc_sat_f32_u (local.get 0)))
  (func (export "f64_s") (param f64) (result i32) (i32.trunc_sat_f64_s (local.get 0)))
  (func (export "f64_u") (param f64) (result i32) (i32.trunc_sat_f64_u (local.get 0))))
;; function 0 (f32_s):
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
;;   0x0038: fcvtzs w0, s0
;;   0x003c: mov sp, x29
;;   0x0040: ldp x29, x30, [sp], #0x18
;;   0x0044: ret
;;   0x0048: udf #0xa
;; function 1 (f32_u):
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
;;   0x0088: fcvtzu w0, s0
;;   0x008c: mov sp, x29
;;   0x0090: ldp x29, x30, [sp], #0x18
;;   0x0094: ret
;;   0x0098: udf #0xa
;; function 2 (f64_s):
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
;;   0x00d4: ldr d0, [x29, #0x10]
;;   0x00d8: fcvtzs w0, d0
;;   0x00dc: mov sp, x29
;;   0x00e0: ldp x29, x30, [sp], #0x18
;;   0x00e4: ret
;;   0x00e8: udf #0xa
;; function 3 (f64_u):
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
;;   0x0124: ldr d0, [x29, #0x10]
;;   0x0128: fcvtzu w0, d0
;;   0x012c: mov sp, x29
;;   0x0130: ldp x29, x30, [sp], #0x18
;;   0x0134: ret
;;   0x0138: udf #0xa
