;; The module of x64/control/multi_value_func.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "three") (param i32 i64) (result i32 i64 i32)
    (i32.add (local.get 0) (i32.const 1))
    (i64.mul (local.get 1) (i64.const 2))
    (i32.const 7))
  (func (export "no_params") (result i64 i64)
    (i64.const 1)
    (i64.const 0x100000000)))
;; function 0 (three):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x70
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr x20, [x29, #0x18]
;;   0x0044: add w0, w19, #0x1
;;   0x0048: mov x1, #0x2
;;   0x004c: mul x2, x20, x1
;;   0x0050: str x2, [x29, #0x20]
;;   0x0054: mov w17, #0x7
;;   0x0058: str w17, [x29, #0x28]
;;   0x005c: ldur x19, [x29, #-0x10]
;;   0x0060: ldur x20, [x29, #-0x18]
;;   0x0064: mov sp, x29
;;   0x0068: ldp x29, x30, [sp], #0x20
;;   0x006c: ret
;;   0x0070: udf #0xa
;; function 1 (no_params):
;;   0x0080: stp x29, x30, [sp, #-0x10]!
;;   0x0084: mov x29, sp
;;   0x0088: ldr x16, [x28]
;;   0x008c: ldr x16, [x16]
;;   0x0090: mov x17, #0x60
;;   0x0094: movk x17, #0x0, lsl #16
;;   0x0098: add x16, x16, x17
;;   0x009c: cmp sp, x16
;;   0x00a0: b.lo 0xcc
;;   0x00a4: mov x16, #0x60
;;   0x00a8: movk x16, #0x0, lsl #16
;;   0x00ac: sub sp, sp, x16
;;   0x00b0: stur x28, [x29, #-0x8]
;;   0x00b4: mov x17, #0x100000000
;;   0x00b8: str x17, [x29, #0x10]
;;   0x00bc: mov x0, #0x1
;;   0x00c0: mov sp, x29
;;   0x00c4: ldp x29, x30, [sp], #0x10
;;   0x00c8: ret
;;   0x00cc: udf #0xa
