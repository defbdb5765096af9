;;! target = "aarch64"

;; Reinterpretations move the bits between register files (fmov); from a
;; local they are a load into the new class; constants stay constants.
(module
  (func (export "i32_from_f32") (param f32) (result i32) (i32.reinterpret_f32 (local.get 0)))
  (func (export "f32_from_i32") (param i32) (result f32) (f32.reinterpret_i32 (local.get 0)))
  (func (export "i64_from_f64") (param f64) (result i64) (i64.reinterpret_f64 (local.get 0)))
  (func (export "f64_from_i64") (param i64) (result f64) (f64.reinterpret_i64 (local.get 0)))
  (func (export "from_regs") (param f32 i64) (result i32 f64)
    (i32.reinterpret_f32 (f32.add (local.get 0) (local.get 0)))
    (f64.reinterpret_i64 (i64.add (local.get 1) (local.get 1))))
  (func (export "consts") (result i32 f64)
    (i32.reinterpret_f32 (f32.const -1))
    (f64.reinterpret_i64 (i64.const 0x4000000000000000))))
;; function 0 (i32_from_f32):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x44
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: ldr w0, [x29, #0x10]
;;   0x0038: mov sp, x29
;;   0x003c: ldp x29, x30, [sp], #0x18
;;   0x0040: ret
;;   0x0044: udf #0xa
;; function 1 (f32_from_i32):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x50
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0xa0
;;   0x0074: mov x16, #0x50
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: stur x19, [x29, #-0x10]
;;   0x0088: ldr w19, [x29, #0x10]
;;   0x008c: fmov s0, w19
;;   0x0090: ldur x19, [x29, #-0x10]
;;   0x0094: mov sp, x29
;;   0x0098: ldp x29, x30, [sp], #0x18
;;   0x009c: ret
;;   0x00a0: udf #0xa
;; function 2 (i64_from_f64):
;;   0x00b0: stp x29, x30, [sp, #-0x10]!
;;   0x00b4: mov x29, sp
;;   0x00b8: ldr x16, [x28]
;;   0x00bc: ldr x16, [x16]
;;   0x00c0: mov x17, #0x50
;;   0x00c4: movk x17, #0x0, lsl #16
;;   0x00c8: add x16, x16, x17
;;   0x00cc: cmp sp, x16
;;   0x00d0: b.lo 0xf4
;;   0x00d4: mov x16, #0x50
;;   0x00d8: movk x16, #0x0, lsl #16
;;   0x00dc: sub sp, sp, x16
;;   0x00e0: stur x28, [x29, #-0x8]
;;   0x00e4: ldr x0, [x29, #0x10]
;;   0x00e8: mov sp, x29
;;   0x00ec: ldp x29, x30, [sp], #0x18
;;   0x00f0: ret
;;   0x00f4: udf #0xa
;; function 3 (f64_from_i64):
;;   0x0100: stp x29, x30, [sp, #-0x10]!
;;   0x0104: mov x29, sp
;;   0x0108: ldr x16, [x28]
;;   0x010c: ldr x16, [x16]
;;   0x0110: mov x17, #0x50
;;   0x0114: movk x17, #0x0, lsl #16
;;   0x0118: add x16, x16, x17
;;   0x011c: cmp sp, x16
;;   0x0120: b.lo 0x150
;;   0x0124: mov x16, #0x50
;;   0x0128: movk x16, #0x0, lsl #16
;;   0x012c: sub sp, sp, x16
;;   0x0130: stur x28, [x29, #-0x8]
;;   0x0134: stur x19, [x29, #-0x10]
;;   0x0138: ldr x19, [x29, #0x10]
;;   0x013c: fmov d0, x19
;;   0x0140: ldur x19, [x29, #-0x10]
;;   0x0144: mov sp, x29
;;   0x0148: ldp x29, x30, [sp], #0x18
;;   0x014c: ret
;;   0x0150: udf #0xa
;; function 4 (from_regs):
;;   0x0160: stp x29, x30, [sp, #-0x10]!
;;   0x0164: mov x29, sp
;;   0x0168: ldr x16, [x28]
;;   0x016c: ldr x16, [x16]
;;   0x0170: mov x17, #0x60
;;   0x0174: movk x17, #0x0, lsl #16
;;   0x0178: add x16, x16, x17
;;   0x017c: cmp sp, x16
;;   0x0180: b.lo 0x1c8
;;   0x0184: mov x16, #0x60
;;   0x0188: movk x16, #0x0, lsl #16
;;   0x018c: sub sp, sp, x16
;;   0x0190: stur x28, [x29, #-0x8]
;;   0x0194: stur x19, [x29, #-0x10]
;;   0x0198: ldr x19, [x29, #0x18]
;;   0x019c: ldr s0, [x29, #0x10]
;;   0x01a0: ldr s30, [x29, #0x10]
;;   0x01a4: fadd s0, s0, s30
;;   0x01a8: fmov w0, s0
;;   0x01ac: add x1, x19, x19
;;   0x01b0: fmov d0, x1
;;   0x01b4: str d0, [x29, #0x20]
;;   0x01b8: ldur x19, [x29, #-0x10]
;;   0x01bc: mov sp, x29
;;   0x01c0: ldp x29, x30, [sp], #0x20
;;   0x01c4: ret
;;   0x01c8: udf #0xa
;; function 5 (consts):
;;   0x01d0: stp x29, x30, [sp, #-0x10]!
;;   0x01d4: mov x29, sp
;;   0x01d8: ldr x16, [x28]
;;   0x01dc: ldr x16, [x16]
;;   0x01e0: mov x17, #0x60
;;   0x01e4: movk x17, #0x0, lsl #16
;;   0x01e8: add x16, x16, x17
;;   0x01ec: cmp sp, x16
;;   0x01f0: b.lo 0x21c
;;   0x01f4: mov x16, #0x60
;;   0x01f8: movk x16, #0x0, lsl #16
;;   0x01fc: sub sp, sp, x16
;;   0x0200: stur x28, [x29, #-0x8]
;;   0x0204: mov x17, #0x4000000000000000
;;   0x0208: str x17, [x29, #0x10]
;;   0x020c: mov w0, #0xbf800000
;;   0x0210: mov sp, x29
;;   0x0214: ldp x29, x30, [sp], #0x10
;;   0x0218: ret
;;   0x021c: udf #0xa
