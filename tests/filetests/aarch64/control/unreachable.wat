;; The module of x64/control/unreachable.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "trap") (result i32)
    unreachable)
  (func (export "cond_trap") (param i32) (result i32)
    (if (local.get 0) (then unreachable))
    (local.get 0))
  (func (export "after") (param i32) (result i32)
    ;; Code after unreachable is validated but emits nothing.
    unreachable
    (i32.add (local.get 0) (i32.const 1))
    drop
    (block (result i32) (i32.const 1))))
;; function 0 (trap):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x38
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: b 0x3c
;;   0x0038: udf #0xa
;;   0x003c: udf #0x1
;; function 1 (cond_trap):
;;   0x0040: stp x29, x30, [sp, #-0x10]!
;;   0x0044: mov x29, sp
;;   0x0048: ldr x16, [x28]
;;   0x004c: ldr x16, [x16]
;;   0x0050: mov x17, #0x50
;;   0x0054: movk x17, #0x0, lsl #16
;;   0x0058: add x16, x16, x17
;;   0x005c: cmp sp, x16
;;   0x0060: b.lo 0x9c
;;   0x0064: mov x16, #0x50
;;   0x0068: movk x16, #0x0, lsl #16
;;   0x006c: sub sp, sp, x16
;;   0x0070: stur x28, [x29, #-0x8]
;;   0x0074: stur x19, [x29, #-0x10]
;;   0x0078: ldr w19, [x29, #0x10]
;;   0x007c: cmp w19, #0x0
;;   0x0080: b.eq 0x88
;;   0x0084: b 0xa0
;;   0x0088: mov w0, w19
;;   0x008c: ldur x19, [x29, #-0x10]
;;   0x0090: mov sp, x29
;;   0x0094: ldp x29, x30, [sp], #0x18
;;   0x0098: ret
;;   0x009c: udf #0xa
;;   0x00a0: udf #0x1
;; function 2 (after):
;;   0x00b0: stp x29, x30, [sp, #-0x10]!
;;   0x00b4: mov x29, sp
;;   0x00b8: ldr x16, [x28]
;;   0x00bc: ldr x16, [x16]
;;   0x00c0: mov x17, #0x50
;;   0x00c4: movk x17, #0x0, lsl #16
;;   0x00c8: add x16, x16, x17
;;   0x00cc: cmp sp, x16
;;   0x00d0: b.lo 0xf0
;;   0x00d4: mov x16, #0x50
;;   0x00d8: movk x16, #0x0, lsl #16
;;   0x00dc: sub sp, sp, x16
;;   0x00e0: stur x28, [x29, #-0x8]
;;   0x00e4: stur x19, [x29, #-0x10]
;;   0x00e8: ldr w19, [x29, #0x10]
;;   0x00ec: b 0xf4
;;   0x00f0: udf #0xa
;;   0x00f4: udf #0x1
