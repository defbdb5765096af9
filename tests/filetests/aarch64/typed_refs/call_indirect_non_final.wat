;;! target = "aarch64"

(module
  (type $open (sub (func (result i32))))
  (type $closed (sub final $open (func (result i32))))
  (table 2 funcref)
  (func (export "open") (param i32 i64) (result i32)
    (call_indirect (type $open) (local.get 0)))
  (func (export "closed") (param i32) (result i32)
    (call_indirect (type $closed) (local.get 0))))
;; function 0 (open):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0xdc
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr x20, [x29, #0x18]
;;   0x0044: mov w0, w19
;;   0x0048: ldr x16, [x28, #0x18]
;;   0x004c: ldr x17, [x16, #0x8]
;;   0x0050: ldr x16, [x16]
;;   0x0054: cmp x0, x17
;;   0x0058: add x0, x16, x0, lsl #3
;;   0x005c: b.hs 0xe0
;;   0x0060: csel x0, x0, xzr, lo
;;   0x0064: ldr x0, [x0]
;;   0x0068: cmp x0, #0x0
;;   0x006c: b.ne 0x74
;;   0x0070: b 0xe4
;;   0x0074: stur x0, [x29, #-0x50]
;;   0x0078: ldur x0, [x29, #-0x50]
;;   0x007c: ldr w0, [x0, #0x10]
;;   0x0080: add x1, x28, #0x20
;;   0x0084: ldr w1, [x1]
;;   0x0088: cmp w0, w1
;;   0x008c: b.eq 0xac
;;   0x0090: mov x1, #0x0
;;   0x0094: ldur x2, [x29, #-0x50]
;;   0x0098: mov x0, x28
;;   0x009c: ldr x16, [x28, #0x8]
;;   0x00a0: ldr x16, [x16, #0x70]
;;   0x00a4: blr x16
;;   0x00a8: cbnz w0, 0xe8
;;   0x00ac: ldur x0, [x29, #-0x50]
;;   0x00b0: mov x16, x0
;;   0x00b4: mov x1, x28
;;   0x00b8: ldr x28, [x16, #0x8]
;;   0x00bc: ldr x17, [x16]
;;   0x00c0: blr x17
;;   0x00c4: ldur x28, [x29, #-0x8]
;;   0x00c8: ldur x19, [x29, #-0x10]
;;   0x00cc: ldur x20, [x29, #-0x18]
;;   0x00d0: mov sp, x29
;;   0x00d4: ldp x29, x30, [sp], #0x20
;;   0x00d8: ret
;;   0x00dc: udf #0xa
;;   0x00e0: udf #0x7
;;   0x00e4: udf #0x8
;;   0x00e8: ldr x16, [x28]
;;   0x00ec: ldr x17, [x16, #0x8]
;;   0x00f0: mov sp, x17
;;   0x00f4: ldr x17, [x16, #0x10]
;;   0x00f8: br x17
;; function 1 (closed):
;;   0x0100: stp x29, x30, [sp, #-0x10]!
;;   0x0104: mov x29, sp
;;   0x0108: ldr x16, [x28]
;;   0x010c: ldr x16, [x16]
;;   0x0110: mov x17, #0x50
;;   0x0114: movk x17, #0x0, lsl #16
;;   0x0118: add x16, x16, x17
;;   0x011c: cmp sp, x16
;;   0x0120: b.lo 0x19c
;;   0x0124: mov x16, #0x50
;;   0x0128: movk x16, #0x0, lsl #16
;;   0x012c: sub sp, sp, x16
;;   0x0130: stur x28, [x29, #-0x8]
;;   0x0134: stur x19, [x29, #-0x10]
;;   0x0138: ldr w19, [x29, #0x10]
;;   0x013c: mov w0, w19
;;   0x0140: ldr x16, [x28, #0x18]
;;   0x0144: ldr x17, [x16, #0x8]
;;   0x0148: ldr x16, [x16]
;;   0x014c: cmp x0, x17
;;   0x0150: add x0, x16, x0, lsl #3
;;   0x0154: b.hs 0x1a0
;;   0x0158: csel x0, x0, xzr, lo
;;   0x015c: ldr x0, [x0]
;;   0x0160: cbz x0, 0x1a4
;;   0x0164: ldr w16, [x28, #0x24]
;;   0x0168: ldr w17, [x0, #0x10]
;;   0x016c: cmp w16, w17
;;   0x0170: b.ne 0x1a8
;;   0x0174: mov x16, x0
;;   0x0178: mov x1, x28
;;   0x017c: ldr x28, [x16, #0x8]
;;   0x0180: ldr x17, [x16]
;;   0x0184: blr x17
;;   0x0188: ldur x28, [x29, #-0x8]
;;   0x018c: ldur x19, [x29, #-0x10]
;;   0x0190: mov sp, x29
;;   0x0194: ldp x29, x30, [sp], #0x18
;;   0x0198: ret
;;   0x019c: udf #0xa
;;   0x01a0: udf #0x7
;;   0x01a4: udf #0x8
;;   0x01a8: udf #0x9
