;;! target = "aarch64"

;; i32 to float: one scvtf/ucvtf of the W register each (a W source reads
;; only the low 32 bits).
(module
  (func (export "f32_s") (param i32) (result f32) (f32.convert_i32_s (local.get 0)))
  (func (export "f32_u") (param i32) (result f32) (f32.convert_i32_u (local.get 0)))
  (func (export "f64_s") (param i32) (result f64) (f64.convert_i32_s (local.get 0)))
  (func (export "f64_u") (param i32) (result f64) (f64.convert_i32_u (local.get 0)))
  (func (export "f64_u_computed") (param i32 i32) (result f64)
    (f64.convert_i32_u (i32.sub (local.get 0) (local.get 1)))))
;; function 0 (f32_s):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x54
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: mov w0, w19
;;   0x0040: scvtf s0, w0
;;   0x0044: ldur x19, [x29, #-0x10]
;;   0x0048: mov sp, x29
;;   0x004c: ldp x29, x30, [sp], #0x18
;;   0x0050: ret
;;   0x0054: udf #0xa
;; function 1 (f32_u):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x50
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xb4
;;   0x0084: mov x16, #0x50
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: ldr w19, [x29, #0x10]
;;   0x009c: mov w0, w19
;;   0x00a0: ucvtf s0, w0
;;   0x00a4: ldur x19, [x29, #-0x10]
;;   0x00a8: mov sp, x29
;;   0x00ac: ldp x29, x30, [sp], #0x18
;;   0x00b0: ret
;;   0x00b4: udf #0xa
;; function 2 (f64_s):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x50
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x114
;;   0x00e4: mov x16, #0x50
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: ldr w19, [x29, #0x10]
;;   0x00fc: mov w0, w19
;;   0x0100: scvtf d0, w0
;;   0x0104: ldur x19, [x29, #-0x10]
;;   0x0108: mov sp, x29
;;   0x010c: ldp x29, x30, [sp], #0x18
;;   0x0110: ret
;;   0x0114: udf #0xa
;; function 3 (f64_u):
;;   0x0120: stp x29, x30, [sp, #-0x10]!
;;   0x0124: mov x29, sp
;;   0x0128: ldr x16, [x28]
;;   0x012c: ldr x16, [x16]
;;   0x0130: mov x17, #0x50
;;   0x0134: movk x17, #0x0, lsl #16
;;   0x0138: add x16, x16, x17
;;   0x013c: cmp sp, x16
;;   0x0140: b.lo 0x174
;;   0x0144: mov x16, #0x50
;;   0x0148: movk x16, #0x0, lsl #16
;;   0x014c: sub sp, sp, x16
;;   0x0150: stur x28, [x29, #-0x8]
;;   0x0154: stur x19, [x29, #-0x10]
;;   0x0158: ldr w19, [x29, #0x10]
;;   0x015c: mov w0, w19
;;   0x0160: ucvtf d0, w0
;;   0x0164: ldur x19, [x29, #-0x10]
;;   0x0168: mov sp, x29
;;   0x016c: ldp x29, x30, [sp], #0x18
;;   0x0170: ret
;;   0x0174: udf #0xa
;; function 4 (f64_u_computed):
;;   0x0180: stp x29, x30, [sp, #-0x10]!
;;   0x0184: mov x29, sp
;;   0x0188: ldr x16, [x28]
;;   0x018c: ldr x16, [x16]
;;   0x0190: mov x17, #0x60
;;   0x0194: movk x17, #0x0, lsl #16
;;   0x0198: add x16, x16, x17
;;   0x019c: cmp sp, x16
;;   0x01a0: b.lo 0x1e0
;;   0x01a4: mov x16, #0x60
;;   0x01a8: movk x16, #0x0, lsl #16
;;   0x01ac: sub sp, sp, x16
;;   0x01b0: stur x28, [x29, #-0x8]
;;   0x01b4: stur x19, [x29, #-0x10]
;;   0x01b8: stur x20, [x29, #-0x18]
;;   0x01bc: ldr w19, [x29, #0x10]
;;   0x01c0: ldr w20, [x29, #0x18]
;;   0x01c4: sub w0, w19, w20
;;   0x01c8: ucvtf d0, w0
;;   0x01cc: ldur x19, [x29, #-0x10]
;;   0x01d0: ldur x20, [x29, #-0x18]
;;   0x01d4: mov sp, x29
;;   0x01d8: ldp x29, x30, [sp], #0x20
;;   0x01dc: ret
;;   0x01e0: udf #0xa
