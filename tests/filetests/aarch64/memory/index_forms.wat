;;! bounds = "guard"
;; The module of x64/memory/index_forms.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory 1)
  (func (export "const_index") (result i32) (i32.load (i32.const 0xfffffff0)))
  (func (export "computed") (param i32 i32) (result i32)
    (i32.load offset=4 (i32.add (local.get 0) (local.get 1))))
  (func (export "wrapped") (param i64) (result i32)
    (i32.load (i32.wrap_i64 (local.get 0))))
  (func (export "chase") (param i32) (result i32)
    (i32.load (i32.load (local.get 0)))))
;; function 0 (const_index):
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
;;   0x003c: mov x17, #0xfffffff0
;;   0x0040: ldr w0, [x27, x17]
;;   0x0044: mov sp, x29
;;   0x0048: ldp x29, x30, [sp], #0x10
;;   0x004c: ret
;;   0x0050: udf #0xa
;; function 1 (computed):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x60
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xcc
;;   0x0084: mov x16, #0x60
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: stur x20, [x29, #-0x18]
;;   0x009c: ldr w19, [x29, #0x10]
;;   0x00a0: ldr w20, [x29, #0x18]
;;   0x00a4: ldr x27, [x28, #0x18]
;;   0x00a8: ldr x27, [x27]
;;   0x00ac: add w0, w19, w20
;;   0x00b0: add x17, x27, w0, uxtw
;;   0x00b4: ldr w0, [x17, #0x4]
;;   0x00b8: ldur x19, [x29, #-0x10]
;;   0x00bc: ldur x20, [x29, #-0x18]
;;   0x00c0: mov sp, x29
;;   0x00c4: ldp x29, x30, [sp], #0x20
;;   0x00c8: ret
;;   0x00cc: udf #0xa
;; function 2 (wrapped):
;;   0x00d0: stp x29, x30, [sp, #-0x10]!
;;   0x00d4: mov x29, sp
;;   0x00d8: ldr x16, [x28]
;;   0x00dc: ldr x16, [x16]
;;   0x00e0: mov x17, #0x50
;;   0x00e4: movk x17, #0x0, lsl #16
;;   0x00e8: add x16, x16, x17
;;   0x00ec: cmp sp, x16
;;   0x00f0: b.lo 0x12c
;;   0x00f4: mov x16, #0x50
;;   0x00f8: movk x16, #0x0, lsl #16
;;   0x00fc: sub sp, sp, x16
;;   0x0100: stur x28, [x29, #-0x8]
;;   0x0104: stur x19, [x29, #-0x10]
;;   0x0108: ldr x19, [x29, #0x10]
;;   0x010c: ldr x27, [x28, #0x18]
;;   0x0110: ldr x27, [x27]
;;   0x0114: mov w0, w19
;;   0x0118: ldr w0, [x27, w0, uxtw]
;;   0x011c: ldur x19, [x29, #-0x10]
;;   0x0120: mov sp, x29
;;   0x0124: ldp x29, x30, [sp], #0x18
;;   0x0128: ret
;;   0x012c: udf #0xa
;; function 3 (chase):
;;   0x0130: stp x29, x30, [sp, #-0x10]!
;;   0x0134: mov x29, sp
;;   0x0138: ldr x16, [x28]
;;   0x013c: ldr x16, [x16]
;;   0x0140: mov x17, #0x50
;;   0x0144: movk x17, #0x0, lsl #16
;;   0x0148: add x16, x16, x17
;;   0x014c: cmp sp, x16
;;   0x0150: b.lo 0x18c
;;   0x0154: mov x16, #0x50
;;   0x0158: movk x16, #0x0, lsl #16
;;   0x015c: sub sp, sp, x16
;;   0x0160: stur x28, [x29, #-0x8]
;;   0x0164: stur x19, [x29, #-0x10]
;;   0x0168: ldr w19, [x29, #0x10]
;;   0x016c: ldr x27, [x28, #0x18]
;;   0x0170: ldr x27, [x27]
;;   0x0174: ldr w0, [x27, w19, uxtw]
;;   0x0178: ldr w0, [x27, w0, uxtw]
;;   0x017c: ldur x19, [x29, #-0x10]
;;   0x0180: mov sp, x29
;;   0x0184: ldp x29, x30, [sp], #0x18
;;   0x0188: ret
;;   0x018c: udf #0xa
