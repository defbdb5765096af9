;; The module of x64/control/if_no_else.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "clamp") (param i32) (result i32)
    (if (i32.gt_u (local.get 0) (i32.const 100))
      (then (local.set 0 (i32.const 100))))
    (local.get 0))
  (func (export "if_param") (param i32 i32) (result i32)
    ;; An if without else whose parameter passes through as its result.
    (local.get 1)
    (if (param i32) (result i32) (local.get 0)
      (then (i32.mul (i32.const 3)))))
  (func (export "live_across") (param i32) (result i32)
    (i32.add (local.get 0) (i32.const 7))
    (if (local.get 0) (then nop))
    (i32.const 1)
    i32.add))
;; function 0 (clamp):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x5c
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: cmp w19, #0x64
;;   0x0040: b.ls 0x48
;;   0x0044: mov w19, #0x64
;;   0x0048: mov w0, w19
;;   0x004c: ldur x19, [x29, #-0x10]
;;   0x0050: mov sp, x29
;;   0x0054: ldp x29, x30, [sp], #0x18
;;   0x0058: ret
;;   0x005c: udf #0xa
;; function 1 (if_param):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x60
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xd8
;;   0x0084: mov x16, #0x60
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: stur x20, [x29, #-0x18]
;;   0x009c: ldr w19, [x29, #0x10]
;;   0x00a0: ldr w20, [x29, #0x18]
;;   0x00a4: stur w20, [x29, #-0x50]
;;   0x00a8: cmp w19, #0x0
;;   0x00ac: b.eq 0xc0
;;   0x00b0: mov w0, #0x3
;;   0x00b4: ldur w1, [x29, #-0x50]
;;   0x00b8: mul w1, w1, w0
;;   0x00bc: stur w1, [x29, #-0x50]
;;   0x00c0: ldur w0, [x29, #-0x50]
;;   0x00c4: ldur x19, [x29, #-0x10]
;;   0x00c8: ldur x20, [x29, #-0x18]
;;   0x00cc: mov sp, x29
;;   0x00d0: ldp x29, x30, [sp], #0x20
;;   0x00d4: ret
;;   0x00d8: udf #0xa
;; function 2 (live_across):
;;   0x00e0: stp x29, x30, [sp, #-0x10]!
;;   0x00e4: mov x29, sp
;;   0x00e8: ldr x16, [x28]
;;   0x00ec: ldr x16, [x16]
;;   0x00f0: mov x17, #0x60
;;   0x00f4: movk x17, #0x0, lsl #16
;;   0x00f8: add x16, x16, x17
;;   0x00fc: cmp sp, x16
;;   0x0100: b.lo 0x144
;;   0x0104: mov x16, #0x60
;;   0x0108: movk x16, #0x0, lsl #16
;;   0x010c: sub sp, sp, x16
;;   0x0110: stur x28, [x29, #-0x8]
;;   0x0114: stur x19, [x29, #-0x10]
;;   0x0118: ldr w19, [x29, #0x10]
;;   0x011c: add w0, w19, #0x7
;;   0x0120: stur w0, [x29, #-0x50]
;;   0x0124: cmp w19, #0x0
;;   0x0128: b.eq 0x12c
;;   0x012c: ldur w0, [x29, #-0x50]
;;   0x0130: add w0, w0, #0x1
;;   0x0134: ldur x19, [x29, #-0x10]
;;   0x0138: mov sp, x29
;;   0x013c: ldp x29, x30, [sp], #0x18
;;   0x0140: ret
;;   0x0144: udf #0xa
