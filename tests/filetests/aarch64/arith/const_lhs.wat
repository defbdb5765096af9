;; The module of x64/arith/const_lhs.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "rsub") (param i32) (result i32)
    (i32.sub (i32.const 100) (local.get 0)))
  (func (export "rsub64_big") (param i64) (result i64)
    (i64.sub (i64.const 0x7fffffffffffffff) (local.get 0)))
  (func (export "const_only") (result i32)
    (i32.add (i32.const 2) (i32.const 3)))
  (func (export "ret_const64") (result i64)
    (i64.const -1)))
;; function 0 (rsub):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x54
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: mov w0, #0x64
;;   0x0040: sub w0, w0, w19
;;   0x0044: ldur x19, [x29, #-0x10]
;;   0x0048: mov sp, x29
;;   0x004c: ldp x29, x30, [sp], #0x18
;;   0x0050: ret
;;   0x0054: udf #0xa
;; function 1 (rsub64_big):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x60
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xb4
;;   0x0084: mov x16, #0x60
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: ldr x19, [x29, #0x10]
;;   0x009c: mov x0, #0x7fffffffffffffff
;;   0x00a0: sub x0, x0, x19
;;   0x00a4: ldur x19, [x29, #-0x10]
;;   0x00a8: mov sp, x29
;;   0x00ac: ldp x29, x30, [sp], #0x18
;;   0x00b0: ret
;;   0x00b4: udf #0xa
;; function 2 (const_only):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x60
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x104
;;   0x00e4: mov x16, #0x60
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: mov w0, #0x5
;;   0x00f8: mov sp, x29
;;   0x00fc: ldp x29, x30, [sp], #0x10
;;   0x0100: ret
;;   0x0104: udf #0xa
;; function 3 (ret_const64):
;;   0x0110: stp x29, x30, [sp, #-0x10]!
;;   0x0114: mov x29, sp
;;   0x0118: ldr x16, [x28]
;;   0x011c: ldr x16, [x16]
;;   0x0120: mov x17, #0x50
;;   0x0124: movk x17, #0x0, lsl #16
;;   0x0128: add x16, x16, x17
;;   0x012c: cmp sp, x16
;;   0x0130: b.lo 0x154
;;   0x0134: mov x16, #0x50
;;   0x0138: movk x16, #0x0, lsl #16
;;   0x013c: sub sp, sp, x16
;;   0x0140: stur x28, [x29, #-0x8]
;;   0x0144: mov x0, #0xffffffffffffffff
;;   0x0148: mov sp, x29
;;   0x014c: ldp x29, x30, [sp], #0x10
;;   0x0150: ret
;;   0x0154: udf #0xa
