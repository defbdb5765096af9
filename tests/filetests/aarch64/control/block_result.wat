;; The module of x64/control/block_result.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "block_result") (param i32 i32) (result i32)
    (block (result i32)
      (i32.add (local.get 0) (local.get 1)))
    (i32.const 1)
    i32.sub)
  (func (export "nested") (param i64) (result i64)
    (block (result i64)
      (block (result i64)
        (i64.mul (local.get 0) (local.get 0))))))
;; function 0 (block_result):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x68
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr w20, [x29, #0x18]
;;   0x0044: add w0, w19, w20
;;   0x0048: stur w0, [x29, #-0x50]
;;   0x004c: ldur w0, [x29, #-0x50]
;;   0x0050: sub w0, w0, #0x1
;;   0x0054: ldur x19, [x29, #-0x10]
;;   0x0058: ldur x20, [x29, #-0x18]
;;   0x005c: mov sp, x29
;;   0x0060: ldp x29, x30, [sp], #0x20
;;   0x0064: ret
;;   0x0068: udf #0xa
;; function 1 (nested):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x60
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xc8
;;   0x0094: mov x16, #0x60
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: stur x19, [x29, #-0x10]
;;   0x00a8: ldr x19, [x29, #0x10]
;;   0x00ac: mul x0, x19, x19
;;   0x00b0: stur x0, [x29, #-0x50]
;;   0x00b4: ldur x0, [x29, #-0x50]
;;   0x00b8: ldur x19, [x29, #-0x10]
;;   0x00bc: mov sp, x29
;;   0x00c0: ldp x29, x30, [sp], #0x18
;;   0x00c4: ret
;;   0x00c8: udf #0xa
