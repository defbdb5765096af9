;;! target = "aarch64"

;; min/max are single fmin/fmax: NaN if either operand is one, and
;; -0 below +0 (not the fminnm/fmaxnm forms).
(module
  (func (export "f32_min") (param f32 f32) (result f32) (f32.min (local.get 0) (local.get 1)))
  (func (export "f32_max") (param f32 f32) (result f32) (f32.max (local.get 0) (local.get 1)))
  (func (export "f64_min") (param f64 f64) (result f64) (f64.min (local.get 0) (local.get 1)))
  (func (export "f64_max_const") (param f64) (result f64) (f64.max (local.get 0) (f64.const 1))))
;; function 0 (f32_min):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x4c
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: ldr s0, [x29, #0x10]
;;   0x0038: ldr s30, [x29, #0x18]
;;   0x003c: fmin s0, s0, s30
;;   0x0040: mov sp, x29
;;   0x0044: ldp x29, x30, [sp], #0x20
;;   0x0048: ret
;;   0x004c: udf #0xa
;; function 1 (f32_max):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x60
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0x9c
;;   0x0074: mov x16, #0x60
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: ldr s0, [x29, #0x10]
;;   0x0088: ldr s30, [x29, #0x18]
;;   0x008c: fmax s0, s0, s30
;;   0x0090: mov sp, x29
;;   0x0094: ldp x29, x30, [sp], #0x20
;;   0x0098: ret
;;   0x009c: udf #0xa
;; function 2 (f64_min):
;;   0x00a0: stp x29, x30, [sp, #-0x10]!
;;   0x00a4: mov x29, sp
;;   0x00a8: ldr x16, [x28]
;;   0x00ac: ldr x16, [x16]
;;   0x00b0: mov x17, #0x60
;;   0x00b4: movk x17, #0x0, lsl #16
;;   0x00b8: add x16, x16, x17
;;   0x00bc: cmp sp, x16
;;   0x00c0: b.lo 0xec
;;   0x00c4: mov x16, #0x60
;;   0x00c8: movk x16, #0x0, lsl #16
;;   0x00cc: sub sp, sp, x16
;;   0x00d0: stur x28, [x29, #-0x8]
;;   0x00d4: ldr d0, [x29, #0x10]
;;   0x00d8: ldr d30, [x29, #0x18]
;;   0x00dc: fmin d0, d0, d30
;;   0x00e0: mov sp, x29
;;   0x00e4: ldp x29, x30, [sp], #0x20
;;   0x00e8: ret
;;   0x00ec: udf #0xa
;; function 3 (f64_max_const):
;;   0x00f0: stp x29, x30, [sp, #-0x10]!
;;   0x00f4: mov x29, sp
;;   0x00f8: ldr x16, [x28]
;;   0x00fc: ldr x16, [x16]
;;   0x0100: mov x17, #0x60
;;   0x0104: movk x17, #0x0, lsl #16
;;   0x0108: add x16, x16, x17
;;   0x010c: cmp sp, x16
;;   0x0110: b.lo 0x140
;;   0x0114: mov x16, #0x60
;;   0x0118: movk x16, #0x0, lsl #16
;;   0x011c: sub sp, sp, x16
;;   0x0120: stur x28, [x29, #-0x8]
;;   0x0124: fmov d0, #1.0
;;   0x0128: ldr d1, [x29, #0x10]
;;   0x012c: fmax d1, d1, d0
;;   0x0130: fmov d0, d1
;;   0x0134: mov sp, x29
;;   0x0138: ldp x29, x30, [sp], #0x18
;;   0x013c: ret
;;   0x0140: udf #0xa
