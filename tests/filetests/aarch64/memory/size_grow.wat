;; The module of x64/memory/size_grow.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory 1 10)
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "grow_const") (result i32) (memory.grow (i32.const 1)))
  (func (export "grow_neg") (result i32) (memory.grow (i32.const -1)))
  (func (export "grow_as_index") (param i32) (result i32)
    (i32.load (memory.grow (local.get 0))))
  (func (export "grow_live") (param i32 i64) (result i64)
    (i64.add (local.get 1) (local.get 1))
    (i64.extend_i32_u (memory.grow (local.get 0)))
    i64.add))
;; function 0 (size):
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
;;   0x0034: ldr x27, [x28, #0x18]
;;   0x0038: ldr x27, [x27]
;;   0x003c: ldr x16, [x28, #0x18]
;;   0x0040: ldr x0, [x16, #0x8]
;;   0x0044: lsr x0, x0, #0x10
;;   0x0048: mov sp, x29
;;   0x004c: ldp x29, x30, [sp], #0x10
;;   0x0050: ret
;;   0x0054: udf #0xa
;; function 1 (grow):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x50
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xd4
;;   0x0084: mov x16, #0x50
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: ldr w19, [x29, #0x10]
;;   0x009c: ldr x27, [x28, #0x18]
;;   0x00a0: ldr x27, [x27]
;;   0x00a4: mov x1, #0x0
;;   0x00a8: mov w2, w19
;;   0x00ac: mov x0, x28
;;   0x00b0: ldr x16, [x28, #0x8]
;;   0x00b4: ldr x16, [x16]
;;   0x00b8: blr x16
;;   0x00bc: cbnz w0, 0xd8
;;   0x00c0: mov x0, x1
;;   0x00c4: ldur x19, [x29, #-0x10]
;;   0x00c8: mov sp, x29
;;   0x00cc: ldp x29, x30, [sp], #0x18
;;   0x00d0: ret
;;   0x00d4: udf #0xa
;;   0x00d8: ldr x16, [x28]
;;   0x00dc: ldr x17, [x16, #0x8]
;;   0x00e0: mov sp, x17
;;   0x00e4: ldr x17, [x16, #0x10]
;;   0x00e8: br x17
;; function 2 (grow_const):
;;   0x00f0: stp x29, x30, [sp, #-0x10]!
;;   0x00f4: mov x29, sp
;;   0x00f8: ldr x16, [x28]
;;   0x00fc: ldr x16, [x16]
;;   0x0100: mov x17, #0x50
;;   0x0104: movk x17, #0x0, lsl #16
;;   0x0108: add x16, x16, x17
;;   0x010c: cmp sp, x16
;;   0x0110: b.lo 0x158
;;   0x0114: mov x16, #0x50
;;   0x0118: movk x16, #0x0, lsl #16
;;   0x011c: sub sp, sp, x16
;;   0x0120: stur x28, [x29, #-0x8]
;;   0x0124: ldr x27, [x28, #0x18]
;;   0x0128: ldr x27, [x27]
;;   0x012c: mov x1, #0x0
;;   0x0130: mov w2, #0x1
;;   0x0134: mov x0, x28
;;   0x0138: ldr x16, [x28, #0x8]
;;   0x013c: ldr x16, [x16]
;;   0x0140: blr x16
;;   0x0144: cbnz w0, 0x15c
;;   0x0148: mov x0, x1
;;   0x014c: mov sp, x29
;;   0x0150: ldp x29, x30, [sp], #0x10
;;   0x0154: ret
;;   0x0158: udf #0xa
;;   0x015c: ldr x16, [x28]
;;   0x0160: ldr x17, [x16, #0x8]
;;   0x0164: mov sp, x17
;;   0x0168: ldr x17, [x16, #0x10]
;;   0x016c: br x17
;; function 3 (grow_neg):
;;   0x0170: stp x29, x30, [sp, #-0x10]!
;;   0x0174: mov x29, sp
;;   0x0178: ldr x16, [x28]
;;   0x017c: ldr x16, [x16]
;;   0x0180: mov x17, #0x50
;;   0x0184: movk x17, #0x0, lsl #16
;;   0x0188: add x16, x16, x17
;;   0x018c: cmp sp, x16
;;   0x0190: b.lo 0x1d8
;;   0x0194: mov x16, #0x50
;;   0x0198: movk x16, #0x0, lsl #16
;;   0x019c: sub sp, sp, x16
;;   0x01a0: stur x28, [x29, #-0x8]
;;   0x01a4: ldr x27, [x28, #0x18]
;;   0x01a8: ldr x27, [x27]
;;   0x01ac: mov x1, #0x0
;;   0x01b0: mov w2, #0xffffffff
;;   0x01b4: mov x0, x28
;;   0x01b8: ldr x16, [x28, #0x8]
;;   0x01bc: ldr x16, [x16]
;;   0x01c0: blr x16
;;   0x01c4: cbnz w0, 0x1dc
;;   0x01c8: mov x0, x1
;;   0x01cc: mov sp, x29
;;   0x01d0: ldp x29, x30, [sp], #0x10
;;   0x01d4: ret
;;   0x01d8: udf #0xa
;;   0x01dc: ldr x16, [x28]
;;   0x01e0: ldr x17, [x16, #0x8]
;;   0x01e4: mov sp, x17
;;   0x01e8: ldr x17, [x16, #0x10]
;;   0x01ec: br x17
;; function 4 (grow_as_index):
;;   0x01f0: stp x29, x30, [sp, #-0x10]!
;;   0x01f4: mov x29, sp
;;   0x01f8: ldr x16, [x28]
;;   0x01fc: ldr x16, [x16]
;;   0x0200: mov x17, #0x50
;;   0x0204: movk x17, #0x0, lsl #16
;;   0x0208: add x16, x16, x17
;;   0x020c: cmp sp, x16
;;   0x0210: b.lo 0x288
;;   0x0214: mov x16, #0x50
;;   0x0218: movk x16, #0x0, lsl #16
;;   0x021c: sub sp, sp, x16
;;   0x0220: stur x28, [x29, #-0x8]
;;   0x0224: stur x19, [x29, #-0x10]
;;   0x0228: ldr w19, [x29, #0x10]
;;   0x022c: ldr x27, [x28, #0x18]
;;   0x0230: ldr x27, [x27]
;;   0x0234: mov x1, #0x0
;;   0x0238: mov w2, w19
;;   0x023c: mov x0, x28
;;   0x0240: ldr x16, [x28, #0x8]
;;   0x0244: ldr x16, [x16]
;;   0x0248: blr x16
;;   0x024c: cbnz w0, 0x28c
;;   0x0250: mov x0, x1
;;   0x0254: ldr x16, [x28, #0x18]
;;   0x0258: mov x1, #0x4
;;   0x025c: add x1, x1, w0, uxtw
;;   0x0260: ldr x17, [x16, #0x8]
;;   0x0264: cmp x1, x17
;;   0x0268: b.hi 0x2a0
;;   0x026c: add x1, x27, x1
;;   0x0270: csel x1, x1, xzr, ls
;;   0x0274: ldur w0, [x1, #-0x4]
;;   0x0278: ldur x19, [x29, #-0x10]
;;   0x027c: mov sp, x29
;;   0x0280: ldp x29, x30, [sp], #0x18
;;   0x0284: ret
;;   0x0288: udf #0xa
;;   0x028c: ldr x16, [x28]
;;   0x0290: ldr x17, [x16, #0x8]
;;   0x0294: mov sp, x17
;;   0x0298: ldr x17, [x16, #0x10]
;;   0x029c: br x17
;;   0x02a0: udf #0x5
;; function 5 (grow_live):
;;   0x02b0: stp x29, x30, [sp, #-0x10]!
;;   0x02b4: mov x29, sp
;;   0x02b8: ldr x16, [x28]
;;   0x02bc: ldr x16, [x16]
;;   0x02c0: mov x17, #0x60
;;   0x02c4: movk x17, #0x0, lsl #16
;;   0x02c8: add x16, x16, x17
;;   0x02cc: cmp sp, x16
;;   0x02d0: b.lo 0x348
;;   0x02d4: mov x16, #0x60
;;   0x02d8: movk x16, #0x0, lsl #16
;;   0x02dc: sub sp, sp, x16
;;   0x02e0: stur x28, [x29, #-0x8]
;;   0x02e4: stur x19, [x29, #-0x10]
;;   0x02e8: stur x20, [x29, #-0x18]
;;   0x02ec: ldr w19, [x29, #0x10]
;;   0x02f0: ldr x20, [x29, #0x18]
;;   0x02f4: ldr x27, [x28, #0x18]
;;   0x02f8: ldr x27, [x27]
;;   0x02fc: add x0, x20, x20
;;   0x0300: stur x0, [x29, #-0x50]
;;   0x0304: mov x1, #0x0
;;   0x0308: mov w2, w19
;;   0x030c: mov x0, x28
;;   0x0310: ldr x16, [x28, #0x8]
;;   0x0314: ldr x16, [x16]
;;   0x0318: blr x16
;;   0x031c: cbnz w0, 0x34c
;;   0x0320: mov x0, x1
;;   0x0324: mov w0, w0
;;   0x0328: ldur x1, [x29, #-0x50]
;;   0x032c: add x1, x1, x0
;;   0x0330: mov x0, x1
;;   0x0334: ldur x19, [x29, #-0x10]
;;   0x0338: ldur x20, [x29, #-0x18]
;;   0x033c: mov sp, x29
;;   0x0340: ldp x29, x30, [sp], #0x20
;;   0x0344: ret
;;   0x0348: udf #0xa
;;   0x034c: ldr x16, [x28]
;;   0x0350: ldr x17, [x16, #0x8]
;;   0x0354: mov sp, x17
;;   0x0358: ldr x17, [x16, #0x10]
;;   0x035c: br x17
