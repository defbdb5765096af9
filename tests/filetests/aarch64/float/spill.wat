;;! target = "aarch64"

;; More live floats than allocatable FP registers: the deepest register
;; entry is spilled to its canonical slot.
(module
  (func (export "sixteen") (param f64) (result f64)
    (f64.add (local.get 0) (f64.const 1))
    (f64.add (local.get 0) (f64.const 2))
    (f64.add (local.get 0) (f64.const 3))
    (f64.add (local.get 0) (f64.const 4))
    (f64.add (local.get 0) (f64.const 5))
    (f64.add (local.get 0) (f64.const 6))
    (f64.add (local.get 0) (f64.const 7))
    (f64.add (local.get 0) (f64.const 8))
    (f64.add (local.get 0) (f64.const 9))
    (f64.add (local.get 0) (f64.const 10))
    (f64.add (local.get 0) (f64.const 11))
    (f64.add (local.get 0) (f64.const 12))
    (f64.add (local.get 0) (f64.const 13))
    (f64.add (local.get 0) (f64.const 14))
    (f64.add (local.get 0) (f64.const 15))
    (f64.add (local.get 0) (f64.const 16))
    f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add
    f64.add f64.add f64.add f64.add f64.add f64.add f64.add)
  (func (export "f32_across_builtin") (param f32 i32) (result f32)
    (f32.mul (local.get 0) (local.get 0))
    (drop (memory.grow (local.get 1)))
    (f32.add (local.get 0)))
  (memory 1))
;; function 0 (sixteen):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0xd0
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x148
;;   0x0024: mov x16, #0xd0
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: ldr x27, [x28, #0x18]
;;   0x0038: ldr x27, [x27]
;;   0x003c: fmov d0, #1.0
;;   0x0040: ldr d1, [x29, #0x10]
;;   0x0044: fadd d1, d1, d0
;;   0x0048: fmov d0, #2.0
;;   0x004c: ldr d2, [x29, #0x10]
;;   0x0050: fadd d2, d2, d0
;;   0x0054: fmov d0, #3.0
;;   0x0058: ldr d3, [x29, #0x10]
;;   0x005c: fadd d3, d3, d0
;;   0x0060: fmov d0, #4.0
;;   0x0064: ldr d4, [x29, #0x10]
;;   0x0068: fadd d4, d4, d0
;;   0x006c: fmov d0, #5.0
;;   0x0070: ldr d5, [x29, #0x10]
;;   0x0074: fadd d5, d5, d0
;;   0x0078: fmov d0, #6.0
;;   0x007c: ldr d6, [x29, #0x10]
;;   0x0080: fadd d6, d6, d0
;;   0x0084: fmov d0, #7.0
;;   0x0088: ldr d7, [x29, #0x10]
;;   0x008c: fadd d7, d7, d0
;;   0x0090: fmov d0, #8.0
;;   0x0094: ldr d8, [x29, #0x10]
;;   0x0098: fadd d8, d8, d0
;;   0x009c: fmov d0, #9.0
;;   0x00a0: ldr d9, [x29, #0x10]
;;   0x00a4: fadd d9, d9, d0
;;   0x00a8: fmov d0, #10.0
;;   0x00ac: ldr d10, [x29, #0x10]
;;   0x00b0: fadd d10, d10, d0
;;   0x00b4: fmov d0, #11.0
;;   0x00b8: ldr d11, [x29, #0x10]
;;   0x00bc: fadd d11, d11, d0
;;   0x00c0: fmov d0, #12.0
;;   0x00c4: ldr d12, [x29, #0x10]
;;   0x00c8: fadd d12, d12, d0
;;   0x00cc: fmov d0, #13.0
;;   0x00d0: ldr d13, [x29, #0x10]
;;   0x00d4: fadd d13, d13, d0
;;   0x00d8: fmov d0, #14.0
;;   0x00dc: ldr d14, [x29, #0x10]
;;   0x00e0: fadd d14, d14, d0
;;   0x00e4: fmov d0, #15.0
;;   0x00e8: ldr d15, [x29, #0x10]
;;   0x00ec: fadd d15, d15, d0
;;   0x00f0: fmov d0, #16.0
;;   0x00f4: ldr d16, [x29, #0x10]
;;   0x00f8: fadd d16, d16, d0
;;   0x00fc: fadd d15, d15, d16
;;   0x0100: fadd d14, d14, d15
;;   0x0104: fadd d13, d13, d14
;;   0x0108: fadd d12, d12, d13
;;   0x010c: fadd d11, d11, d12
;;   0x0110: fadd d10, d10, d11
;;   0x0114: fadd d9, d9, d10
;;   0x0118: fadd d8, d8, d9
;;   0x011c: fadd d7, d7, d8
;;   0x0120: fadd d6, d6, d7
;;   0x0124: fadd d5, d5, d6
;;   0x0128: fadd d4, d4, d5
;;   0x012c: fadd d3, d3, d4
;;   0x0130: fadd d2, d2, d3
;;   0x0134: fadd d1, d1, d2
;;   0x0138: fmov d0, d1
;;   0x013c: mov sp, x29
;;   0x0140: ldp x29, x30, [sp], #0x18
;;   0x0144: ret
;;   0x0148: udf #0xa
;; function 1 (f32_across_builtin):
;;   0x0150: stp x29, x30, [sp, #-0x10]!
;;   0x0154: mov x29, sp
;;   0x0158: ldr x16, [x28]
;;   0x015c: ldr x16, [x16]
;;   0x0160: mov x17, #0x60
;;   0x0164: movk x17, #0x0, lsl #16
;;   0x0168: add x16, x16, x17
;;   0x016c: cmp sp, x16
;;   0x0170: b.lo 0x1e0
;;   0x0174: mov x16, #0x60
;;   0x0178: movk x16, #0x0, lsl #16
;;   0x017c: sub sp, sp, x16
;;   0x0180: stur x28, [x29, #-0x8]
;;   0x0184: stur x19, [x29, #-0x10]
;;   0x0188: ldr w19, [x29, #0x18]
;;   0x018c: ldr x27, [x28, #0x18]
;;   0x0190: ldr x27, [x27]
;;   0x0194: ldr s0, [x29, #0x10]
;;   0x0198: ldr s30, [x29, #0x10]
;;   0x019c: fmul s0, s0, s30
;;   0x01a0: stur s0, [x29, #-0x50]
;;   0x01a4: mov x1, #0x0
;;   0x01a8: mov w2, w19
;;   0x01ac: mov x0, x28
;;   0x01b0: ldr x16, [x28, #0x8]
;;   0x01b4: ldr x16, [x16]
;;   0x01b8: blr x16
;;   0x01bc: cbnz w0, 0x1e4
;;   0x01c0: mov x0, x1
;;   0x01c4: ldur s0, [x29, #-0x50]
;;   0x01c8: ldr s30, [x29, #0x10]
;;   0x01cc: fadd s0, s0, s30
;;   0x01d0: ldur x19, [x29, #-0x10]
;;   0x01d4: mov sp, x29
;;   0x01d8: ldp x29, x30, [sp], #0x20
;;   0x01dc: ret
;;   0x01e0: udf #0xa
;;   0x01e4: ldr x16, [x28]
;;   0x01e8: ldr x17, [x16, #0x8]
;;   0x01ec: mov sp, x17
;;   0x01f0: ldr x17, [x16, #0x10]
;;   0x01f4: br x17
