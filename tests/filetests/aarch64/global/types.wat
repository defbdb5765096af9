;; The module of x64/global/types.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (global $i32 (mut i32) (i32.const 1))
  (global $i64 (mut i64) (i64.const 2))
  (global $f32 (mut f32) (f32.const 3))
  (global $f64 (mut f64) (f64.const 4))
  (global $ci32 i32 (i32.const -1))
  (global $cf64 f64 (f64.const 0.5))
  (func (export "get_i32") (result i32) (global.get $i32))
  (func (export "set_i32_const") (global.set $i32 (i32.const 7)))
  (func (export "get_i64") (result i64) (global.get $i64))
  (func (export "set_i64") (param i64) (global.set $i64 (local.get 0)))
  (func (export "get_f32") (result f32) (global.get $f32))
  (func (export "set_f32") (param f32) (global.set $f32 (local.get 0)))
  (func (export "get_f64") (result f64) (global.get $f64))
  (func (export "set_f64_const") (global.set $f64 (f64.const -2)))
  (func (export "get_consts") (result i32 f64) (global.get $ci32) (global.get $cf64))
  (func (export "incr") (global.set $i32 (i32.add (global.get $i32) (i32.const 1)))))
;; function 0 (get_i32):
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
;; function 1 (set_i32_const):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x50
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0x9c
;;   0x0074: mov x16, #0x50
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: mov w0, #0x7
;;   0x0088: ldr x16, [x28, #0x18]
;;   0x008c: str w0, [x16]
;;   0x0090: mov sp, x29
;;   0x0094: ldp x29, x30, [sp], #0x10
;;   0x0098: ret
;;   0x009c: udf #0xa
;; function 2 (get_i64):
;;   0x00a0: stp x29, x30, [sp, #-0x10]!
;;   0x00a4: mov x29, sp
;;   0x00a8: ldr x16, [x28]
;;   0x00ac: ldr x16, [x16]
;;   0x00b0: mov x17, #0x50
;;   0x00b4: movk x17, #0x0, lsl #16
;;   0x00b8: add x16, x16, x17
;;   0x00bc: cmp sp, x16
;;   0x00c0: b.lo 0xe8
;;   0x00c4: mov x16, #0x50
;;   0x00c8: movk x16, #0x0, lsl #16
;;   0x00cc: sub sp, sp, x16
;;   0x00d0: stur x28, [x29, #-0x8]
;;   0x00d4: ldr x16, [x28, #0x20]
;;   0x00d8: ldr x0, [x16]
;;   0x00dc: mov sp, x29
;;   0x00e0: ldp x29, x30, [sp], #0x10
;;   0x00e4: ret
;;   0x00e8: udf #0xa
;; function 3 (set_i64):
;;   0x00f0: stp x29, x30, [sp, #-0x10]!
;;   0x00f4: mov x29, sp
;;   0x00f8: ldr x16, [x28]
;;   0x00fc: ldr x16, [x16]
;;   0x0100: mov x17, #0x50
;;   0x0104: movk x17, #0x0, lsl #16
;;   0x0108: add x16, x16, x17
;;   0x010c: cmp sp, x16
;;   0x0110: b.lo 0x148
;;   0x0114: mov x16, #0x50
;;   0x0118: movk x16, #0x0, lsl #16
;;   0x011c: sub sp, sp, x16
;;   0x0120: stur x28, [x29, #-0x8]
;;   0x0124: stur x19, [x29, #-0x10]
;;   0x0128: ldr x19, [x29, #0x10]
;;   0x012c: mov x0, x19
;;   0x0130: ldr x16, [x28, #0x20]
;;   0x0134: str x0, [x16]
;;   0x0138: ldur x19, [x29, #-0x10]
;;   0x013c: mov sp, x29
;;   0x0140: ldp x29, x30, [sp], #0x18
;;   0x0144: ret
;;   0x0148: udf #0xa
;; function 4 (get_f32):
;;   0x0150: stp x29, x30, [sp, #-0x10]!
;;   0x0154: mov x29, sp
;;   0x0158: ldr x16, [x28]
;;   0x015c: ldr x16, [x16]
;;   0x0160: mov x17, #0x50
;;   0x0164: movk x17, #0x0, lsl #16
;;   0x0168: add x16, x16, x17
;;   0x016c: cmp sp, x16
;;   0x0170: b.lo 0x198
;;   0x0174: mov x16, #0x50
;;   0x0178: movk x16, #0x0, lsl #16
;;   0x017c: sub sp, sp, x16
;;   0x0180: stur x28, [x29, #-0x8]
;;   0x0184: ldr x16, [x28, #0x28]
;;   0x0188: ldr s0, [x16]
;;   0x018c: mov sp, x29
;;   0x0190: ldp x29, x30, [sp], #0x10
;;   0x0194: ret
;;   0x0198: udf #0xa
;; function 5 (set_f32):
;;   0x01a0: stp x29, x30, [sp, #-0x10]!
;;   0x01a4: mov x29, sp
;;   0x01a8: ldr x16, [x28]
;;   0x01ac: ldr x16, [x16]
;;   0x01b0: mov x17, #0x50
;;   0x01b4: movk x17, #0x0, lsl #16
;;   0x01b8: add x16, x16, x17
;;   0x01bc: cmp sp, x16
;;   0x01c0: b.lo 0x1ec
;;   0x01c4: mov x16, #0x50
;;   0x01c8: movk x16, #0x0, lsl #16
;;   0x01cc: sub sp, sp, x16
;;   0x01d0: stur x28, [x29, #-0x8]
;;   0x01d4: ldr s0, [x29, #0x10]
;;   0x01d8: ldr x16, [x28, #0x28]
;;   0x01dc: str s0, [x16]
;;   0x01e0: mov sp, x29
;;   0x01e4: ldp x29, x30, [sp], #0x18
;;   0x01e8: ret
;;   0x01ec: udf #0xa
;; function 6 (get_f64):
;;   0x01f0: stp x29, x30, [sp, #-0x10]!
;;   0x01f4: mov x29, sp
;;   0x01f8: ldr x16, [x28]
;;   0x01fc: ldr x16, [x16]
;;   0x0200: mov x17, #0x50
;;   0x0204: movk x17, #0x0, lsl #16
;;   0x0208: add x16, x16, x17
;;   0x020c: cmp sp, x16
;;   0x0210: b.lo 0x238
;;   0x0214: mov x16, #0x50
;;   0x0218: movk x16, #0x0, lsl #16
;;   0x021c: sub sp, sp, x16
;;   0x0220: stur x28, [x29, #-0x8]
;;   0x0224: ldr x16, [x28, #0x30]
;;   0x0228: ldr d0, [x16]
;;   0x022c: mov sp, x29
;;   0x0230: ldp x29, x30, [sp], #0x10
;;   0x0234: ret
;;   0x0238: udf #0xa
;; function 7 (set_f64_const):
;;   0x0240: stp x29, x30, [sp, #-0x10]!
;;   0x0244: mov x29, sp
;;   0x0248: ldr x16, [x28]
;;   0x024c: ldr x16, [x16]
;;   0x0250: mov x17, #0x50
;;   0x0254: movk x17, #0x0, lsl #16
;;   0x0258: add x16, x16, x17
;;   0x025c: cmp sp, x16
;;   0x0260: b.lo 0x28c
;;   0x0264: mov x16, #0x50
;;   0x0268: movk x16, #0x0, lsl #16
;;   0x026c: sub sp, sp, x16
;;   0x0270: stur x28, [x29, #-0x8]
;;   0x0274: fmov d0, #-2.0
;;   0x0278: ldr x16, [x28, #0x30]
;;   0x027c: str d0, [x16]
;;   0x0280: mov sp, x29
;;   0x0284: ldp x29, x30, [sp], #0x10
;;   0x0288: ret
;;   0x028c: udf #0xa
;; function 8 (get_consts):
;;   0x0290: stp x29, x30, [sp, #-0x10]!
;;   0x0294: mov x29, sp
;;   0x0298: ldr x16, [x28]
;;   0x029c: ldr x16, [x16]
;;   0x02a0: mov x17, #0x60
;;   0x02a4: movk x17, #0x0, lsl #16
;;   0x02a8: add x16, x16, x17
;;   0x02ac: cmp sp, x16
;;   0x02b0: b.lo 0x2e4
;;   0x02b4: mov x16, #0x60
;;   0x02b8: movk x16, #0x0, lsl #16
;;   0x02bc: sub sp, sp, x16
;;   0x02c0: stur x28, [x29, #-0x8]
;;   0x02c4: ldr x16, [x28, #0x38]
;;   0x02c8: ldr w0, [x16]
;;   0x02cc: ldr x16, [x28, #0x40]
;;   0x02d0: ldr d0, [x16]
;;   0x02d4: str d0, [x29, #0x10]
;;   0x02d8: mov sp, x29
;;   0x02dc: ldp x29, x30, [sp], #0x10
;;   0x02e0: ret
;;   0x02e4: udf #0xa
;; function 9 (incr):
;;   0x02f0: stp x29, x30, [sp, #-0x10]!
;;   0x02f4: mov x29, sp
;;   0x02f8: ldr x16, [x28]
;;   0x02fc: ldr x16, [x16]
;;   0x0300: mov x17, #0x60
;;   0x0304: movk x17, #0x0, lsl #16
;;   0x0308: add x16, x16, x17
;;   0x030c: cmp sp, x16
;;   0x0310: b.lo 0x344
;;   0x0314: mov x16, #0x60
;;   0x0318: movk x16, #0x0, lsl #16
;;   0x031c: sub sp, sp, x16
;;   0x0320: stur x28, [x29, #-0x8]
;;   0x0324: ldr x16, [x28, #0x18]
;;   0x0328: ldr w0, [x16]
;;   0x032c: add w0, w0, #0x1
;;   0x0330: ldr x16, [x28, #0x18]
;;   0x0334: str w0, [x16]
;;   0x0338: mov sp, x29
;;   0x033c: ldp x29, x30, [sp], #0x10
;;   0x0340: ret
;;   0x0344: udf #0xa
