;; The module of x64/call/call_live.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "live") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))
    (local.get 1)
    (i32.const 5)
    (call $id (i32.mul (local.get 0) (i32.const 3)))
    i32.add
    i32.add
    i32.add)
  (func (export "nested") (param i32) (result i32)
    (call $id (call $id (local.get 0)))))
;; function 0 (id):
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
;; function 1 (live):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x80
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xec
;;   0x0084: mov x16, #0x70
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: stur x20, [x29, #-0x18]
;;   0x009c: ldr w19, [x29, #0x10]
;;   0x00a0: ldr w20, [x29, #0x18]
;;   0x00a4: add w0, w19, w20
;;   0x00a8: mov w1, #0x3
;;   0x00ac: mul w2, w19, w1
;;   0x00b0: sub sp, sp, #0x10
;;   0x00b4: str w2, [sp]
;;   0x00b8: stur w0, [x29, #-0x50]
;;   0x00bc: bl 0x0
;;   0x00c0: add sp, sp, #0x8
;;   0x00c4: add w0, w0, #0x5
;;   0x00c8: add w0, w0, w20
;;   0x00cc: ldur w1, [x29, #-0x50]
;;   0x00d0: add w1, w1, w0
;;   0x00d4: mov w0, w1
;;   0x00d8: ldur x19, [x29, #-0x10]
;;   0x00dc: ldur x20, [x29, #-0x18]
;;   0x00e0: mov sp, x29
;;   0x00e4: ldp x29, x30, [sp], #0x20
;;   0x00e8: ret
;;   0x00ec: udf #0xa
;; function 2 (nested):
;;   0x00f0: stp x29, x30, [sp, #-0x10]!
;;   0x00f4: mov x29, sp
;;   0x00f8: ldr x16, [x28]
;;   0x00fc: ldr x16, [x16]
;;   0x0100: mov x17, #0x60
;;   0x0104: movk x17, #0x0, lsl #16
;;   0x0108: add x16, x16, x17
;;   0x010c: cmp sp, x16
;;   0x0110: b.lo 0x15c
;;   0x0114: mov x16, #0x50
;;   0x0118: movk x16, #0x0, lsl #16
;;   0x011c: sub sp, sp, x16
;;   0x0120: stur x28, [x29, #-0x8]
;;   0x0124: stur x19, [x29, #-0x10]
;;   0x0128: ldr w19, [x29, #0x10]
;;   0x012c: sub sp, sp, #0x10
;;   0x0130: str w19, [sp]
;;   0x0134: bl 0x0
;;   0x0138: add sp, sp, #0x8
;;   0x013c: sub sp, sp, #0x10
;;   0x0140: str w0, [sp]
;;   0x0144: bl 0x0
;;   0x0148: add sp, sp, #0x8
;;   0x014c: ldur x19, [x29, #-0x10]
;;   0x0150: mov sp, x29
;;   0x0154: ldp x29, x30, [sp], #0x18
;;   0x0158: ret
;;   0x015c: udf #0xa
