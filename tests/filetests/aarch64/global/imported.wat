;; The module of x64/global/imported.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (import "env" "g_i32" (global $gi (mut i32)))
  (import "env" "g_f64" (global $gf f64))
  (import "env" "g_i64" (global $gl i64))
  (global $own (mut f32) (f32.const 0))
  (func (export "get_imported") (result i32) (global.get $gi))
  (func (export "set_imported") (param i32) (global.set $gi (local.get 0)))
  (func (export "get_imported_const") (result f64) (global.get $gf))
  (func (export "mix") (result f32)
    (global.set $own (f32.add (global.get $own) (f32.demote_f64 (global.get $gf))))
    (global.get $own))
  (func (export "i64_plus") (result i64) (i64.add (global.get $gl) (i64.const 1))))
;; function 0 (get_imported):
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
;;   0x0034: ldr x16, [x28, #0x18]
;;   0x0038: ldr w0, [x16]
;;   0x003c: mov sp, x29
;;   0x0040: ldp x29, x30, [sp], #0x10
;;   0x0044: ret
;;   0x0048: udf #0xa
;; function 1 (set_imported):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x50
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0xa8
;;   0x0074: mov x16, #0x50
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: stur x19, [x29, #-0x10]
;;   0x0088: ldr w19, [x29, #0x10]
;;   0x008c: mov w0, w19
;;   0x0090: ldr x16, [x28, #0x18]
;;   0x0094: str w0, [x16]
;;   0x0098: ldur x19, [x29, #-0x10]
;;   0x009c: mov sp, x29
;;   0x00a0: ldp x29, x30, [sp], #0x18
;;   0x00a4: ret
;;   0x00a8: udf #0xa
;; function 2 (get_imported_const):
;;   0x00b0: stp x29, x30, [sp, #-0x10]!
;;   0x00b4: mov x29, sp
;;   0x00b8: ldr x16, [x28]
;;   0x00bc: ldr x16, [x16]
;;   0x00c0: mov x17, #0x50
;;   0x00c4: movk x17, #0x0, lsl #16
;;   0x00c8: add x16, x16, x17
;;   0x00cc: cmp sp, x16
;;   0x00d0: b.lo 0xf8
;;   0x00d4: mov x16, #0x50
;;   0x00d8: movk x16, #0x0, lsl #16
;;   0x00dc: sub sp, sp, x16
;;   0x00e0: stur x28, [x29, #-0x8]
;;   0x00e4: ldr x16, [x28, #0x20]
;;   0x00e8: ldr d0, [x16]
;;   0x00ec: mov sp, x29
;;   0x00f0: ldp x29, x30, [sp], #0x10
;;   0x00f4: ret
;;   0x00f8: udf #0xa
;; function 3 (mix):
;;   0x0100: stp x29, x30, [sp, #-0x10]!
;;   0x0104: mov x29, sp
;;   0x0108: ldr x16, [x28]
;;   0x010c: ldr x16, [x16]
;;   0x0110: mov x17, #0x60
;;   0x0114: movk x17, #0x0, lsl #16
;;   0x0118: add x16, x16, x17
;;   0x011c: cmp sp, x16
;;   0x0120: b.lo 0x168
;;   0x0124: mov x16, #0x60
;;   0x0128: movk x16, #0x0, lsl #16
;;   0x012c: sub sp, sp, x16
;;   0x0130: stur x28, [x29, #-0x8]
;;   0x0134: ldr x16, [x28, #0x30]
;;   0x0138: ldr s0, [x16]
;;   0x013c: ldr x16, [x28, #0x20]
;;   0x0140: ldr d1, [x16]
;;   0x0144: fcvt s1, d1
;;   0x0148: fadd s0, s0, s1
;;   0x014c: ldr x16, [x28, #0x30]
;;   0x0150: str s0, [x16]
;;   0x0154: ldr x16, [x28, #0x30]
;;   0x0158: ldr s0, [x16]
;;   0x015c: mov sp, x29
;;   0x0160: ldp x29, x30, [sp], #0x10
;;   0x0164: ret
;;   0x0168: udf #0xa
;; function 4 (i64_plus):
;;   0x0170: stp x29, x30, [sp, #-0x10]!
;;   0x0174: mov x29, sp
;;   0x0178: ldr x16, [x28]
;;   0x017c: ldr x16, [x16]
;;   0x0180: mov x17, #0x60
;;   0x0184: movk x17, #0x0, lsl #16
;;   0x0188: add x16, x16, x17
;;   0x018c: cmp sp, x16
;;   0x0190: b.lo 0x1bc
;;   0x0194: mov x16, #0x60
;;   0x0198: movk x16, #0x0, lsl #16
;;   0x019c: sub sp, sp, x16
;;   0x01a0: stur x28, [x29, #-0x8]
;;   0x01a4: ldr x16, [x28, #0x28]
;;   0x01a8: ldr x0, [x16]
;;   0x01ac: add x0, x0, #0x1
;;   0x01b0: mov sp, x29
;;   0x01b4: ldp x29, x30, [sp], #0x10
;;   0x01b8: ret
;;   0x01bc: udf #0xa
