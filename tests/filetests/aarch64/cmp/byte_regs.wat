;; The module of x64/cmp/byte_regs.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "byte_regs") (param i32 i32) (result i32)
    (i32.add (local.get 0) (i32.const 1))   ;; eax
    (i32.add (local.get 0) (i32.const 2))   ;; ecx
    (i32.add (local.get 0) (i32.const 3))   ;; edx
    (i32.add (local.get 0) (i32.const 4))   ;; ebx
    (i32.lt_s (local.get 0) (local.get 1))  ;; esi
    (i32.eqz (local.get 1))                 ;; edi
    (i32.extend8_s (i32.add (local.get 1) (i32.const 5)))  ;; r8d
    i32.add i32.add i32.add i32.add i32.add i32.add)
  (func (export "byte_regs64") (param i64 i64) (result i64)
    (i64.add (local.get 0) (i64.const 1))   ;; rax
    (i64.add (local.get 0) (i64.const 2))   ;; rcx
    (i64.add (local.get 0) (i64.const 3))   ;; rdx
    (i64.add (local.get 0) (i64.const 4))   ;; rbx
    (i64.extend8_s (local.get 1))           ;; rsi
    (i64.extend16_s (local.get 1))          ;; rdi
    (i64.extend_i32_u (i64.ne (local.get 0) (local.get 1)))  ;; r8
    i64.add i64.add i64.add i64.add i64.add i64.add))
;; function 0 (byte_regs):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x90
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x98
;;   0x0024: mov x16, #0x90
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr w20, [x29, #0x18]
;;   0x0044: add w0, w19, #0x1
;;   0x0048: add w1, w19, #0x2
;;   0x004c: add w2, w19, #0x3
;;   0x0050: add w3, w19, #0x4
;;   0x0054: cmp w19, w20
;;   0x0058: cset w4, lt
;;   0x005c: cmp w20, #0x0
;;   0x0060: cset w5, eq
;;   0x0064: add w6, w20, #0x5
;;   0x0068: sxtb w6, w6
;;   0x006c: add w5, w5, w6
;;   0x0070: add w4, w4, w5
;;   0x0074: add w3, w3, w4
;;   0x0078: add w2, w2, w3
;;   0x007c: add w1, w1, w2
;;   0x0080: add w0, w0, w1
;;   0x0084: ldur x19, [x29, #-0x10]
;;   0x0088: ldur x20, [x29, #-0x18]
;;   0x008c: mov sp, x29
;;   0x0090: ldp x29, x30, [sp], #0x20
;;   0x0094: ret
;;   0x0098: udf #0xa
;; function 1 (byte_regs64):
;;   0x00a0: stp x29, x30, [sp, #-0x10]!
;;   0x00a4: mov x29, sp
;;   0x00a8: ldr x16, [x28]
;;   0x00ac: ldr x16, [x16]
;;   0x00b0: mov x17, #0x90
;;   0x00b4: movk x17, #0x0, lsl #16
;;   0x00b8: add x16, x16, x17
;;   0x00bc: cmp sp, x16
;;   0x00c0: b.lo 0x134
;;   0x00c4: mov x16, #0x90
;;   0x00c8: movk x16, #0x0, lsl #16
;;   0x00cc: sub sp, sp, x16
;;   0x00d0: stur x28, [x29, #-0x8]
;;   0x00d4: stur x19, [x29, #-0x10]
;;   0x00d8: stur x20, [x29, #-0x18]
;;   0x00dc: ldr x19, [x29, #0x10]
;;   0x00e0: ldr x20, [x29, #0x18]
;;   0x00e4: add x0, x19, #0x1
;;   0x00e8: add x1, x19, #0x2
;;   0x00ec: add x2, x19, #0x3
;;   0x00f0: add x3, x19, #0x4
;;   0x00f4: sxtb x4, w20
;;   0x00f8: sxth x5, w20
;;   0x00fc: cmp x19, x20
;;   0x0100: cset w6, ne
;;   0x0104: mov w6, w6
;;   0x0108: add x5, x5, x6
;;   0x010c: add x4, x4, x5
;;   0x0110: add x3, x3, x4
;;   0x0114: add x2, x2, x3
;;   0x0118: add x1, x1, x2
;;   0x011c: add x0, x0, x1
;;   0x0120: ldur x19, [x29, #-0x10]
;;   0x0124: ldur x20, [x29, #-0x18]
;;   0x0128: mov sp, x29
;;   0x012c: ldp x29, x30, [sp], #0x20
;;   0x0130: ret
;;   0x0134: udf #0xa
