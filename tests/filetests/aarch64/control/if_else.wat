;; The module of x64/control/if_else.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "abs") (param i32) (result i32)
    (if (result i32) (i32.lt_s (local.get 0) (i32.const 0))
      (then (i32.sub (i32.const 0) (local.get 0)))
      (else (local.get 0))))
  (func (export "pick64") (param i32 i64 i64) (result i64)
    (if (result i64) (local.get 0)
      (then (i64.add (local.get 1) (i64.const 1)))
      (else (i64.const 0x100000000)))))
;; function 0 (abs):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x6c
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: cmp w19, #0x0
;;   0x0040: b.ge 0x54
;;   0x0044: mov w0, #0x0
;;   0x0048: sub w0, w0, w19
;;   0x004c: stur w0, [x29, #-0x50]
;;   0x0050: b 0x58
;;   0x0054: stur w19, [x29, #-0x50]
;;   0x0058: ldur w0, [x29, #-0x50]
;;   0x005c: ldur x19, [x29, #-0x10]
;;   0x0060: mov sp, x29
;;   0x0064: ldp x29, x30, [sp], #0x18
;;   0x0068: ret
;;   0x006c: udf #0xa
;; function 1 (pick64):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x60
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xf4
;;   0x0094: mov x16, #0x60
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: stur x19, [x29, #-0x10]
;;   0x00a8: stur x20, [x29, #-0x18]
;;   0x00ac: stur x21, [x29, #-0x20]
;;   0x00b0: ldr w19, [x29, #0x10]
;;   0x00b4: ldr x20, [x29, #0x18]
;;   0x00b8: ldr x21, [x29, #0x20]
;;   0x00bc: cmp w19, #0x0
;;   0x00c0: b.eq 0xd0
;;   0x00c4: add x0, x20, #0x1
;;   0x00c8: stur x0, [x29, #-0x50]
;;   0x00cc: b 0xd8
;;   0x00d0: mov x17, #0x100000000
;;   0x00d4: stur x17, [x29, #-0x50]
;;   0x00d8: ldur x0, [x29, #-0x50]
;;   0x00dc: ldur x19, [x29, #-0x10]
;;   0x00e0: ldur x20, [x29, #-0x18]
;;   0x00e4: ldur x21, [x29, #-0x20]
;;   0x00e8: mov sp, x29
;;   0x00ec: ldp x29, x30, [sp], #0x28
;;   0x00f0: ret
;;   0x00f4: udf #0xa
