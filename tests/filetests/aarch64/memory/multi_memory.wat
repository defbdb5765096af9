;;! bounds = "guard"
;; The module of x64/memory/multi_memory.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (import "env" "mem" (memory $imp 1))
  (memory $a 1)
  (memory $b 2)
  (func (export "load_a") (param i32) (result i32) (i32.load $a (local.get 0)))
  (func (export "load_imported") (param i32) (result i64) (i64.load $imp offset=8 (local.get 0)))
  (func (export "store_b") (param i32 f64) (f64.store $b offset=0x80000000 (local.get 0) (local.get 1)))
  (func (export "size_b") (result i32) (memory.size $b))
  (func (export "grow_a") (param i32) (result i32) (memory.grow $a (local.get 0)))
  (func (export "copy_b_to_a") (param i32 i32 i32)
    (memory.copy $a $b (local.get 0) (local.get 1) (local.get 2)))
  (func (export "fill_b") (param i32)
    (memory.fill $b (local.get 0) (i32.const 255) (i32.const 4))))
;; function 0 (load_a):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x60
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: ldr x27, [x28, #0x18]
;;   0x0040: ldr x27, [x27]
;;   0x0044: ldr x16, [x28, #0x20]
;;   0x0048: ldr x16, [x16]
;;   0x004c: ldr w0, [x16, w19, uxtw]
;;   0x0050: ldur x19, [x29, #-0x10]
;;   0x0054: mov sp, x29
;;   0x0058: ldp x29, x30, [sp], #0x18
;;   0x005c: ret
;;   0x0060: udf #0xa
;; function 1 (load_imported):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x50
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xcc
;;   0x0094: mov x16, #0x50
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: stur x19, [x29, #-0x10]
;;   0x00a8: ldr w19, [x29, #0x10]
;;   0x00ac: ldr x27, [x28, #0x18]
;;   0x00b0: ldr x27, [x27]
;;   0x00b4: add x17, x27, w19, uxtw
;;   0x00b8: ldr x0, [x17, #0x8]
;;   0x00bc: ldur x19, [x29, #-0x10]
;;   0x00c0: mov sp, x29
;;   0x00c4: ldp x29, x30, [sp], #0x18
;;   0x00c8: ret
;;   0x00cc: udf #0xa
;; function 2 (store_b):
;;   0x00d0: stp x29, x30, [sp, #-0x10]!
;;   0x00d4: mov x29, sp
;;   0x00d8: ldr x16, [x28]
;;   0x00dc: ldr x16, [x16]
;;   0x00e0: mov x17, #0x60
;;   0x00e4: movk x17, #0x0, lsl #16
;;   0x00e8: add x16, x16, x17
;;   0x00ec: cmp sp, x16
;;   0x00f0: b.lo 0x154
;;   0x00f4: mov x16, #0x60
;;   0x00f8: movk x16, #0x0, lsl #16
;;   0x00fc: sub sp, sp, x16
;;   0x0100: stur x28, [x29, #-0x8]
;;   0x0104: stur x19, [x29, #-0x10]
;;   0x0108: ldr w19, [x29, #0x10]
;;   0x010c: ldr x27, [x28, #0x18]
;;   0x0110: ldr x27, [x27]
;;   0x0114: ldr d0, [x29, #0x18]
;;   0x0118: ldr x16, [x28, #0x28]
;;   0x011c: mov x0, #0x8
;;   0x0120: movk x0, #0x8000, lsl #16
;;   0x0124: add x0, x0, w19, uxtw
;;   0x0128: ldr x17, [x16, #0x8]
;;   0x012c: cmp x0, x17
;;   0x0130: ldr x16, [x16]
;;   0x0134: add x0, x16, x0
;;   0x0138: b.hi 0x158
;;   0x013c: csel x0, x0, xzr, ls
;;   0x0140: stur d0, [x0, #-0x8]
;;   0x0144: ldur x19, [x29, #-0x10]
;;   0x0148: mov sp, x29
;;   0x014c: ldp x29, x30, [sp], #0x20
;;   0x0150: ret
;;   0x0154: udf #0xa
;;   0x0158: udf #0x5
;; function 3 (size_b):
;;   0x0160: stp x29, x30, [sp, #-0x10]!
;;   0x0164: mov x29, sp
;;   0x0168: ldr x16, [x28]
;;   0x016c: ldr x16, [x16]
;;   0x0170: mov x17, #0x50
;;   0x0174: movk x17, #0x0, lsl #16
;;   0x0178: add x16, x16, x17
;;   0x017c: cmp sp, x16
;;   0x0180: b.lo 0x1b4
;;   0x0184: mov x16, #0x50
;;   0x0188: movk x16, #0x0, lsl #16
;;   0x018c: sub sp, sp, x16
;;   0x0190: stur x28, [x29, #-0x8]
;;   0x0194: ldr x27, [x28, #0x18]
;;   0x0198: ldr x27, [x27]
;;   0x019c: ldr x16, [x28, #0x28]
;;   0x01a0: ldr x0, [x16, #0x8]
;;   0x01a4: lsr x0, x0, #0x10
;;   0x01a8: mov sp, x29
;;   0x01ac: ldp x29, x30, [sp], #0x10
;;   0x01b0: ret
;;   0x01b4: udf #0xa
;; function 4 (grow_a):
;;   0x01c0: stp x29, x30, [sp, #-0x10]!
;;   0x01c4: mov x29, sp
;;   0x01c8: ldr x16, [x28]
;;   0x01cc: ldr x16, [x16]
;;   0x01d0: mov x17, #0x50
;;   0x01d4: movk x17, #0x0, lsl #16
;;   0x01d8: add x16, x16, x17
;;   0x01dc: cmp sp, x16
;;   0x01e0: b.lo 0x234
;;   0x01e4: mov x16, #0x50
;;   0x01e8: movk x16, #0x0, lsl #16
;;   0x01ec: sub sp, sp, x16
;;   0x01f0: stur x28, [x29, #-0x8]
;;   0x01f4: stur x19, [x29, #-0x10]
;;   0x01f8: ldr w19, [x29, #0x10]
;;   0x01fc: ldr x27, [x28, #0x18]
;;   0x0200: ldr x27, [x27]
;;   0x0204: mov x1, #0x1
;;   0x0208: mov w2, w19
;;   0x020c: mov x0, x28
;;   0x0210: ldr x16, [x28, #0x8]
;;   0x0214: ldr x16, [x16]
;;   0x0218: blr x16
;;   0x021c: cbnz w0, 0x238
;;   0x0220: mov x0, x1
;;   0x0224: ldur x19, [x29, #-0x10]
;;   0x0228: mov sp, x29
;;   0x022c: ldp x29, x30, [sp], #0x18
;;   0x0230: ret
;;   0x0234: udf #0xa
;;   0x0238: ldr x16, [x28]
;;   0x023c: ldr x17, [x16, #0x8]
;;   0x0240: mov sp, x17
;;   0x0244: ldr x17, [x16, #0x10]
;;   0x0248: br x17
;; function 5 (copy_b_to_a):
;;   0x0250: stp x29, x30, [sp, #-0x10]!
;;   0x0254: mov x29, sp
;;   0x0258: ldr x16, [x28]
;;   0x025c: ldr x16, [x16]
;;   0x0260: mov x17, #0x60
;;   0x0264: movk x17, #0x0, lsl #16
;;   0x0268: add x16, x16, x17
;;   0x026c: cmp sp, x16
;;   0x0270: b.lo 0x2e4
;;   0x0274: mov x16, #0x60
;;   0x0278: movk x16, #0x0, lsl #16
;;   0x027c: sub sp, sp, x16
;;   0x0280: stur x28, [x29, #-0x8]
;;   0x0284: stur x19, [x29, #-0x10]
;;   0x0288: stur x20, [x29, #-0x18]
;;   0x028c: stur x21, [x29, #-0x20]
;;   0x0290: ldr w19, [x29, #0x10]
;;   0x0294: ldr w20, [x29, #0x18]
;;   0x0298: ldr w21, [x29, #0x20]
;;   0x029c: ldr x27, [x28, #0x18]
;;   0x02a0: ldr x27, [x27]
;;   0x02a4: mov x1, #0x1
;;   0x02a8: mov x2, #0x2
;;   0x02ac: mov w3, w19
;;   0x02b0: mov w4, w20
;;   0x02b4: mov w5, w21
;;   0x02b8: mov x0, x28
;;   0x02bc: ldr x16, [x28, #0x8]
;;   0x02c0: ldr x16, [x16, #0x10]
;;   0x02c4: blr x16
;;   0x02c8: cbnz w0, 0x2e8
;;   0x02cc: ldur x19, [x29, #-0x10]
;;   0x02d0: ldur x20, [x29, #-0x18]
;;   0x02d4: ldur x21, [x29, #-0x20]
;;   0x02d8: mov sp, x29
;;   0x02dc: ldp x29, x30, [sp], #0x28
;;   0x02e0: ret
;;   0x02e4: udf #0xa
;;   0x02e8: ldr x16, [x28]
;;   0x02ec: ldr x17, [x16, #0x8]
;;   0x02f0: mov sp, x17
;;   0x02f4: ldr x17, [x16, #0x10]
;;   0x02f8: br x17
;; function 6 (fill_b):
;;   0x0300: stp x29, x30, [sp, #-0x10]!
;;   0x0304: mov x29, sp
;;   0x0308: ldr x16, [x28]
;;   0x030c: ldr x16, [x16]
;;   0x0310: mov x17, #0x60
;;   0x0314: movk x17, #0x0, lsl #16
;;   0x0318: add x16, x16, x17
;;   0x031c: cmp sp, x16
;;   0x0320: b.lo 0x378
;;   0x0324: mov x16, #0x60
;;   0x0328: movk x16, #0x0, lsl #16
;;   0x032c: sub sp, sp, x16
;;   0x0330: stur x28, [x29, #-0x8]
;;   0x0334: stur x19, [x29, #-0x10]
;;   0x0338: ldr w19, [x29, #0x10]
;;   0x033c: ldr x27, [x28, #0x18]
;;   0x0340: ldr x27, [x27]
;;   0x0344: mov x1, #0x2
;;   0x0348: mov w2, w19
;;   0x034c: mov w3, #0xff
;;   0x0350: mov w4, #0x4
;;   0x0354: mov x0, x28
;;   0x0358: ldr x16, [x28, #0x8]
;;   0x035c: ldr x16, [x16, #0x8]
;;   0x0360: blr x16
;;   0x0364: cbnz w0, 0x37c
;;   0x0368: ldur x19, [x29, #-0x10]
;;   0x036c: mov sp, x29
;;   0x0370: ldp x29, x30, [sp], #0x18
;;   0x0374: ret
;;   0x0378: udf #0xa
;;   0x037c: ldr x16, [x28]
;;   0x0380: ldr x17, [x16, #0x8]
;;   0x0384: mov sp, x17
;;   0x0388: ldr x17, [x16, #0x10]
;;   0x038c: br x17
