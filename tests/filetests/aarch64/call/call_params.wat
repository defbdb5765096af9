;; The module of x64/call/call_params.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func $f (param i32 i64 i32 i64) (result i64)
    (i64.add (local.get 1) (local.get 3)))
  (func (export "caller") (param i32 i64) (result i64)
    (call $f
      (local.get 0)
      (local.get 1)
      (i32.add (local.get 0) (i32.const 1))
      (i64.const 0x100000000))))
;; function 0 (f):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x74
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: stur x21, [x29, #-0x20]
;;   0x0040: stur x22, [x29, #-0x28]
;;   0x0044: ldr w19, [x29, #0x10]
;;   0x0048: ldr x20, [x29, #0x18]
;;   0x004c: ldr w21, [x29, #0x20]
;;   0x0050: ldr x22, [x29, #0x28]
;;   0x0054: add x0, x20, x22
;;   0x0058: ldur x19, [x29, #-0x10]
;;   0x005c: ldur x20, [x29, #-0x18]
;;   0x0060: ldur x21, [x29, #-0x20]
;;   0x0064: ldur x22, [x29, #-0x28]
;;   0x0068: mov sp, x29
;;   0x006c: ldp x29, x30, [sp], #0x30
;;   0x0070: ret
;;   0x0074: udf #0xa
;; function 1 (caller):
;;   0x0080: stp x29, x30, [sp, #-0x10]!
;;   0x0084: mov x29, sp
;;   0x0088: ldr x16, [x28]
;;   0x008c: ldr x16, [x16]
;;   0x0090: mov x17, #0x90
;;   0x0094: movk x17, #0x0, lsl #16
;;   0x0098: add x16, x16, x17
;;   0x009c: cmp sp, x16
;;   0x00a0: b.lo 0xf8
;;   0x00a4: mov x16, #0x70
;;   0x00a8: movk x16, #0x0, lsl #16
;;   0x00ac: sub sp, sp, x16
;;   0x00b0: stur x28, [x29, #-0x8]
;;   0x00b4: stur x19, [x29, #-0x10]
;;   0x00b8: stur x20, [x29, #-0x18]
;;   0x00bc: ldr w19, [x29, #0x10]
;;   0x00c0: ldr x20, [x29, #0x18]
;;   0x00c4: add w0, w19, #0x1
;;   0x00c8: sub sp, sp, #0x20
;;   0x00cc: str w19, [sp]
;;   0x00d0: str x20, [sp, #0x8]
;;   0x00d4: str w0, [sp, #0x10]
;;   0x00d8: mov x17, #0x100000000
;;   0x00dc: str x17, [sp, #0x18]
;;   0x00e0: bl 0x0
;;   0x00e4: ldur x19, [x29, #-0x10]
;;   0x00e8: ldur x20, [x29, #-0x18]
;;   0x00ec: mov sp, x29
;;   0x00f0: ldp x29, x30, [sp], #0x20
;;   0x00f4: ret
;;   0x00f8: udf #0xa
