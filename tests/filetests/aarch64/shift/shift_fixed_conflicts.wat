;; The module of x64/shift/shift_fixed_conflicts.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "value_in_rcx") (param i32 i32) (result i32)
    (i32.add (local.get 0) (i32.const 1))              ;; eax
    (i32.shl (i32.add (local.get 0) (i32.const 2))     ;; ecx
             (local.get 1))
    i32.add)
  (func (export "count_in_rcx") (param i64 i64) (result i64)
    (i64.add (local.get 0) (i64.const 1))              ;; rax
    (i64.rotl (local.get 0)
              (i64.add (local.get 1) (i64.const 2)))   ;; rcx
    i64.add))
;; function 0 (value_in_rcx):
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
;;   0x0044: add w0, w19, #0x1
;;   0x0048: add w1, w19, #0x2
;;   0x004c: mov w2, w20
;;   0x0050: lsl w1, w1, w2
;;   0x0054: add w0, w0, w1
;;   0x0058: ldur x19, [x29, #-0x10]
;;   0x005c: ldur x20, [x29, #-0x18]
;;   0x0060: mov sp, x29
;;   0x0064: ldp x29, x30, [sp], #0x20
;;   0x0068: ret
;;   0x006c: udf #0xa
;; function 1 (count_in_rcx):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x70
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xdc
;;   0x0094: mov x16, #0x70
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: stur x19, [x29, #-0x10]
;;   0x00a8: stur x20, [x29, #-0x18]
;;   0x00ac: ldr x19, [x29, #0x10]
;;   0x00b0: ldr x20, [x29, #0x18]
;;   0x00b4: add x0, x19, #0x1
;;   0x00b8: add x1, x20, #0x2
;;   0x00bc: neg x16, x1
;;   0x00c0: ror x2, x19, x16
;;   0x00c4: add x0, x0, x2
;;   0x00c8: ldur x19, [x29, #-0x10]
;;   0x00cc: ldur x20, [x29, #-0x18]
;;   0x00d0: mov sp, x29
;;   0x00d4: ldp x29, x30, [sp], #0x20
;;   0x00d8: ret
;;   0x00dc: udf #0xa
