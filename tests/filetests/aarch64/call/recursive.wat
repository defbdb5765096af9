;; The module of x64/call/recursive.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func $fib (export "fib") (param i32) (result i32)
    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
      (then (local.get 0))
      (else
        (i32.add
          (call $fib (i32.sub (local.get 0) (i32.const 1)))
          (call $fib (i32.sub (local.get 0) (i32.const 2))))))))
;; function 0 (fib):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x70
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x98
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: cmp w19, #0x2
;;   0x0040: b.hs 0x4c
;;   0x0044: stur w19, [x29, #-0x50]
;;   0x0048: b 0x84
;;   0x004c: sub w0, w19, #0x1
;;   0x0050: sub sp, sp, #0x10
;;   0x0054: str w0, [sp]
;;   0x0058: bl 0x0
;;   0x005c: add sp, sp, #0x8
;;   0x0060: sub w1, w19, #0x2
;;   0x0064: sub sp, sp, #0x10
;;   0x0068: str w1, [sp]
;;   0x006c: stur w0, [x29, #-0x50]
;;   0x0070: bl 0x0
;;   0x0074: add sp, sp, #0x8
;;   0x0078: ldur w1, [x29, #-0x50]
;;   0x007c: add w1, w1, w0
;;   0x0080: stur w1, [x29, #-0x50]
;;   0x0084: ldur w0, [x29, #-0x50]
;;   0x0088: ldur x19, [x29, #-0x10]
;;   0x008c: mov sp, x29
;;   0x0090: ldp x29, x30, [sp], #0x18
;;   0x0094: ret
;;   0x0098: udf #0xa
