;; The module of x64/control/return.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "early") (param i32) (result i32)
    (if (local.get 0)
      (then (return (i32.const 1))))
    (i32.const 2))
  (func (export "return_value_below") (param i64) (result i64)
    ;; Extra values below the returned one are ignored.
    (i64.const 1)
    (i64.add (local.get 0) (local.get 0))
    return)
  (func (export "void") (param i32)
    (if (local.get 0) (then return))
    nop))
;; function 0 (early):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x6c
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: cmp w19, #0x0
;;   0x0040: b.eq 0x58
;;   0x0044: mov w0, #0x1
;;   0x0048: ldur x19, [x29, #-0x10]
;;   0x004c: mov sp, x29
;;   0x0050: ldp x29, x30, [sp], #0x18
;;   0x0054: ret
;;   0x0058: mov w0, #0x2
;;   0x005c: ldur x19, [x29, #-0x10]
;;   0x0060: mov sp, x29
;;   0x0064: ldp x29, x30, [sp], #0x18
;;   0x0068: ret
;;   0x006c: udf #0xa
;; function 1 (return_value_below):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x60
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xc0
;;   0x0094: mov x16, #0x60
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: stur x19, [x29, #-0x10]
;;   0x00a8: ldr x19, [x29, #0x10]
;;   0x00ac: add x0, x19, x19
;;   0x00b0: ldur x19, [x29, #-0x10]
;;   0x00b4: mov sp, x29
;;   0x00b8: ldp x29, x30, [sp], #0x18
;;   0x00bc: ret
;;   0x00c0: udf #0xa
;; function 2 (void):
;;   0x00d0: stp x29, x30, [sp, #-0x10]!
;;   0x00d4: mov x29, sp
;;   0x00d8: ldr x16, [x28]
;;   0x00dc: ldr x16, [x16]
;;   0x00e0: mov x17, #0x50
;;   0x00e4: movk x17, #0x0, lsl #16
;;   0x00e8: add x16, x16, x17
;;   0x00ec: cmp sp, x16
;;   0x00f0: b.lo 0x134
;;   0x00f4: mov x16, #0x50
;;   0x00f8: movk x16, #0x0, lsl #16
;;   0x00fc: sub sp, sp, x16
;;   0x0100: stur x28, [x29, #-0x8]
;;   0x0104: stur x19, [x29, #-0x10]
;;   0x0108: ldr w19, [x29, #0x10]
;;   0x010c: cmp w19, #0x0
;;   0x0110: b.eq 0x124
;;   0x0114: ldur x19, [x29, #-0x10]
;;   0x0118: mov sp, x29
;;   0x011c: ldp x29, x30, [sp], #0x18
;;   0x0120: ret
;;   0x0124: ldur x19, [x29, #-0x10]
;;   0x0128: mov sp, x29
;;   0x012c: ldp x29, x30, [sp], #0x18
;;   0x0130: ret
;;   0x0134: udf #0xa
