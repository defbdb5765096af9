;;! target = "aarch64"

;; f32 add/sub/mul/div: the right-hand operand is a register, a local in the
;; frame (loaded into v30), or a constant.
(module
  (func (export "add") (param f32 f32) (result f32)
    (f32.add (local.get 0) (local.get 1)))
  (func (export "sub_regs") (param f32 f32) (result f32)
    (f32.sub (f32.add (local.get 0) (local.get 0)) (f32.add (local.get 1) (local.get 1))))
  (func (export "mul_const") (param f32) (result f32)
    (f32.mul (local.get 0) (f32.const 2.5)))
  (func (export "div_const_lhs") (param f32) (result f32)
    (f32.div (f32.const 1) (local.get 0))))
;; function 0 (add):
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
;;   0x003c: fadd s0, s0, s30
;;   0x0040: mov sp, x29
;;   0x0044: ldp x29, x30, [sp], #0x20
;;   0x0048: ret
;;   0x004c: udf #0xa
;; function 1 (sub_regs):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x60
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0xac
;;   0x0074: mov x16, #0x60
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: ldr s0, [x29, #0x10]
;;   0x0088: ldr s30, [x29, #0x10]
;;   0x008c: fadd s0, s0, s30
;;   0x0090: ldr s1, [x29, #0x18]
;;   0x0094: ldr s30, [x29, #0x18]
;;   0x0098: fadd s1, s1, s30
;;   0x009c: fsub s0, s0, s1
;;   0x00a0: mov sp, x29
;;   0x00a4: ldp x29, x30, [sp], #0x20
;;   0x00a8: ret
;;   0x00ac: udf #0xa
;; function 2 (mul_const):
;;   0x00b0: stp x29, x30, [sp, #-0x10]!
;;   0x00b4: mov x29, sp
;;   0x00b8: ldr x16, [x28]
;;   0x00bc: ldr x16, [x16]
;;   0x00c0: mov x17, #0x60
;;   0x00c4: movk x17, #0x0, lsl #16
;;   0x00c8: add x16, x16, x17
;;   0x00cc: cmp sp, x16
;;   0x00d0: b.lo 0x100
;;   0x00d4: mov x16, #0x60
;;   0x00d8: movk x16, #0x0, lsl #16
;;   0x00dc: sub sp, sp, x16
;;   0x00e0: stur x28, [x29, #-0x8]
;;   0x00e4: fmov s0, #2.5
;;   0x00e8: ldr s1, [x29, #0x10]
;;   0x00ec: fmul s1, s1, s0
;;   0x00f0: fmov s0, s1
;;   0x00f4: mov sp, x29
;;   0x00f8: ldp x29, x30, [sp], #0x18
;;   0x00fc: ret
;;   0x0100: udf #0xa
;; function 3 (div_const_lhs):
;;   0x0110: stp x29, x30, [sp, #-0x10]!
;;   0x0114: mov x29, sp
;;   0x0118: ldr x16, [x28]
;;   0x011c: ldr x16, [x16]
;;   0x0120: mov x17, #0x60
;;   0x0124: movk x17, #0x0, lsl #16
;;   0x0128: add x16, x16, x17
;;   0x012c: cmp sp, x16
;;   0x0130: b.lo 0x15c
;;   0x0134: mov x16, #0x60
;;   0x0138: movk x16, #0x0, lsl #16
;;   0x013c: sub sp, sp, x16
;;   0x0140: stur x28, [x29, #-0x8]
;;   0x0144: fmov s0, #1.0
;;   0x0148: ldr s30, [x29, #0x10]
;;   0x014c: fdiv s0, s0, s30
;;   0x0150: mov sp, x29
;;   0x0154: ldp x29, x30, [sp], #0x18
;;   0x0158: ret
;;   0x015c: udf #0xa
