;;! target = "aarch64"

;; Floats through control flow: block and if results, br_if carrying an f64,
;; loop parameters.
(module
  (func (export "if_result") (param i32 f32 f32) (result f32)
    (if (result f32) (local.get 0)
      (then (f32.add (local.get 1) (local.get 2)))
      (else (f32.sub (local.get 1) (local.get 2)))))
  (func (export "br_if_value") (param f64 i32) (result f64)
    (block (result f64)
      (f64.mul (local.get 0) (local.get 0))
      (local.get 1)
      (br_if 0)
      (drop)
      (f64.const 0.5)))
  (func (export "loop_halve") (param f64) (result f64)
    (local.get 0)
    (loop (param f64) (result f64)
      (f64.mul (f64.const 0.5))
      (local.tee 0)
      (local.get 0)
      (f64.const 1)
      (f64.gt)
      (br_if 0))))
;; function 0 (if_result):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x7c
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: cmp w19, #0x0
;;   0x0040: b.eq 0x58
;;   0x0044: ldr s0, [x29, #0x18]
;;   0x0048: ldr s30, [x29, #0x20]
;;   0x004c: fadd s0, s0, s30
;;   0x0050: stur s0, [x29, #-0x50]
;;   0x0054: b 0x68
;;   0x0058: ldr s0, [x29, #0x18]
;;   0x005c: ldr s30, [x29, #0x20]
;;   0x0060: fsub s0, s0, s30
;;   0x0064: stur s0, [x29, #-0x50]
;;   0x0068: ldur s0, [x29, #-0x50]
;;   0x006c: ldur x19, [x29, #-0x10]
;;   0x0070: mov sp, x29
;;   0x0074: ldp x29, x30, [sp], #0x28
;;   0x0078: ret
;;   0x007c: udf #0xa
;; function 1 (br_if_value):
;;   0x0080: stp x29, x30, [sp, #-0x10]!
;;   0x0084: mov x29, sp
;;   0x0088: ldr x16, [x28]
;;   0x008c: ldr x16, [x16]
;;   0x0090: mov x17, #0x60
;;   0x0094: movk x17, #0x0, lsl #16
;;   0x0098: add x16, x16, x17
;;   0x009c: cmp sp, x16
;;   0x00a0: b.lo 0xf4
;;   0x00a4: mov x16, #0x60
;;   0x00a8: movk x16, #0x0, lsl #16
;;   0x00ac: sub sp, sp, x16
;;   0x00b0: stur x28, [x29, #-0x8]
;;   0x00b4: stur x19, [x29, #-0x10]
;;   0x00b8: ldr w19, [x29, #0x18]
;;   0x00bc: ldr d0, [x29, #0x10]
;;   0x00c0: ldr d30, [x29, #0x10]
;;   0x00c4: fmul d0, d0, d30
;;   0x00c8: cmp w19, #0x0
;;   0x00cc: b.eq 0xd8
;;   0x00d0: stur d0, [x29, #-0x50]
;;   0x00d4: b 0xe0
;;   0x00d8: mov x17, #0x3fe0000000000000
;;   0x00dc: stur x17, [x29, #-0x50]
;;   0x00e0: ldur d0, [x29, #-0x50]
;;   0x00e4: ldur x19, [x29, #-0x10]
;;   0x00e8: mov sp, x29
;;   0x00ec: ldp x29, x30, [sp], #0x20
;;   0x00f0: ret
;;   0x00f4: udf #0xa
;; function 2 (loop_halve):
;;   0x0100: stp x29, x30, [sp, #-0x10]!
;;   0x0104: mov x29, sp
;;   0x0108: ldr x16, [x28]
;;   0x010c: ldr x16, [x16]
;;   0x0110: mov x17, #0x60
;;   0x0114: movk x17, #0x0, lsl #16
;;   0x0118: add x16, x16, x17
;;   0x011c: cmp sp, x16
;;   0x0120: b.lo 0x17c
;;   0x0124: mov x16, #0x60
;;   0x0128: movk x16, #0x0, lsl #16
;;   0x012c: sub sp, sp, x16
;;   0x0130: stur x28, [x29, #-0x8]
;;   0x0134: ldr x17, [x29, #0x10]
;;   0x0138: stur x17, [x29, #-0x50]
;;   0x013c: fmov d0, #0.5
;;   0x0140: ldur d1, [x29, #-0x50]
;;   0x0144: fmul d1, d1, d0
;;   0x0148: str d1, [x29, #0x10]
;;   0x014c: fmov d0, #1.0
;;   0x0150: ldr d2, [x29, #0x10]
;;   0x0154: fcmp d2, d0
;;   0x0158: cset w0, gt
;;   0x015c: cmp w0, #0x0
;;   0x0160: b.eq 0x16c
;;   0x0164: stur d1, [x29, #-0x50]
;;   0x0168: b 0x13c
;;   0x016c: fmov d0, d1
;;   0x0170: mov sp, x29
;;   0x0174: ldp x29, x30, [sp], #0x18
;;   0x0178: ret
;;   0x017c: udf #0xa
