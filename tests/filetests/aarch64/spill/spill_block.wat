;; The module of x64/spill/spill_block.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "spill_block") (param i32 i64) (result i64)
    (i64.add (local.get 1) (i64.const 1))
    (i32.add (local.get 0) (i32.const 1))
    (block (result i32)
      (i32.mul (local.get 0) (local.get 0)))
    i32.add
    i64.extend_i32_u
    i64.add))
;; function 0 (spill_block):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x70
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x8c
;;   0x0024: mov x16, #0x70
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr x20, [x29, #0x18]
;;   0x0044: add x0, x20, #0x1
;;   0x0048: add w1, w19, #0x1
;;   0x004c: stur x0, [x29, #-0x50]
;;   0x0050: stur w1, [x29, #-0x58]
;;   0x0054: mul w0, w19, w19
;;   0x0058: stur w0, [x29, #-0x60]
;;   0x005c: ldur w0, [x29, #-0x58]
;;   0x0060: ldur w17, [x29, #-0x60]
;;   0x0064: add w0, w0, w17
;;   0x0068: mov w0, w0
;;   0x006c: ldur x1, [x29, #-0x50]
;;   0x0070: add x1, x1, x0
;;   0x0074: mov x0, x1
;;   0x0078: ldur x19, [x29, #-0x10]
;;   0x007c: ldur x20, [x29, #-0x18]
;;   0x0080: mov sp, x29
;;   0x0084: ldp x29, x30, [sp], #0x20
;;   0x0088: ret
;;   0x008c: udf #0xa
