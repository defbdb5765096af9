;; The module of x64/control/loop_multi.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "fib_iter") (param i32) (result i32)
    (i32.const 0)
    (i32.const 1)
    (loop $l (param i32 i32) (result i32 i32)
      (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
      ;; (a, b) -> (b, a + b)
      (call $swap_add)
      (br_if $l (local.get 0)))
    drop)
  (func $swap_add (param i32 i32) (result i32 i32)
    (local.get 1)
    (i32.add (local.get 0) (local.get 1))))
;; function 0 (fib_iter):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x90
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x98
;;   0x0024: mov x16, #0x70
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: stur wzr, [x29, #-0x50]
;;   0x0040: mov w17, #0x1
;;   0x0044: stur w17, [x29, #-0x58]
;;   0x0048: sub w0, w19, #0x1
;;   0x004c: mov w19, w0
;;   0x0050: sub sp, sp, #0x20
;;   0x0054: ldur w17, [x29, #-0x50]
;;   0x0058: str w17, [sp]
;;   0x005c: ldur w17, [x29, #-0x58]
;;   0x0060: str w17, [sp, #0x8]
;;   0x0064: bl 0xa0
;;   0x0068: mov x16, sp
;;   0x006c: ldr w17, [x16]
;;   0x0070: stur w17, [x29, #-0x58]
;;   0x0074: add sp, sp, #0x10
;;   0x0078: cmp w19, #0x0
;;   0x007c: b.eq 0x88
;;   0x0080: stur w0, [x29, #-0x50]
;;   0x0084: b 0x48
;;   0x0088: ldur x19, [x29, #-0x10]
;;   0x008c: mov sp, x29
;;   0x0090: ldp x29, x30, [sp], #0x18
;;   0x0094: ret
;;   0x0098: udf #0xa
;; function 1 (swap_add):
;;   0x00a0: stp x29, x30, [sp, #-0x10]!
;;   0x00a4: mov x29, sp
;;   0x00a8: ldr x16, [x28]
;;   0x00ac: ldr x16, [x16]
;;   0x00b0: mov x17, #0x60
;;   0x00b4: movk x17, #0x0, lsl #16
;;   0x00b8: add x16, x16, x17
;;   0x00bc: cmp sp, x16
;;   0x00c0: b.lo 0x104
;;   0x00c4: mov x16, #0x60
;;   0x00c8: movk x16, #0x0, lsl #16
;;   0x00cc: sub sp, sp, x16
;;   0x00d0: stur x28, [x29, #-0x8]
;;   0x00d4: stur x19, [x29, #-0x10]
;;   0x00d8: stur x20, [x29, #-0x18]
;;   0x00dc: ldr w19, [x29, #0x10]
;;   0x00e0: ldr w20, [x29, #0x18]
;;   0x00e4: add w0, w19, w20
;;   0x00e8: str w0, [x29, #0x20]
;;   0x00ec: mov w0, w20
;;   0x00f0: ldur x19, [x29, #-0x10]
;;   0x00f4: ldur x20, [x29, #-0x18]
;;   0x00f8: mov sp, x29
;;   0x00fc: ldp x29, x30, [sp], #0x20
;;   0x0100: ret
;;   0x0104: udf #0xa
