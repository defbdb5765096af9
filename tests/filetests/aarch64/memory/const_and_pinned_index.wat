;;! bounds = "guard"
;; The module of x64/memory/const_and_pinned_index.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory 1)
  (func (export "const_addr") (result i32) (i32.load offset=16 (i32.const 0x100)))
  (func (export "pinned_index") (param i32) (result i32) (i32.load offset=8 (local.get 0)))
  (func (export "pinned_store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "far_offset") (param i32) (result i32) (i32.load offset=0x80000000 (local.get 0))))
;; function 0 (const_addr):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x4c
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: ldr x27, [x28, #0x18]
;;   0x0038: ldr x27, [x27]
;;   0x003c: ldr w0, [x27, #0x110]
;;   0x0040: mov sp, x29
;;   0x0044: ldp x29, x30, [sp], #0x10
;;   0x0048: ret
;;   0x004c: udf #0xa
;; function 1 (pinned_index):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x50
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0xac
;;   0x0074: mov x16, #0x50
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: stur x19, [x29, #-0x10]
;;   0x0088: ldr w19, [x29, #0x10]
;;   0x008c: ldr x27, [x28, #0x18]
;;   0x0090: ldr x27, [x27]
;;   0x0094: add x17, x27, w19, uxtw
;;   0x0098: ldr w0, [x17, #0x8]
;;   0x009c: ldur x19, [x29, #-0x10]
;;   0x00a0: mov sp, x29
;;   0x00a4: ldp x29, x30, [sp], #0x18
;;   0x00a8: ret
;;   0x00ac: udf #0xa
;; function 2 (pinned_store):
;;   0x00b0: stp x29, x30, [sp, #-0x10]!
;;   0x00b4: mov x29, sp
;;   0x00b8: ldr x16, [x28]
;;   0x00bc: ldr x16, [x16]
;;   0x00c0: mov x17, #0x60
;;   0x00c4: movk x17, #0x0, lsl #16
;;   0x00c8: add x16, x16, x17
;;   0x00cc: cmp sp, x16
;;   0x00d0: b.lo 0x11c
;;   0x00d4: mov x16, #0x60
;;   0x00d8: movk x16, #0x0, lsl #16
;;   0x00dc: sub sp, sp, x16
;;   0x00e0: stur x28, [x29, #-0x8]
;;   0x00e4: stur x19, [x29, #-0x10]
;;   0x00e8: stur x20, [x29, #-0x18]
;;   0x00ec: ldr w19, [x29, #0x10]
;;   0x00f0: ldr w20, [x29, #0x18]
;;   0x00f4: ldr x27, [x28, #0x18]
;;   0x00f8: ldr x27, [x27]
;;   0x00fc: add x17, x27, w19, uxtw
;;   0x0100: ldrb wzr, [x17, #0x3]
;;   0x0104: str w20, [x17]
;;   0x0108: ldur x19, [x29, #-0x10]
;;   0x010c: ldur x20, [x29, #-0x18]
;;   0x0110: mov sp, x29
;;   0x0114: ldp x29, x30, [sp], #0x20
;;   0x0118: ret
;;   0x011c: udf #0xa
;; function 3 (far_offset):
;;   0x0120: stp x29, x30, [sp, #-0x10]!
;;   0x0124: mov x29, sp
;;   0x0128: ldr x16, [x28]
;;   0x012c: ldr x16, [x16]
;;   0x0130: mov x17, #0x50
;;   0x0134: movk x17, #0x0, lsl #16
;;   0x0138: add x16, x16, x17
;;   0x013c: cmp sp, x16
;;   0x0140: b.lo 0x19c
;;   0x0144: mov x16, #0x50
;;   0x0148: movk x16, #0x0, lsl #16
;;   0x014c: sub sp, sp, x16
;;   0x0150: stur x28, [x29, #-0x8]
;;   0x0154: stur x19, [x29, #-0x10]
;;   0x0158: ldr w19, [x29, #0x10]
;;   0x015c: ldr x27, [x28, #0x18]
;;   0x0160: ldr x27, [x27]
;;   0x0164: ldr x16, [x28, #0x18]
;;   0x0168: mov x0, #0x4
;;   0x016c: movk x0, #0x8000, lsl #16
;;   0x0170: add x0, x0, w19, uxtw
;;   0x0174: ldr x17, [x16, #0x8]
;;   0x0178: cmp x0, x17
;;   0x017c: b.hi 0x1a0
;;   0x0180: add x0, x27, x0
;;   0x0184: csel x0, x0, xzr, ls
;;   0x0188: ldur w0, [x0, #-0x4]
;;   0x018c: ldur x19, [x29, #-0x10]
;;   0x0190: mov sp, x29
;;   0x0194: ldp x29, x30, [sp], #0x18
;;   0x0198: ret
;;   0x019c: udf #0xa
;;   0x01a0: udf #0x5
