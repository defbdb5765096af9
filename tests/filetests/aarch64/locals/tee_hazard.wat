;; The module of x64/locals/tee_hazard.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "tee_hazard") (param i32) (result i32)
    (local.get 0)
    (local.tee 0 (i32.const 5))
    i32.add
    (local.get 0)
    i32.mul)
  (func (export "hazard_in_block") (param i32) (result i32)
    (local.get 0)
    (block
      (local.set 0 (i32.const 1)))
    (local.get 0)
    i32.sub))
;; function 0 (tee_hazard):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x60
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: stur w19, [x29, #-0x50]
;;   0x0040: mov w19, #0x5
;;   0x0044: ldur w0, [x29, #-0x50]
;;   0x0048: add w0, w0, w19
;;   0x004c: mul w0, w0, w19
;;   0x0050: ldur x19, [x29, #-0x10]
;;   0x0054: mov sp, x29
;;   0x0058: ldp x29, x30, [sp], #0x18
;;   0x005c: ret
;;   0x0060: udf #0xa
;; function 1 (hazard_in_block):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x60
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xcc
;;   0x0094: mov x16, #0x60
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: stur x19, [x29, #-0x10]
;;   0x00a8: ldr w19, [x29, #0x10]
;;   0x00ac: stur w19, [x29, #-0x50]
;;   0x00b0: mov w19, #0x1
;;   0x00b4: ldur w0, [x29, #-0x50]
;;   0x00b8: sub w0, w0, w19
;;   0x00bc: ldur x19, [x29, #-0x10]
;;   0x00c0: mov sp, x29
;;   0x00c4: ldp x29, x30, [sp], #0x18
;;   0x00c8: ret
;;   0x00cc: udf #0xa
