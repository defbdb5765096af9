;;! target = "aarch64"

;; Float params, declared locals (zeroed), local.set/tee and results.
(module
  (func (export "swap_sum") (param f32 f64) (result f64)
    (local f32 f64)
    (local.set 2 (local.get 0))
    (local.set 3 (local.tee 1 (f64.add (local.get 1) (f64.const 1))))
    (f64.add (f64.promote_f32 (local.get 2)) (local.get 3)))
  (func (export "set_hazard") (param f32) (result f32)
    (local.get 0)
    (local.set 0 (f32.const 2))
    (local.get 0)
    f32.sub)
  (func (export "zeroed") (result f64)
    (local f64)
    (local.get 0)))
;; function 0 (swap_sum):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x70
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x74
;;   0x0024: mov x16, #0x70
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur wzr, [x29, #-0x50]
;;   0x0038: stur xzr, [x29, #-0x58]
;;   0x003c: ldr w17, [x29, #0x10]
;;   0x0040: stur w17, [x29, #-0x50]
;;   0x0044: fmov d0, #1.0
;;   0x0048: ldr d1, [x29, #0x18]
;;   0x004c: fadd d1, d1, d0
;;   0x0050: str d1, [x29, #0x18]
;;   0x0054: stur d1, [x29, #-0x58]
;;   0x0058: ldur s0, [x29, #-0x50]
;;   0x005c: fcvt d0, s0
;;   0x0060: ldur d30, [x29, #-0x58]
;;   0x0064: fadd d0, d0, d30
;;   0x0068: mov sp, x29
;;   0x006c: ldp x29, x30, [sp], #0x20
;;   0x0070: ret
;;   0x0074: udf #0xa
;; function 1 (set_hazard):
;;   0x0080: stp x29, x30, [sp, #-0x10]!
;;   0x0084: mov x29, sp
;;   0x0088: ldr x16, [x28]
;;   0x008c: ldr x16, [x16]
;;   0x0090: mov x17, #0x60
;;   0x0094: movk x17, #0x0, lsl #16
;;   0x0098: add x16, x16, x17
;;   0x009c: cmp sp, x16
;;   0x00a0: b.lo 0xdc
;;   0x00a4: mov x16, #0x60
;;   0x00a8: movk x16, #0x0, lsl #16
;;   0x00ac: sub sp, sp, x16
;;   0x00b0: stur x28, [x29, #-0x8]
;;   0x00b4: ldr w17, [x29, #0x10]
;;   0x00b8: stur w17, [x29, #-0x50]
;;   0x00bc: mov w17, #0x40000000
;;   0x00c0: str w17, [x29, #0x10]
;;   0x00c4: ldur s0, [x29, #-0x50]
;;   0x00c8: ldr s30, [x29, #0x10]
;;   0x00cc: fsub s0, s0, s30
;;   0x00d0: mov sp, x29
;;   0x00d4: ldp x29, x30, [sp], #0x18
;;   0x00d8: ret
;;   0x00dc: udf #0xa
;; function 2 (zeroed):
;;   0x00e0: stp x29, x30, [sp, #-0x10]!
;;   0x00e4: mov x29, sp
;;   0x00e8: ldr x16, [x28]
;;   0x00ec: ldr x16, [x16]
;;   0x00f0: mov x17, #0x60
;;   0x00f4: movk x17, #0x0, lsl #16
;;   0x00f8: add x16, x16, x17
;;   0x00fc: cmp sp, x16
;;   0x0100: b.lo 0x128
;;   0x0104: mov x16, #0x60
;;   0x0108: movk x16, #0x0, lsl #16
;;   0x010c: sub sp, sp, x16
;;   0x0110: stur x28, [x29, #-0x8]
;;   0x0114: stur xzr, [x29, #-0x50]
;;   0x0118: ldur d0, [x29, #-0x50]
;;   0x011c: mov sp, x29
;;   0x0120: ldp x29, x30, [sp], #0x10
;;   0x0124: ret
;;   0x0128: udf #0xa
