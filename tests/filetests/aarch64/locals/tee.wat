;; The module of x64/locals/tee.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "tee") (param i32) (result i32)
    (local i32)
    (i32.mul
      (local.tee 1 (i32.add (local.get 0) (i32.const 3)))
      (local.get 1)))
  (func (export "tee_const") (result i64)
    (local i64)
    (i64.add (local.tee 0 (i64.const 42)) (local.get 0)))
  (func (export "tee_local") (param i32) (result i32)
    (local i32)
    (i32.add (local.tee 1 (local.get 0)) (local.get 1))))
;; function 0 (tee):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x64
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: mov w20, #0x0
;;   0x0044: add w0, w19, #0x3
;;   0x0048: mov w20, w0
;;   0x004c: mul w0, w20, w20
;;   0x0050: ldur x19, [x29, #-0x10]
;;   0x0054: ldur x20, [x29, #-0x18]
;;   0x0058: mov sp, x29
;;   0x005c: ldp x29, x30, [sp], #0x18
;;   0x0060: ret
;;   0x0064: udf #0xa
;; function 1 (tee_const):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x60
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xc4
;;   0x0094: mov x16, #0x60
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: stur x19, [x29, #-0x10]
;;   0x00a8: mov x19, #0x0
;;   0x00ac: mov x19, #0x2a
;;   0x00b0: add x0, x19, x19
;;   0x00b4: ldur x19, [x29, #-0x10]
;;   0x00b8: mov sp, x29
;;   0x00bc: ldp x29, x30, [sp], #0x10
;;   0x00c0: ret
;;   0x00c4: udf #0xa
;; function 2 (tee_local):
;;   0x00d0: stp x29, x30, [sp, #-0x10]!
;;   0x00d4: mov x29, sp
;;   0x00d8: ldr x16, [x28]
;;   0x00dc: ldr x16, [x16]
;;   0x00e0: mov x17, #0x60
;;   0x00e4: movk x17, #0x0, lsl #16
;;   0x00e8: add x16, x16, x17
;;   0x00ec: cmp sp, x16
;;   0x00f0: b.lo 0x130
;;   0x00f4: mov x16, #0x60
;;   0x00f8: movk x16, #0x0, lsl #16
;;   0x00fc: sub sp, sp, x16
;;   0x0100: stur x28, [x29, #-0x8]
;;   0x0104: stur x19, [x29, #-0x10]
;;   0x0108: stur x20, [x29, #-0x18]
;;   0x010c: ldr w19, [x29, #0x10]
;;   0x0110: mov w20, #0x0
;;   0x0114: mov w20, w19
;;   0x0118: add w0, w20, w20
;;   0x011c: ldur x19, [x29, #-0x10]
;;   0x0120: ldur x20, [x29, #-0x18]
;;   0x0124: mov sp, x29
;;   0x0128: ldp x29, x30, [sp], #0x18
;;   0x012c: ret
;;   0x0130: udf #0xa
