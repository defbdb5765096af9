;;! target = "aarch64"

;; A call with mixed int/float parameters and multiple results.
(module
  (func $mix (param i32 f32 i64 f64) (result f64 i32 f32 i64)
    (f64.add (f64.convert_i32_s (local.get 0)) (local.get 3))
    (i32.trunc_f32_s (local.get 1))
    (f32.convert_i64_s (local.get 2))
    (i64.reinterpret_f64 (local.get 3)))
  (func (export "caller") (param f32 f64) (result f64)
    (call $mix (i32.const 7) (local.get 0) (i64.const -1) (local.get 1))
    (drop)
    (drop)
    (drop))
  (func (export "caller_live") (param f32) (result f32)
    (local i64 f32 i32)
    (f32.mul (local.get 0) (local.get 0))
    (call $mix (i32.const 1) (f32.const 2) (i64.const 3) (f64.const 4))
    (local.set 1)
    (local.set 2)
    (local.set 3)
    (drop)
    (local.get 2)
    (f32.add)
    (f32.convert_i32_s (local.get 3))
    (f32.add)))
;; function 0 (mix):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x70
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x9c
;;   0x0024: mov x16, #0x70
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr x20, [x29, #0x20]
;;   0x0044: mov w0, w19
;;   0x0048: scvtf d0, w0
;;   0x004c: ldr d30, [x29, #0x28]
;;   0x0050: fadd d0, d0, d30
;;   0x0054: ldr s1, [x29, #0x18]
;;   0x0058: fcmp s1, s1
;;   0x005c: b.vs 0xa0
;;   0x0060: fcvtzs x0, s1
;;   0x0064: cmp x0, w0, sxtw
;;   0x0068: b.ne 0xa4
;;   0x006c: mov w0, w0
;;   0x0070: mov x1, x20
;;   0x0074: scvtf s1, x1
;;   0x0078: ldr x1, [x29, #0x28]
;;   0x007c: str w0, [x29, #0x30]
;;   0x0080: str s1, [x29, #0x38]
;;   0x0084: str x1, [x29, #0x40]
;;   0x0088: ldur x19, [x29, #-0x10]
;;   0x008c: ldur x20, [x29, #-0x18]
;;   0x0090: mov sp, x29
;;   0x0094: ldp x29, x30, [sp], #0x30
;;   0x0098: ret
;;   0x009c: udf #0xa
;;   0x00a0: udf #0x4
;;   0x00a4: udf #0x3
;; function 1 (caller):
;;   0x00b0: stp x29, x30, [sp, #-0x10]!
;;   0x00b4: mov x29, sp
;;   0x00b8: ldr x16, [x28]
;;   0x00bc: ldr x16, [x16]
;;   0x00c0: mov x17, #0xb0
;;   0x00c4: movk x17, #0x0, lsl #16
;;   0x00c8: add x16, x16, x17
;;   0x00cc: cmp sp, x16
;;   0x00d0: b.lo 0x140
;;   0x00d4: mov x16, #0x70
;;   0x00d8: movk x16, #0x0, lsl #16
;;   0x00dc: sub sp, sp, x16
;;   0x00e0: stur x28, [x29, #-0x8]
;;   0x00e4: sub sp, sp, #0x40
;;   0x00e8: mov w17, #0x7
;;   0x00ec: str w17, [sp]
;;   0x00f0: ldr w17, [x29, #0x10]
;;   0x00f4: str w17, [sp, #0x8]
;;   0x00f8: mov x17, #0xffffffffffffffff
;;   0x00fc: str x17, [sp, #0x10]
;;   0x0100: ldr x17, [x29, #0x18]
;;   0x0104: str x17, [sp, #0x18]
;;   0x0108: bl 0x0
;;   0x010c: mov x16, sp
;;   0x0110: ldr w17, [x16]
;;   0x0114: stur w17, [x29, #-0x58]
;;   0x0118: add x16, sp, #0x8
;;   0x011c: ldr w17, [x16]
;;   0x0120: stur w17, [x29, #-0x60]
;;   0x0124: add x16, sp, #0x10
;;   0x0128: ldr x17, [x16]
;;   0x012c: stur x17, [x29, #-0x68]
;;   0x0130: add sp, sp, #0x20
;;   0x0134: mov sp, x29
;;   0x0138: ldp x29, x30, [sp], #0x20
;;   0x013c: ret
;;   0x0140: udf #0xa
;; function 2 (caller_live):
;;   0x0150: stp x29, x30, [sp, #-0x10]!
;;   0x0154: mov x29, sp
;;   0x0158: ldr x16, [x28]
;;   0x015c: ldr x16, [x16]
;;   0x0160: mov x17, #0xd0
;;   0x0164: movk x17, #0x0, lsl #16
;;   0x0168: add x16, x16, x17
;;   0x016c: cmp sp, x16
;;   0x0170: b.lo 0x234
;;   0x0174: mov x16, #0x90
;;   0x0178: movk x16, #0x0, lsl #16
;;   0x017c: sub sp, sp, x16
;;   0x0180: stur x28, [x29, #-0x8]
;;   0x0184: stur wzr, [x29, #-0x58]
;;   0x0188: stur x19, [x29, #-0x10]
;;   0x018c: stur x20, [x29, #-0x18]
;;   0x0190: mov x19, #0x0
;;   0x0194: mov w20, #0x0
;;   0x0198: ldr s0, [x29, #0x10]
;;   0x019c: ldr s30, [x29, #0x10]
;;   0x01a0: fmul s0, s0, s30
;;   0x01a4: sub sp, sp, #0x40
;;   0x01a8: mov w17, #0x1
;;   0x01ac: str w17, [sp]
;;   0x01b0: mov w17, #0x40000000
;;   0x01b4: str w17, [sp, #0x8]
;;   0x01b8: mov x17, #0x3
;;   0x01bc: str x17, [sp, #0x10]
;;   0x01c0: mov x17, #0x4010000000000000
;;   0x01c4: str x17, [sp, #0x18]
;;   0x01c8: stur s0, [x29, #-0x68]
;;   0x01cc: bl 0x0
;;   0x01d0: mov x16, sp
;;   0x01d4: ldr w17, [x16]
;;   0x01d8: stur w17, [x29, #-0x78]
;;   0x01dc: add x16, sp, #0x8
;;   0x01e0: ldr w17, [x16]
;;   0x01e4: stur w17, [x29, #-0x80]
;;   0x01e8: add x16, sp, #0x10
;;   0x01ec: ldr x17, [x16]
;;   0x01f0: stur x17, [x29, #-0x88]
;;   0x01f4: add sp, sp, #0x20
;;   0x01f8: ldur x19, [x29, #-0x88]
;;   0x01fc: ldur w17, [x29, #-0x80]
;;   0x0200: stur w17, [x29, #-0x58]
;;   0x0204: ldur w20, [x29, #-0x78]
;;   0x0208: ldur s0, [x29, #-0x68]
;;   0x020c: ldur s30, [x29, #-0x58]
;;   0x0210: fadd s0, s0, s30
;;   0x0214: mov w0, w20
;;   0x0218: scvtf s1, w0
;;   0x021c: fadd s0, s0, s1
;;   0x0220: ldur x19, [x29, #-0x10]
;;   0x0224: ldur x20, [x29, #-0x18]
;;   0x0228: mov sp, x29
;;   0x022c: ldp x29, x30, [sp], #0x18
;;   0x0230: ret
;;   0x0234: udf #0xa
