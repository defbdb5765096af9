;;! bounds = "guard:4294967296"
;; The module of x64/memory/large_guard.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory $m0 1)
  (memory $m1 1)
  (func (export "const_high") (result i32) (i32.load (i32.const 0x90000000)))
  (func (export "const_and_offset") (result i32)
    (i32.load offset=0xfffffff0 (i32.const 0xc)))
  (func (export "pinned_far") (param i32) (result i32)
    (i32.load offset=0x80000000 (local.get 0)))
  (func (export "owned_far") (param i32) (result i32)
    (i32.load offset=0x80000000 (i32.add (local.get 0) (i32.const 1))))
  (func (export "m1_pinned") (param i32) (result i32)
    (i32.load $m1 offset=0x10 (local.get 0)))
  (func (export "m1_far") (param i32) (param i64)
    (i64.store $m1 offset=0xffff0000 (local.get 0) (local.get 1))))
;; function 0 (const_high):
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
;;   0x0034: ldr x27, [x28, #0x18]
;;   0x0038: ldr x27, [x27]
;;   0x003c: mov x17, #0x90000000
;;   0x0040: ldr w0, [x27, x17]
;;   0x0044: mov sp, x29
;;   0x0048: ldp x29, x30, [sp], #0x10
;;   0x004c: ret
;;   0x0050: udf #0xa
;; function 1 (const_and_offset):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x50
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xb0
;;   0x0084: mov x16, #0x50
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: ldr x27, [x28, #0x18]
;;   0x0098: ldr x27, [x27]
;;   0x009c: mov x17, #0xfffffffc
;;   0x00a0: ldr w0, [x27, x17]
;;   0x00a4: mov sp, x29
;;   0x00a8: ldp x29, x30, [sp], #0x10
;;   0x00ac: ret
;;   0x00b0: udf #0xa
;; function 2 (pinned_far):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x50
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x120
;;   0x00e4: mov x16, #0x50
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: ldr w19, [x29, #0x10]
;;   0x00fc: ldr x27, [x28, #0x18]
;;   0x0100: ldr x27, [x27]
;;   0x0104: mov x17, #0x80000000
;;   0x0108: add x17, x17, x27
;;   0x010c: ldr w0, [x17, w19, uxtw]
;;   0x0110: ldur x19, [x29, #-0x10]
;;   0x0114: mov sp, x29
;;   0x0118: ldp x29, x30, [sp], #0x18
;;   0x011c: ret
;;   0x0120: udf #0xa
;; function 3 (owned_far):
;;   0x0130: stp x29, x30, [sp, #-0x10]!
;;   0x0134: mov x29, sp
;;   0x0138: ldr x16, [x28]
;;   0x013c: ldr x16, [x16]
;;   0x0140: mov x17, #0x60
;;   0x0144: movk x17, #0x0, lsl #16
;;   0x0148: add x16, x16, x17
;;   0x014c: cmp sp, x16
;;   0x0150: b.lo 0x194
;;   0x0154: mov x16, #0x60
;;   0x0158: movk x16, #0x0, lsl #16
;;   0x015c: sub sp, sp, x16
;;   0x0160: stur x28, [x29, #-0x8]
;;   0x0164: stur x19, [x29, #-0x10]
;;   0x0168: ldr w19, [x29, #0x10]
;;   0x016c: ldr x27, [x28, #0x18]
;;   0x0170: ldr x27, [x27]
;;   0x0174: add w0, w19, #0x1
;;   0x0178: mov x17, #0x80000000
;;   0x017c: add x17, x17, x27
;;   0x0180: ldr w0, [x17, w0, uxtw]
;;   0x0184: ldur x19, [x29, #-0x10]
;;   0x0188: mov sp, x29
;;   0x018c: ldp x29, x30, [sp], #0x18
;;   0x0190: ret
;;   0x0194: udf #0xa
;; function 4 (m1_pinned):
;;   0x01a0: stp x29, x30, [sp, #-0x10]!
;;   0x01a4: mov x29, sp
;;   0x01a8: ldr x16, [x28]
;;   0x01ac: ldr x16, [x16]
;;   0x01b0: mov x17, #0x50
;;   0x01b4: movk x17, #0x0, lsl #16
;;   0x01b8: add x16, x16, x17
;;   0x01bc: cmp sp, x16
;;   0x01c0: b.lo 0x204
;;   0x01c4: mov x16, #0x50
;;   0x01c8: movk x16, #0x0, lsl #16
;;   0x01cc: sub sp, sp, x16
;;   0x01d0: stur x28, [x29, #-0x8]
;;   0x01d4: stur x19, [x29, #-0x10]
;;   0x01d8: ldr w19, [x29, #0x10]
;;   0x01dc: ldr x27, [x28, #0x18]
;;   0x01e0: ldr x27, [x27]
;;   0x01e4: ldr x16, [x28, #0x20]
;;   0x01e8: ldr x16, [x16]
;;   0x01ec: add x17, x16, w19, uxtw
;;   0x01f0: ldr w0, [x17, #0x10]
;;   0x01f4: ldur x19, [x29, #-0x10]
;;   0x01f8: mov sp, x29
;;   0x01fc: ldp x29, x30, [sp], #0x18
;;   0x0200: ret
;;   0x0204: udf #0xa
;; function 5 (m1_far):
;;   0x0210: stp x29, x30, [sp, #-0x10]!
;;   0x0214: mov x29, sp
;;   0x0218: ldr x16, [x28]
;;   0x021c: ldr x16, [x16]
;;   0x0220: mov x17, #0x60
;;   0x0224: movk x17, #0x0, lsl #16
;;   0x0228: add x16, x16, x17
;;   0x022c: cmp sp, x16
;;   0x0230: b.lo 0x28c
;;   0x0234: mov x16, #0x60
;;   0x0238: movk x16, #0x0, lsl #16
;;   0x023c: sub sp, sp, x16
;;   0x0240: stur x28, [x29, #-0x8]
;;   0x0244: stur x19, [x29, #-0x10]
;;   0x0248: stur x20, [x29, #-0x18]
;;   0x024c: ldr w19, [x29, #0x10]
;;   0x0250: ldr x20, [x29, #0x18]
;;   0x0254: ldr x27, [x28, #0x18]
;;   0x0258: ldr x27, [x27]
;;   0x025c: ldr x16, [x28, #0x20]
;;   0x0260: ldr x16, [x16]
;;   0x0264: mov x17, #0xffff0000
;;   0x0268: add x17, x17, x16
;;   0x026c: add x17, x17, w19, uxtw
;;   0x0270: ldrb wzr, [x17, #0x7]
;;   0x0274: str x20, [x17]
;;   0x0278: ldur x19, [x29, #-0x10]
;;   0x027c: ldur x20, [x29, #-0x18]
;;   0x0280: mov sp, x29
;;   0x0284: ldp x29, x30, [sp], #0x20
;;   0x0288: ret
;;   0x028c: udf #0xa
