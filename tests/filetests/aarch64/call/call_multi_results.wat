;; The module of x64/call/call_multi_results.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func $divmod (param i32 i32) (result i32 i32)
    (i32.div_u (local.get 0) (local.get 1))
    (i32.rem_u (local.get 0) (local.get 1)))
  (func $three (result i64 i32 i64)
    (i64.const 1) (i32.const 2) (i64.const 3))
  (func (export "use_divmod") (param i32 i32) (result i32)
    (call $divmod (local.get 0) (local.get 1))
    i32.add)
  (func (export "use_three") (result i64)
    (call $three)
    (drop)
    (drop)))
;; function 0 (divmod):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x84
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr w20, [x29, #0x18]
;;   0x0044: mov w0, w20
;;   0x0048: mov w1, w19
;;   0x004c: cbz w0, 0x88
;;   0x0050: udiv w1, w1, w0
;;   0x0054: mov w0, w20
;;   0x0058: mov w2, w19
;;   0x005c: cbz w0, 0x88
;;   0x0060: udiv w16, w2, w0
;;   0x0064: msub w2, w16, w0, w2
;;   0x0068: str w2, [x29, #0x20]
;;   0x006c: mov w0, w1
;;   0x0070: ldur x19, [x29, #-0x10]
;;   0x0074: ldur x20, [x29, #-0x18]
;;   0x0078: mov sp, x29
;;   0x007c: ldp x29, x30, [sp], #0x20
;;   0x0080: ret
;;   0x0084: udf #0xa
;;   0x0088: udf #0x2
;; function 1 (three):
;;   0x0090: stp x29, x30, [sp, #-0x10]!
;;   0x0094: mov x29, sp
;;   0x0098: ldr x16, [x28]
;;   0x009c: ldr x16, [x16]
;;   0x00a0: mov x17, #0x60
;;   0x00a4: movk x17, #0x0, lsl #16
;;   0x00a8: add x16, x16, x17
;;   0x00ac: cmp sp, x16
;;   0x00b0: b.lo 0xe4
;;   0x00b4: mov x16, #0x60
;;   0x00b8: movk x16, #0x0, lsl #16
;;   0x00bc: sub sp, sp, x16
;;   0x00c0: stur x28, [x29, #-0x8]
;;   0x00c4: mov w17, #0x2
;;   0x00c8: str w17, [x29, #0x10]
;;   0x00cc: mov x17, #0x3
;;   0x00d0: str x17, [x29, #0x18]
;;   0x00d4: mov x0, #0x1
;;   0x00d8: mov sp, x29
;;   0x00dc: ldp x29, x30, [sp], #0x10
;;   0x00e0: ret
;;   0x00e4: udf #0xa
;; function 2 (use_divmod):
;;   0x00f0: stp x29, x30, [sp, #-0x10]!
;;   0x00f4: mov x29, sp
;;   0x00f8: ldr x16, [x28]
;;   0x00fc: ldr x16, [x16]
;;   0x0100: mov x17, #0x80
;;   0x0104: movk x17, #0x0, lsl #16
;;   0x0108: add x16, x16, x17
;;   0x010c: cmp sp, x16
;;   0x0110: b.lo 0x170
;;   0x0114: mov x16, #0x60
;;   0x0118: movk x16, #0x0, lsl #16
;;   0x011c: sub sp, sp, x16
;;   0x0120: stur x28, [x29, #-0x8]
;;   0x0124: stur x19, [x29, #-0x10]
;;   0x0128: stur x20, [x29, #-0x18]
;;   0x012c: ldr w19, [x29, #0x10]
;;   0x0130: ldr w20, [x29, #0x18]
;;   0x0134: sub sp, sp, #0x20
;;   0x0138: str w19, [sp]
;;   0x013c: str w20, [sp, #0x8]
;;   0x0140: bl 0x0
;;   0x0144: mov x16, sp
;;   0x0148: ldr w17, [x16]
;;   0x014c: stur w17, [x29, #-0x58]
;;   0x0150: add sp, sp, #0x10
;;   0x0154: ldur w17, [x29, #-0x58]
;;   0x0158: add w0, w0, w17
;;   0x015c: ldur x19, [x29, #-0x10]
;;   0x0160: ldur x20, [x29, #-0x18]
;;   0x0164: mov sp, x29
;;   0x0168: ldp x29, x30, [sp], #0x20
;;   0x016c: ret
;;   0x0170: udf #0xa
;; function 3 (use_three):
;;   0x0180: stp x29, x30, [sp, #-0x10]!
;;   0x0184: mov x29, sp
;;   0x0188: ldr x16, [x28]
;;   0x018c: ldr x16, [x16]
;;   0x0190: mov x17, #0x70
;;   0x0194: movk x17, #0x0, lsl #16
;;   0x0198: add x16, x16, x17
;;   0x019c: cmp sp, x16
;;   0x01a0: b.lo 0x1e4
;;   0x01a4: mov x16, #0x60
;;   0x01a8: movk x16, #0x0, lsl #16
;;   0x01ac: sub sp, sp, x16
;;   0x01b0: stur x28, [x29, #-0x8]
;;   0x01b4: sub sp, sp, #0x10
;;   0x01b8: bl 0x90
;;   0x01bc: mov x16, sp
;;   0x01c0: ldr w17, [x16]
;;   0x01c4: stur w17, [x29, #-0x58]
;;   0x01c8: add x16, sp, #0x8
;;   0x01cc: ldr x17, [x16]
;;   0x01d0: stur x17, [x29, #-0x60]
;;   0x01d4: add sp, sp, #0x10
;;   0x01d8: mov sp, x29
;;   0x01dc: ldp x29, x30, [sp], #0x10
;;   0x01e0: ret
;;   0x01e4: udf #0xa
