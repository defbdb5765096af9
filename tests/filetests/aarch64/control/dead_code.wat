;; The module of x64/control/dead_code.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "after_br") (param i32) (result i32)
    (block $b (result i32)
      (br $b (local.get 0))
      (i32.const 1)
      (i32.const 2)
      i32.add
      drop
      (block (loop (br 0)))
      (if (result i32) (local.get 0) (then (i32.const 3)) (else (i32.const 4))))
    (i32.const 10)
    i32.add)
  (func (export "after_return") (param i32) (result i32)
    (return (local.get 0))
    (i32.div_s (local.get 0) (i32.const 0)))
  (func (export "dead_if_arm") (param i32) (result i32)
    (if (result i32) (local.get 0)
      (then (br 0 (i32.const 1)) (drop (i32.const 99)) (i32.const 2))
      (else (i32.const 3)))))
;; function 0 (after_br):
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
;;   0x003c: stur w19, [x29, #-0x50]
;;   0x0040: b 0x44
;;   0x0044: ldur w0, [x29, #-0x50]
;;   0x0048: add w0, w0, #0xa
;;   0x004c: ldur x19, [x29, #-0x10]
;;   0x0050: mov sp, x29
;;   0x0054: ldp x29, x30, [sp], #0x18
;;   0x0058: ret
;;   0x005c: udf #0xa
;; function 1 (after_return):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x50
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xb0
;;   0x0084: mov x16, #0x50
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: ldr w19, [x29, #0x10]
;;   0x009c: mov w0, w19
;;   0x00a0: ldur x19, [x29, #-0x10]
;;   0x00a4: mov sp, x29
;;   0x00a8: ldp x29, x30, [sp], #0x18
;;   0x00ac: ret
;;   0x00b0: udf #0xa
;; function 2 (dead_if_arm):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x50
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x12c
;;   0x00e4: mov x16, #0x50
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: ldr w19, [x29, #0x10]
;;   0x00fc: cmp w19, #0x0
;;   0x0100: b.eq 0x110
;;   0x0104: mov w17, #0x1
;;   0x0108: stur w17, [x29, #-0x50]
;;   0x010c: b 0x118
;;   0x0110: mov w17, #0x3
;;   0x0114: stur w17, [x29, #-0x50]
;;   0x0118: ldur w0, [x29, #-0x50]
;;   0x011c: ldur x19, [x29, #-0x10]
;;   0x0120: mov sp, x29
;;   0x0124: ldp x29, x30, [sp], #0x18
;;   0x0128: ret
;;   0x012c: udf #0xa
