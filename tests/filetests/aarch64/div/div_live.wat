;; The module of x64/div/div_live.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "live") (param i32 i32 i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))   ;; rax
    (i32.add (local.get 1) (local.get 2))   ;; rcx
    (i32.add (local.get 2) (local.get 3))   ;; rdx
    (i32.div_u (local.get 3) (local.get 0))
    i32.add
    i32.add
    i32.add)
  (func (export "two") (param i32 i32) (result i32)
    (i32.rem_s
      (i32.div_s (local.get 0) (local.get 1))
      (local.get 1))))
;; function 0 (live):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x70
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x98
;;   0x0024: mov x16, #0x70
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: stur x21, [x29, #-0x20]
;;   0x0040: stur x22, [x29, #-0x28]
;;   0x0044: ldr w19, [x29, #0x10]
;;   0x0048: ldr w20, [x29, #0x18]
;;   0x004c: ldr w21, [x29, #0x20]
;;   0x0050: ldr w22, [x29, #0x28]
;;   0x0054: add w0, w19, w20
;;   0x0058: add w1, w20, w21
;;   0x005c: add w2, w21, w22
;;   0x0060: mov w3, w19
;;   0x0064: mov w4, w22
;;   0x0068: cbz w3, 0x9c
;;   0x006c: udiv w4, w4, w3
;;   0x0070: add w2, w2, w4
;;   0x0074: add w1, w1, w2
;;   0x0078: add w0, w0, w1
;;   0x007c: ldur x19, [x29, #-0x10]
;;   0x0080: ldur x20, [x29, #-0x18]
;;   0x0084: ldur x21, [x29, #-0x20]
;;   0x0088: ldur x22, [x29, #-0x28]
;;   0x008c: mov sp, x29
;;   0x0090: ldp x29, x30, [sp], #0x30
;;   0x0094: ret
;;   0x0098: udf #0xa
;;   0x009c: udf #0x2
;; function 1 (two):
;;   0x00a0: stp x29, x30, [sp, #-0x10]!
;;   0x00a4: mov x29, sp
;;   0x00a8: ldr x16, [x28]
;;   0x00ac: ldr x16, [x16]
;;   0x00b0: mov x17, #0x60
;;   0x00b4: movk x17, #0x0, lsl #16
;;   0x00b8: add x16, x16, x17
;;   0x00bc: cmp sp, x16
;;   0x00c0: b.lo 0x12c
;;   0x00c4: mov x16, #0x60
;;   0x00c8: movk x16, #0x0, lsl #16
;;   0x00cc: sub sp, sp, x16
;;   0x00d0: stur x28, [x29, #-0x8]
;;   0x00d4: stur x19, [x29, #-0x10]
;;   0x00d8: stur x20, [x29, #-0x18]
;;   0x00dc: ldr w19, [x29, #0x10]
;;   0x00e0: ldr w20, [x29, #0x18]
;;   0x00e4: mov w0, w20
;;   0x00e8: mov w1, w19
;;   0x00ec: cbz w0, 0x130
;;   0x00f0: cmn w0, #0x1
;;   0x00f4: b.ne 0x100
;;   0x00f8: cmp w1, #0x1
;;   0x00fc: b.vs 0x134
;;   0x0100: sdiv w1, w1, w0
;;   0x0104: mov w0, w20
;;   0x0108: cbz w0, 0x130
;;   0x010c: sdiv w16, w1, w0
;;   0x0110: msub w1, w16, w0, w1
;;   0x0114: mov w0, w1
;;   0x0118: ldur x19, [x29, #-0x10]
;;   0x011c: ldur x20, [x29, #-0x18]
;;   0x0120: mov sp, x29
;;   0x0124: ldp x29, x30, [sp], #0x20
;;   0x0128: ret
;;   0x012c: udf #0xa
;;   0x0130: udf #0x2
;;   0x0134: udf #0x3
