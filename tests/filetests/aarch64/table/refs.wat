;; The module of x64/table/refs.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func $f (result i32) (i32.const 1))
  (func $g)
  (elem declare func $f $g)
  (func (export "null_func") (result funcref) (ref.null func))
  (func (export "null_extern") (result externref) (ref.null extern))
  (func (export "is_null") (param externref) (result i32) (ref.is_null (local.get 0)))
  (func (export "is_null_func") (param funcref) (result i32) (ref.is_null (local.get 0)))
  (func (export "is_null_const") (result i32) (ref.is_null (ref.null func)))
  (func (export "func_f") (result funcref) (ref.func $f))
  (func (export "func_g") (result funcref) (ref.func $g))
  (func (export "select_ref") (param funcref funcref i32) (result funcref)
    (select (result funcref) (local.get 0) (local.get 1) (local.get 2))))
;; function 0 (f):
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
;;   0x0034: mov w0, #0x1
;;   0x0038: mov sp, x29
;;   0x003c: ldp x29, x30, [sp], #0x10
;;   0x0040: ret
;;   0x0044: udf #0xa
;; function 1 (g):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x50
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0x90
;;   0x0074: mov x16, #0x50
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: mov sp, x29
;;   0x0088: ldp x29, x30, [sp], #0x10
;;   0x008c: ret
;;   0x0090: udf #0xa
;; function 2 (null_func):
;;   0x00a0: stp x29, x30, [sp, #-0x10]!
;;   0x00a4: mov x29, sp
;;   0x00a8: ldr x16, [x28]
;;   0x00ac: ldr x16, [x16]
;;   0x00b0: mov x17, #0x50
;;   0x00b4: movk x17, #0x0, lsl #16
;;   0x00b8: add x16, x16, x17
;;   0x00bc: cmp sp, x16
;;   0x00c0: b.lo 0xe4
;;   0x00c4: mov x16, #0x50
;;   0x00c8: movk x16, #0x0, lsl #16
;;   0x00cc: sub sp, sp, x16
;;   0x00d0: stur x28, [x29, #-0x8]
;;   0x00d4: mov x0, #0x0
;;   0x00d8: mov sp, x29
;;   0x00dc: ldp x29, x30, [sp], #0x10
;;   0x00e0: ret
;;   0x00e4: udf #0xa
;; function 3 (null_extern):
;;   0x00f0: stp x29, x30, [sp, #-0x10]!
;;   0x00f4: mov x29, sp
;;   0x00f8: ldr x16, [x28]
;;   0x00fc: ldr x16, [x16]
;;   0x0100: mov x17, #0x50
;;   0x0104: movk x17, #0x0, lsl #16
;;   0x0108: add x16, x16, x17
;;   0x010c: cmp sp, x16
;;   0x0110: b.lo 0x134
;;   0x0114: mov x16, #0x50
;;   0x0118: movk x16, #0x0, lsl #16
;;   0x011c: sub sp, sp, x16
;;   0x0120: stur x28, [x29, #-0x8]
;;   0x0124: mov x0, #0x0
;;   0x0128: mov sp, x29
;;   0x012c: ldp x29, x30, [sp], #0x10
;;   0x0130: ret
;;   0x0134: udf #0xa
;; function 4 (is_null):
;;   0x0140: stp x29, x30, [sp, #-0x10]!
;;   0x0144: mov x29, sp
;;   0x0148: ldr x16, [x28]
;;   0x014c: ldr x16, [x16]
;;   0x0150: mov x17, #0x50
;;   0x0154: movk x17, #0x0, lsl #16
;;   0x0158: add x16, x16, x17
;;   0x015c: cmp sp, x16
;;   0x0160: b.lo 0x18c
;;   0x0164: mov x16, #0x50
;;   0x0168: movk x16, #0x0, lsl #16
;;   0x016c: sub sp, sp, x16
;;   0x0170: stur x28, [x29, #-0x8]
;;   0x0174: ldr x0, [x29, #0x10]
;;   0x0178: cmp x0, #0x0
;;   0x017c: cset w0, eq
;;   0x0180: mov sp, x29
;;   0x0184: ldp x29, x30, [sp], #0x18
;;   0x0188: ret
;;   0x018c: udf #0xa
;; function 5 (is_null_func):
;;   0x0190: stp x29, x30, [sp, #-0x10]!
;;   0x0194: mov x29, sp
;;   0x0198: ldr x16, [x28]
;;   0x019c: ldr x16, [x16]
;;   0x01a0: mov x17, #0x50
;;   0x01a4: movk x17, #0x0, lsl #16
;;   0x01a8: add x16, x16, x17
;;   0x01ac: cmp sp, x16
;;   0x01b0: b.lo 0x1e4
;;   0x01b4: mov x16, #0x50
;;   0x01b8: movk x16, #0x0, lsl #16
;;   0x01bc: sub sp, sp, x16
;;   0x01c0: stur x28, [x29, #-0x8]
;;   0x01c4: stur x19, [x29, #-0x10]
;;   0x01c8: ldr x19, [x29, #0x10]
;;   0x01cc: cmp x19, #0x0
;;   0x01d0: cset w0, eq
;;   0x01d4: ldur x19, [x29, #-0x10]
;;   0x01d8: mov sp, x29
;;   0x01dc: ldp x29, x30, [sp], #0x18
;;   0x01e0: ret
;;   0x01e4: udf #0xa
;; function 6 (is_null_const):
;;   0x01f0: stp x29, x30, [sp, #-0x10]!
;;   0x01f4: mov x29, sp
;;   0x01f8: ldr x16, [x28]
;;   0x01fc: ldr x16, [x16]
;;   0x0200: mov x17, #0x50
;;   0x0204: movk x17, #0x0, lsl #16
;;   0x0208: add x16, x16, x17
;;   0x020c: cmp sp, x16
;;   0x0210: b.lo 0x234
;;   0x0214: mov x16, #0x50
;;   0x0218: movk x16, #0x0, lsl #16
;;   0x021c: sub sp, sp, x16
;;   0x0220: stur x28, [x29, #-0x8]
;;   0x0224: mov w0, #0x1
;;   0x0228: mov sp, x29
;;   0x022c: ldp x29, x30, [sp], #0x10
;;   0x0230: ret
;;   0x0234: udf #0xa
;; function 7 (func_f):
;;   0x0240: stp x29, x30, [sp, #-0x10]!
;;   0x0244: mov x29, sp
;;   0x0248: ldr x16, [x28]
;;   0x024c: ldr x16, [x16]
;;   0x0250: mov x17, #0x50
;;   0x0254: movk x17, #0x0, lsl #16
;;   0x0258: add x16, x16, x17
;;   0x025c: cmp sp, x16
;;   0x0260: b.lo 0x284
;;   0x0264: mov x16, #0x50
;;   0x0268: movk x16, #0x0, lsl #16
;;   0x026c: sub sp, sp, x16
;;   0x0270: stur x28, [x29, #-0x8]
;;   0x0274: add x0, x28, #0x38
;;   0x0278: mov sp, x29
;;   0x027c: ldp x29, x30, [sp], #0x10
;;   0x0280: ret
;;   0x0284: udf #0xa
;; function 8 (func_g):
;;   0x0290: stp x29, x30, [sp, #-0x10]!
;;   0x0294: mov x29, sp
;;   0x0298: ldr x16, [x28]
;;   0x029c: ldr x16, [x16]
;;   0x02a0: mov x17, #0x50
;;   0x02a4: movk x17, #0x0, lsl #16
;;   0x02a8: add x16, x16, x17
;;   0x02ac: cmp sp, x16
;;   0x02b0: b.lo 0x2d4
;;   0x02b4: mov x16, #0x50
;;   0x02b8: movk x16, #0x0, lsl #16
;;   0x02bc: sub sp, sp, x16
;;   0x02c0: stur x28, [x29, #-0x8]
;;   0x02c4: add x0, x28, #0x50
;;   0x02c8: mov sp, x29
;;   0x02cc: ldp x29, x30, [sp], #0x10
;;   0x02d0: ret
;;   0x02d4: udf #0xa
;; function 9 (select_ref):
;;   0x02e0: stp x29, x30, [sp, #-0x10]!
;;   0x02e4: mov x29, sp
;;   0x02e8: ldr x16, [x28]
;;   0x02ec: ldr x16, [x16]
;;   0x02f0: mov x17, #0x60
;;   0x02f4: movk x17, #0x0, lsl #16
;;   0x02f8: add x16, x16, x17
;;   0x02fc: cmp sp, x16
;;   0x0300: b.lo 0x34c
;;   0x0304: mov x16, #0x60
;;   0x0308: movk x16, #0x0, lsl #16
;;   0x030c: sub sp, sp, x16
;;   0x0310: stur x28, [x29, #-0x8]
;;   0x0314: stur x19, [x29, #-0x10]
;;   0x0318: stur x20, [x29, #-0x18]
;;   0x031c: stur x21, [x29, #-0x20]
;;   0x0320: ldr x19, [x29, #0x10]
;;   0x0324: ldr x20, [x29, #0x18]
;;   0x0328: ldr w21, [x29, #0x20]
;;   0x032c: cmp w21, #0x0
;;   0x0330: csel x0, x19, x20, ne
;;   0x0334: ldur x19, [x29, #-0x10]
;;   0x0338: ldur x20, [x29, #-0x18]
;;   0x033c: ldur x21, [x29, #-0x20]
;;   0x0340: mov sp, x29
;;   0x0344: ldp x29, x30, [sp], #0x28
;;   0x0348: ret
;;   0x034c: udf #0xa
