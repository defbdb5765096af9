;; The module of x64/div/div_fixed_conflicts.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "divisor_in_rax") (param i32 i32) (result i32)
    (i32.div_u (local.get 0) (i32.add (local.get 1) (i32.const 1))))
  (func (export "dividend_in_rdx") (param i64 i64) (result i64)
    (i64.add (local.get 0) (i64.const 1))            ;; rax
    (i64.add (local.get 0) (i64.const 2))            ;; rcx
    (i64.rem_s (i64.add (local.get 0) (local.get 1)) ;; rdx
               (local.get 1))
    i64.add
    i64.add))
;; function 0 (divisor_in_rax):
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
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr w20, [x29, #0x18]
;;   0x0044: add w0, w20, #0x1
;;   0x0048: mov w1, w19
;;   0x004c: cbz w0, 0x70
;;   0x0050: udiv w1, w1, w0
;;   0x0054: mov w0, w1
;;   0x0058: ldur x19, [x29, #-0x10]
;;   0x005c: ldur x20, [x29, #-0x18]
;;   0x0060: mov sp, x29
;;   0x0064: ldp x29, x30, [sp], #0x20
;;   0x0068: ret
;;   0x006c: udf #0xa
;;   0x0070: udf #0x2
;; function 1 (dividend_in_rdx):
;;   0x0080: stp x29, x30, [sp, #-0x10]!
;;   0x0084: mov x29, sp
;;   0x0088: ldr x16, [x28]
;;   0x008c: ldr x16, [x16]
;;   0x0090: mov x17, #0x70
;;   0x0094: movk x17, #0x0, lsl #16
;;   0x0098: add x16, x16, x17
;;   0x009c: cmp sp, x16
;;   0x00a0: b.lo 0xfc
;;   0x00a4: mov x16, #0x70
;;   0x00a8: movk x16, #0x0, lsl #16
;;   0x00ac: sub sp, sp, x16
;;   0x00b0: stur x28, [x29, #-0x8]
;;   0x00b4: stur x19, [x29, #-0x10]
;;   0x00b8: stur x20, [x29, #-0x18]
;;   0x00bc: ldr x19, [x29, #0x10]
;;   0x00c0: ldr x20, [x29, #0x18]
;;   0x00c4: add x0, x19, #0x1
;;   0x00c8: add x1, x19, #0x2
;;   0x00cc: add x2, x19, x20
;;   0x00d0: mov x3, x20
;;   0x00d4: cbz x3, 0x100
;;   0x00d8: sdiv x16, x2, x3
;;   0x00dc: msub x2, x16, x3, x2
;;   0x00e0: add x1, x1, x2
;;   0x00e4: add x0, x0, x1
;;   0x00e8: ldur x19, [x29, #-0x10]
;;   0x00ec: ldur x20, [x29, #-0x18]
;;   0x00f0: mov sp, x29
;;   0x00f4: ldp x29, x30, [sp], #0x20
;;   0x00f8: ret
;;   0x00fc: udf #0xa
;;   0x0100: udf #0x2
