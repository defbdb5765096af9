;; The module of x64/table/call_indirect_tables.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (type $ii (func (param i32) (result i32)))
  (type $v (func))
  (type $ff (func (param f64 i64) (result f64)))
  (table $t0 2 funcref)
  (table $t1 3 funcref)
  (table $t2 1 funcref)
  (func $a (type $ii) (local.get 0))
  (func $b (type $v))
  (elem (table $t0) (i32.const 0) func $a)
  (elem (table $t1) (i32.const 0) func $b $a)
  (func (export "via_t1") (param i32 i32) (result i32)
    (call_indirect $t1 (type $ii) (local.get 0) (local.get 1)))
  (func (export "via_t2") (param i32)
    (call_indirect $t2 (type $v) (local.get 0)))
  (func (export "floats_t0") (param f64 i32) (result f64)
    (call_indirect $t0 (type $ff) (local.get 0) (i64.const 3) (local.get 1)))
  (func (export "both") (param i32) (result i32)
    (i32.add
      (call_indirect $t0 (type $ii) (i32.const 5) (local.get 0))
      (call_indirect $t1 (type $ii) (i32.const 6) (local.get 0)))))
;; function 0 (a):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x50
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: mov w0, w19
;;   0x0040: ldur x19, [x29, #-0x10]
;;   0x0044: mov sp, x29
;;   0x0048: ldp x29, x30, [sp], #0x18
;;   0x004c: ret
;;   0x0050: udf #0xa
;; function 1 (b):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x50
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xa0
;;   0x0084: mov x16, #0x50
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: mov sp, x29
;;   0x0098: ldp x29, x30, [sp], #0x10
;;   0x009c: ret
;;   0x00a0: udf #0xa
;; function 2 (via_t1):
;;   0x00b0: stp x29, x30, [sp, #-0x10]!
;;   0x00b4: mov x29, sp
;;   0x00b8: ldr x16, [x28]
;;   0x00bc: ldr x16, [x16]
;;   0x00c0: mov x17, #0x70
;;   0x00c4: movk x17, #0x0, lsl #16
;;   0x00c8: add x16, x16, x17
;;   0x00cc: cmp sp, x16
;;   0x00d0: b.lo 0x164
;;   0x00d4: mov x16, #0x60
;;   0x00d8: movk x16, #0x0, lsl #16
;;   0x00dc: sub sp, sp, x16
;;   0x00e0: stur x28, [x29, #-0x8]
;;   0x00e4: stur x19, [x29, #-0x10]
;;   0x00e8: stur x20, [x29, #-0x18]
;;   0x00ec: ldr w19, [x29, #0x10]
;;   0x00f0: ldr w20, [x29, #0x18]
;;   0x00f4: mov w0, w20
;;   0x00f8: ldr x16, [x28, #0x20]
;;   0x00fc: ldr x17, [x16, #0x8]
;;   0x0100: ldr x16, [x16]
;;   0x0104: cmp x0, x17
;;   0x0108: add x0, x16, x0, lsl #3
;;   0x010c: b.hs 0x168
;;   0x0110: csel x0, x0, xzr, lo
;;   0x0114: ldr x0, [x0]
;;   0x0118: cbz x0, 0x16c
;;   0x011c: ldr w16, [x28, #0x30]
;;   0x0120: ldr w17, [x0, #0x10]
;;   0x0124: cmp w16, w17
;;   0x0128: b.ne 0x170
;;   0x012c: sub sp, sp, #0x10
;;   0x0130: str w19, [sp]
;;   0x0134: mov x16, x0
;;   0x0138: mov x1, x28
;;   0x013c: ldr x28, [x16, #0x8]
;;   0x0140: ldr x17, [x16]
;;   0x0144: blr x17
;;   0x0148: ldur x28, [x29, #-0x8]
;;   0x014c: add sp, sp, #0x8
;;   0x0150: ldur x19, [x29, #-0x10]
;;   0x0154: ldur x20, [x29, #-0x18]
;;   0x0158: mov sp, x29
;;   0x015c: ldp x29, x30, [sp], #0x20
;;   0x0160: ret
;;   0x0164: udf #0xa
;;   0x0168: udf #0x7
;;   0x016c: udf #0x8
;;   0x0170: udf #0x9
;; function 3 (via_t2):
;;   0x0180: stp x29, x30, [sp, #-0x10]!
;;   0x0184: mov x29, sp
;;   0x0188: ldr x16, [x28]
;;   0x018c: ldr x16, [x16]
;;   0x0190: mov x17, #0x50
;;   0x0194: movk x17, #0x0, lsl #16
;;   0x0198: add x16, x16, x17
;;   0x019c: cmp sp, x16
;;   0x01a0: b.lo 0x21c
;;   0x01a4: mov x16, #0x50
;;   0x01a8: movk x16, #0x0, lsl #16
;;   0x01ac: sub sp, sp, x16
;;   0x01b0: stur x28, [x29, #-0x8]
;;   0x01b4: stur x19, [x29, #-0x10]
;;   0x01b8: ldr w19, [x29, #0x10]
;;   0x01bc: mov w0, w19
;;   0x01c0: ldr x16, [x28, #0x28]
;;   0x01c4: ldr x17, [x16, #0x8]
;;   0x01c8: ldr x16, [x16]
;;   0x01cc: cmp x0, x17
;;   0x01d0: add x0, x16, x0, lsl #3
;;   0x01d4: b.hs 0x220
;;   0x01d8: csel x0, x0, xzr, lo
;;   0x01dc: ldr x0, [x0]
;;   0x01e0: cbz x0, 0x224
;;   0x01e4: ldr w16, [x28, #0x34]
;;   0x01e8: ldr w17, [x0, #0x10]
;;   0x01ec: cmp w16, w17
;;   0x01f0: b.ne 0x228
;;   0x01f4: mov x16, x0
;;   0x01f8: mov x1, x28
;;   0x01fc: ldr x28, [x16, #0x8]
;;   0x0200: ldr x17, [x16]
;;   0x0204: blr x17
;;   0x0208: ldur x28, [x29, #-0x8]
;;   0x020c: ldur x19, [x29, #-0x10]
;;   0x0210: mov sp, x29
;;   0x0214: ldp x29, x30, [sp], #0x18
;;   0x0218: ret
;;   0x021c: udf #0xa
;;   0x0220: udf #0x7
;;   0x0224: udf #0x8
;;   0x0228: udf #0x9
;; function 4 (floats_t0):
;;   0x0230: stp x29, x30, [sp, #-0x10]!
;;   0x0234: mov x29, sp
;;   0x0238: ldr x16, [x28]
;;   0x023c: ldr x16, [x16]
;;   0x0240: mov x17, #0x70
;;   0x0244: movk x17, #0x0, lsl #16
;;   0x0248: add x16, x16, x17
;;   0x024c: cmp sp, x16
;;   0x0250: b.lo 0x2e0
;;   0x0254: mov x16, #0x60
;;   0x0258: movk x16, #0x0, lsl #16
;;   0x025c: sub sp, sp, x16
;;   0x0260: stur x28, [x29, #-0x8]
;;   0x0264: stur x19, [x29, #-0x10]
;;   0x0268: ldr w19, [x29, #0x18]
;;   0x026c: mov w0, w19
;;   0x0270: ldr x16, [x28, #0x18]
;;   0x0274: ldr x17, [x16, #0x8]
;;   0x0278: ldr x16, [x16]
;;   0x027c: cmp x0, x17
;;   0x0280: add x0, x16, x0, lsl #3
;;   0x0284: b.hs 0x2e4
;;   0x0288: csel x0, x0, xzr, lo
;;   0x028c: ldr x0, [x0]
;;   0x0290: cbz x0, 0x2e8
;;   0x0294: ldr w16, [x28, #0x38]
;;   0x0298: ldr w17, [x0, #0x10]
;;   0x029c: cmp w16, w17
;;   0x02a0: b.ne 0x2ec
;;   0x02a4: sub sp, sp, #0x10
;;   0x02a8: ldr x17, [x29, #0x10]
;;   0x02ac: str x17, [sp]
;;   0x02b0: mov x17, #0x3
;;   0x02b4: str x17, [sp, #0x8]
;;   0x02b8: mov x16, x0
;;   0x02bc: mov x1, x28
;;   0x02c0: ldr x28, [x16, #0x8]
;;   0x02c4: ldr x17, [x16]
;;   0x02c8: blr x17
;;   0x02cc: ldur x28, [x29, #-0x8]
;;   0x02d0: ldur x19, [x29, #-0x10]
;;   0x02d4: mov sp, x29
;;   0x02d8: ldp x29, x30, [sp], #0x20
;;   0x02dc: ret
;;   0x02e0: udf #0xa
;;   0x02e4: udf #0x7
;;   0x02e8: udf #0x8
;;   0x02ec: udf #0x9
;; function 5 (both):
;;   0x02f0: stp x29, x30, [sp, #-0x10]!
;;   0x02f4: mov x29, sp
;;   0x02f8: ldr x16, [x28]
;;   0x02fc: ldr x16, [x16]
;;   0x0300: mov x17, #0x70
;;   0x0304: movk x17, #0x0, lsl #16
;;   0x0308: add x16, x16, x17
;;   0x030c: cmp sp, x16
;;   0x0310: b.lo 0x40c
;;   0x0314: mov x16, #0x60
;;   0x0318: movk x16, #0x0, lsl #16
;;   0x031c: sub sp, sp, x16
;;   0x0320: stur x28, [x29, #-0x8]
;;   0x0324: stur x19, [x29, #-0x10]
;;   0x0328: ldr w19, [x29, #0x10]
;;   0x032c: mov w0, w19
;;   0x0330: ldr x16, [x28, #0x18]
;;   0x0334: ldr x17, [x16, #0x8]
;;   0x0338: ldr x16, [x16]
;;   0x033c: cmp x0, x17
;;   0x0340: add x0, x16, x0, lsl #3
;;   0x0344: b.hs 0x410
;;   0x0348: csel x0, x0, xzr, lo
;;   0x034c: ldr x0, [x0]
;;   0x0350: cbz x0, 0x414
;;   0x0354: ldr w16, [x28, #0x30]
;;   0x0358: ldr w17, [x0, #0x10]
;;   0x035c: cmp w16, w17
;;   0x0360: b.ne 0x418
;;   0x0364: sub sp, sp, #0x10
;;   0x0368: mov w17, #0x5
;;   0x036c: str w17, [sp]
;;   0x0370: mov x16, x0
;;   0x0374: mov x1, x28
;;   0x0378: ldr x28, [x16, #0x8]
;;   0x037c: ldr x17, [x16]
;;   0x0380: blr x17
;;   0x0384: ldur x28, [x29, #-0x8]
;;   0x0388: add sp, sp, #0x8
;;   0x038c: mov w1, w19
;;   0x0390: ldr x16, [x28, #0x20]
;;   0x0394: ldr x17, [x16, #0x8]
;;   0x0398: ldr x16, [x16]
;;   0x039c: cmp x1, x17
;;   0x03a0: add x1, x16, x1, lsl #3
;;   0x03a4: b.hs 0x410
;;   0x03a8: csel x1, x1, xzr, lo
;;   0x03ac: ldr x1, [x1]
;;   0x03b0: cbz x1, 0x414
;;   0x03b4: ldr w16, [x28, #0x30]
;;   0x03b8: ldr w17, [x1, #0x10]
;;   0x03bc: cmp w16, w17
;;   0x03c0: b.ne 0x418
;;   0x03c4: sub sp, sp, #0x10
;;   0x03c8: mov w17, #0x6
;;   0x03cc: str w17, [sp]
;;   0x03d0: stur w0, [x29, #-0x50]
;;   0x03d4: mov x16, x1
;;   0x03d8: mov x1, x28
;;   0x03dc: ldr x28, [x16, #0x8]
;;   0x03e0: ldr x17, [x16]
;;   0x03e4: blr x17
;;   0x03e8: ldur x28, [x29, #-0x8]
;;   0x03ec: add sp, sp, #0x8
;;   0x03f0: ldur w1, [x29, #-0x50]
;;   0x03f4: add w1, w1, w0
;;   0x03f8: mov w0, w1
;;   0x03fc: ldur x19, [x29, #-0x10]
;;   0x0400: mov sp, x29
;;   0x0404: ldp x29, x30, [sp], #0x18
;;   0x0408: ret
;;   0x040c: udf #0xa
;;   0x0410: udf #0x7
;;   0x0414: udf #0x8
;;   0x0418: udf #0x9
