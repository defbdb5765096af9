;; The module of x64/shift/shift_rcx_busy.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "busy") (param i32 i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))   ;; rax
    (i32.add (local.get 1) (local.get 2))   ;; rcx
    (i32.shl (local.get 0) (local.get 2))   ;; count needs rcx
    i32.add
    i32.add)
  (func (export "count_in_reg") (param i32 i32) (result i32)
    (i32.shr_u (local.get 0) (i32.add (local.get 1) (i32.const 1))))
  (func (export "const_value") (param i32) (result i32)
    (i32.shl (i32.const 1) (local.get 0))))
;; function 0 (busy):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x70
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x7c
;;   0x0024: mov x16, #0x70
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: stur x21, [x29, #-0x20]
;;   0x0040: ldr w19, [x29, #0x10]
;;   0x0044: ldr w20, [x29, #0x18]
;;   0x0048: ldr w21, [x29, #0x20]
;;   0x004c: add w0, w19, w20
;;   0x0050: add w1, w20, w21
;;   0x0054: mov w2, w21
;;   0x0058: lsl w3, w19, w2
;;   0x005c: add w1, w1, w3
;;   0x0060: add w0, w0, w1
;;   0x0064: ldur x19, [x29, #-0x10]
;;   0x0068: ldur x20, [x29, #-0x18]
;;   0x006c: ldur x21, [x29, #-0x20]
;;   0x0070: mov sp, x29
;;   0x0074: ldp x29, x30, [sp], #0x28
;;   0x0078: ret
;;   0x007c: udf #0xa
;; function 1 (count_in_reg):
;;   0x0080: stp x29, x30, [sp, #-0x10]!
;;   0x0084: mov x29, sp
;;   0x0088: ldr x16, [x28]
;;   0x008c: ldr x16, [x16]
;;   0x0090: mov x17, #0x60
;;   0x0094: movk x17, #0x0, lsl #16
;;   0x0098: add x16, x16, x17
;;   0x009c: cmp sp, x16
;;   0x00a0: b.lo 0xe4
;;   0x00a4: mov x16, #0x60
;;   0x00a8: movk x16, #0x0, lsl #16
;;   0x00ac: sub sp, sp, x16
;;   0x00b0: stur x28, [x29, #-0x8]
;;   0x00b4: stur x19, [x29, #-0x10]
;;   0x00b8: stur x20, [x29, #-0x18]
;;   0x00bc: ldr w19, [x29, #0x10]
;;   0x00c0: ldr w20, [x29, #0x18]
;;   0x00c4: add w0, w20, #0x1
;;   0x00c8: lsr w1, w19, w0
;;   0x00cc: mov w0, w1
;;   0x00d0: ldur x19, [x29, #-0x10]
;;   0x00d4: ldur x20, [x29, #-0x18]
;;   0x00d8: mov sp, x29
;;   0x00dc: ldp x29, x30, [sp], #0x20
;;   0x00e0: ret
;;   0x00e4: udf #0xa
;; function 2 (const_value):
;;   0x00f0: stp x29, x30, [sp, #-0x10]!
;;   0x00f4: mov x29, sp
;;   0x00f8: ldr x16, [x28]
;;   0x00fc: ldr x16, [x16]
;;   0x0100: mov x17, #0x60
;;   0x0104: movk x17, #0x0, lsl #16
;;   0x0108: add x16, x16, x17
;;   0x010c: cmp sp, x16
;;   0x0110: b.lo 0x14c
;;   0x0114: mov x16, #0x60
;;   0x0118: movk x16, #0x0, lsl #16
;;   0x011c: sub sp, sp, x16
;;   0x0120: stur x28, [x29, #-0x8]
;;   0x0124: stur x19, [x29, #-0x10]
;;   0x0128: ldr w19, [x29, #0x10]
;;   0x012c: mov w0, w19
;;   0x0130: mov w1, #0x1
;;   0x0134: lsl w1, w1, w0
;;   0x0138: mov w0, w1
;;   0x013c: ldur x19, [x29, #-0x10]
;;   0x0140: mov sp, x29
;;   0x0144: ldp x29, x30, [sp], #0x18
;;   0x0148: ret
;;   0x014c: udf #0xa
