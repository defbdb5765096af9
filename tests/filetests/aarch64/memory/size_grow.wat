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
;;   0x0080: b.lo 0xd0
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
;;   0x00bc: mov w0, w0
;;   0x00c0: ldur x19, [x29, #-0x10]
;;   0x00c4: mov sp, x29
;;   0x00c8: ldp x29, x30, [sp], #0x18
;;   0x00cc: ret
;;   0x00d0: udf #0xa
;; function 2 (grow_const):
;;   0x00e0: stp x29, x30, [sp, #-0x10]!
;;   0x00e4: mov x29, sp
;;   0x00e8: ldr x16, [x28]
;;   0x00ec: ldr x16, [x16]
;;   0x00f0: mov x17, #0x50
;;   0x00f4: movk x17, #0x0, lsl #16
;;   0x00f8: add x16, x16, x17
;;   0x00fc: cmp sp, x16
;;   0x0100: b.lo 0x144
;;   0x0104: mov x16, #0x50
;;   0x0108: movk x16, #0x0, lsl #16
;;   0x010c: sub sp, sp, x16
;;   0x0110: stur x28, [x29, #-0x8]
;;   0x0114: ldr x27, [x28, #0x18]
;;   0x0118: ldr x27, [x27]
;;   0x011c: mov x1, #0x0
;;   0x0120: mov w2, #0x1
;;   0x0124: mov x0, x28
;;   0x0128: ldr x16, [x28, #0x8]
;;   0x012c: ldr x16, [x16]
;;   0x0130: blr x16
;;   0x0134: mov w0, w0
;;   0x0138: mov sp, x29
;;   0x013c: ldp x29, x30, [sp], #0x10
;;   0x0140: ret
;;   0x0144: udf #0xa
;; function 3 (grow_neg):
;;   0x0150: stp x29, x30, [sp, #-0x10]!
;;   0x0154: mov x29, sp
;;   0x0158: ldr x16, [x28]
;;   0x015c: ldr x16, [x16]
;;   0x0160: mov x17, #0x50
;;   0x0164: movk x17, #0x0, lsl #16
;;   0x0168: add x16, x16, x17
;;   0x016c: cmp sp, x16
;;   0x0170: b.lo 0x1b4
;;   0x0174: mov x16, #0x50
;;   0x0178: movk x16, #0x0, lsl #16
;;   0x017c: sub sp, sp, x16
;;   0x0180: stur x28, [x29, #-0x8]
;;   0x0184: ldr x27, [x28, #0x18]
;;   0x0188: ldr x27, [x27]
;;   0x018c: mov x1, #0x0
;;   0x0190: mov w2, #0xffffffff
;;   0x0194: mov x0, x28
;;   0x0198: ldr x16, [x28, #0x8]
;;   0x019c: ldr x16, [x16]
;;   0x01a0: blr x16
;;   0x01a4: mov w0, w0
;;   0x01a8: mov sp, x29
;;   0x01ac: ldp x29, x30, [sp], #0x10
;;   0x01b0: ret
;;   0x01b4: udf #0xa
;; function 4 (grow_as_index):
;;   0x01c0: stp x29, x30, [sp, #-0x10]!
;;   0x01c4: mov x29, sp
;;   0x01c8: ldr x16, [x28]
;;   0x01cc: ldr x16, [x16]
;;   0x01d0: mov x17, #0x50
;;   0x01d4: movk x17, #0x0, lsl #16
;;   0x01d8: add x16, x16, x17
;;   0x01dc: cmp sp, x16
;;   0x01e0: b.lo 0x254
;;   0x01e4: mov x16, #0x50
;;   0x01e8: movk x16, #0x0, lsl #16
;;   0x01ec: sub sp, sp, x16
;;   0x01f0: stur x28, [x29, #-0x8]
;;   0x01f4: stur x19, [x29, #-0x10]
;;   0x01f8: ldr w19, [x29, #0x10]
;;   0x01fc: ldr x27, [x28, #0x18]
;;   0x0200: ldr x27, [x27]
;;   0x0204: mov x1, #0x0
;;   0x0208: mov w2, w19
;;   0x020c: mov x0, x28
;;   0x0210: ldr x16, [x28, #0x8]
;;   0x0214: ldr x16, [x16]
;;   0x0218: blr x16
;;   0x021c: mov w0, w0
;;   0x0220: ldr x16, [x28, #0x18]
;;   0x0224: mov x1, #0x4
;;   0x0228: add x1, x1, w0, uxtw
;;   0x022c: ldr x17, [x16, #0x8]
;;   0x0230: cmp x1, x17
;;   0x0234: b.hi 0x258
;;   0x0238: add x1, x27, x1
;;   0x023c: csel x1, x1, xzr, ls
;;   0x0240: ldur w0, [x1, #-0x4]
;;   0x0244: ldur x19, [x29, #-0x10]
;;   0x0248: mov sp, x29
;;   0x024c: ldp x29, x30, [sp], #0x18
;;   0x0250: ret
;;   0x0254: udf #0xa
;;   0x0258: udf #0x5
;; function 5 (grow_live):
;;   0x0260: stp x29, x30, [sp, #-0x10]!
;;   0x0264: mov x29, sp
;;   0x0268: ldr x16, [x28]
;;   0x026c: ldr x16, [x16]
;;   0x0270: mov x17, #0x60
;;   0x0274: movk x17, #0x0, lsl #16
;;   0x0278: add x16, x16, x17
;;   0x027c: cmp sp, x16
;;   0x0280: b.lo 0x2f4
;;   0x0284: mov x16, #0x60
;;   0x0288: movk x16, #0x0, lsl #16
;;   0x028c: sub sp, sp, x16
;;   0x0290: stur x28, [x29, #-0x8]
;;   0x0294: stur x19, [x29, #-0x10]
;;   0x0298: stur x20, [x29, #-0x18]
;;   0x029c: ldr w19, [x29, #0x10]
;;   0x02a0: ldr x20, [x29, #0x18]
;;   0x02a4: ldr x27, [x28, #0x18]
;;   0x02a8: ldr x27, [x27]
;;   0x02ac: add x0, x20, x20
;;   0x02b0: stur x0, [x29, #-0x50]
;;   0x02b4: mov x1, #0x0
;;   0x02b8: mov w2, w19
;;   0x02bc: mov x0, x28
;;   0x02c0: ldr x16, [x28, #0x8]
;;   0x02c4: ldr x16, [x16]
;;   0x02c8: blr x16
;;   0x02cc: mov w0, w0
;;   0x02d0: mov w0, w0
;;   0x02d4: ldur x1, [x29, #-0x50]
;;   0x02d8: add x1, x1, x0
;;   0x02dc: mov x0, x1
;;   0x02e0: ldur x19, [x29, #-0x10]
;;   0x02e4: ldur x20, [x29, #-0x18]
;;   0x02e8: mov sp, x29
;;   0x02ec: ldp x29, x30, [sp], #0x20
;;   0x02f0: ret
;;   0x02f4: udf #0xa
