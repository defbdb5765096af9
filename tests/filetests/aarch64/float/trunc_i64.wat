;;! target = "aarch64"

;; Trapping float to i64/u64: one fcmp with the lower bound (-2^63 through
;; x16, or the fmov immediate -1.0) traps on NaN (vs) and below (mi / ls); the
;; saturated fcvtzs/fcvtzu result (i64::MAX / u64::MAX, which no float in range
;; gives) is caught by cmn x, #1 (vs / eq).
(module
  (func (export "f32_s") (param f32) (result i64) (i64.trunc_f32_s (local.get 0)))
  (func (export "f32_u") (param f32) (result i64) (i64.trunc_f32_u (local.get 0)))
  (func (export "f64_s") (param f64) (result i64) (i64.trunc_f64_s (local.get 0)))
  (func (export "f64_u") (param f64) (result i64) (i64.trunc_f64_u (local.get 0))))
;; function 0 (f32_s):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x64
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: ldr s0, [x29, #0x10]
;;   0x0038: mov w16, #0xdf000000
;;   0x003c: fmov s30, w16
;;   0x0040: fcmp s0, s30
;;   0x0044: b.vs 0x68
;;   0x0048: b.mi 0x6c
;;   0x004c: fcvtzs x0, s0
;;   0x0050: cmn x0, #0x1
;;   0x0054: b.vs 0x6c
;;   0x0058: mov sp, x29
;;   0x005c: ldp x29, x30, [sp], #0x18
;;   0x0060: ret
;;   0x0064: udf #0xa
;;   0x0068: udf #0x4
;;   0x006c: udf #0x3
;; function 1 (f32_u):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x50
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xd0
;;   0x0094: mov x16, #0x50
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: ldr s0, [x29, #0x10]
;;   0x00a8: fmov s30, #-1.0
;;   0x00ac: fcmp s0, s30
;;   0x00b0: b.vs 0xd4
;;   0x00b4: b.ls 0xd8
;;   0x00b8: fcvtzu x0, s0
;;   0x00bc: cmn x0, #0x1
;;   0x00c0: b.eq 0xd8
;;   0x00c4: mov sp, x29
;;   0x00c8: ldp x29, x30, [sp], #0x18
;;   0x00cc: ret
;;   0x00d0: udf #0xa
;;   0x00d4: udf #0x4
;;   0x00d8: udf #0x3
;; function 2 (f64_s):
;;   0x00e0: stp x29, x30, [sp, #-0x10]!
;;   0x00e4: mov x29, sp
;;   0x00e8: ldr x16, [x28]
;;   0x00ec: ldr x16, [x16]
;;   0x00f0: mov x17, #0x50
;;   0x00f4: movk x17, #0x0, lsl #16
;;   0x00f8: add x16, x16, x17
;;   0x00fc: cmp sp, x16
;;   0x0100: b.lo 0x144
;;   0x0104: mov x16, #0x50
;;   0x0108: movk x16, #0x0, lsl #16
;;   0x010c: sub sp, sp, x16
;;   0x0110: stur x28, [x29, #-0x8]
;;   0x0114: ldr d0, [x29, #0x10]
;;   0x0118: mov x16, #0xc3e0000000000000
;;   0x011c: fmov d30, x16
;;   0x0120: fcmp d0, d30
;;   0x0124: b.vs 0x148
;;   0x0128: b.mi 0x14c
;;   0x012c: fcvtzs x0, d0
;;   0x0130: cmn x0, #0x1
;;   0x0134: b.vs 0x14c
;;   0x0138: mov sp, x29
;;   0x013c: ldp x29, x30, [sp], #0x18
;;   0x0140: ret
;;   0x0144: udf #0xa
;;   0x0148: udf #0x4
;;   0x014c: udf #0x3
;; function 3 (f64_u):
;;   0x0150: stp x29, x30, [sp, #-0x10]!
;;   0x0154: mov x29, sp
;;   0x0158: ldr x16, [x28]
;;   0x015c: ldr x16, [x16]
;;   0x0160: mov x17, #0x50
;;   0x0164: movk x17, #0x0, lsl #16
;;   0x0168: add x16, x16, x17
;;   0x016c: cmp sp, x16
;;   0x0170: b.lo 0x1b0
;;   0x0174: mov x16, #0x50
;;   0x0178: movk x16, #0x0, lsl #16
;;   0x017c: sub sp, sp, x16
;;   0x0180: stur x28, [x29, #-0x8]
;;   0x0184: ldr d0, [x29, #0x10]
;;   0x0188: fmov d30, #-1.0
;;   0x018c: fcmp d0, d30
;;   0x0190: b.vs 0x1b4
;;   0x0194: b.ls 0x1b8
;;   0x0198: fcvtzu x0, d0
;;   0x019c: cmn x0, #0x1
;;   0x01a0: b.eq 0x1b8
;;   0x01a4: mov sp, x29
;;   0x01a8: ldp x29, x30, [sp], #0x18
;;   0x01ac: ret
;;   0x01b0: udf #0xa
;;   0x01b4: udf #0x4
;;   0x01b8: udf #0x3
