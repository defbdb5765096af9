;; The module of x64/table/call_indirect.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (type $t (func (param i32) (result i32)))
  (table 2 funcref)
  (func $f (type $t) (local.get 0))
  (elem (i32.const 0) $f)
  (func (export "call_indirect") (param i32 i32) (result i32)
    (call_indirect (type $t) (local.get 0) (local.get 1))))
;; function 0 (f):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x50
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: mov w0, w19
;;   0x0040: ldur x19, [x29, #-0x10]
;;   0x0044: mov sp, x29
;;   0x0048: ldp x29, x30, [sp], #0x18
;;   0x004c: ret
;;   0x0050: udf #0xa
;; function 1 (call_indirect):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x70
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0x114
;;   0x0084: mov x16, #0x60
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: stur x20, [x29, #-0x18]
;;   0x009c: ldr w19, [x29, #0x10]
;;   0x00a0: ldr w20, [x29, #0x18]
;;   0x00a4: mov w0, w20
;;   0x00a8: ldr x16, [x28, #0x18]
;;   0x00ac: ldr x17, [x16, #0x8]
;;   0x00b0: ldr x16, [x16]
;;   0x00b4: cmp x0, x17
;;   0x00b8: add x0, x16, x0, lsl #3
;;   0x00bc: b.hs 0x118
;;   0x00c0: csel x0, x0, xzr, lo
;;   0x00c4: ldr x0, [x0]
;;   0x00c8: cbz x0, 0x11c
;;   0x00cc: ldr w16, [x28, #0x20]
;;   0x00d0: ldr w17, [x0, #0x10]
;;   0x00d4: cmp w16, w17
;;   0x00d8: b.ne 0x120
;;   0x00dc: sub sp, sp, #0x10
;;   0x00e0: str w19, [sp]
;;   0x00e4: mov x16, x0
;;   0x00e8: mov x1, x28
;;   0x00ec: ldr x28, [x16, #0x8]
;;   0x00f0: ldr x17, [x16]
;;   0x00f4: blr x17
;;   0x00f8: ldur x28, [x29, #-0x8]
;;   0x00fc: add sp, sp, #0x8
;;   0x0100: ldur x19, [x29, #-0x10]
;;   0x0104: ldur x20, [x29, #-0x18]
;;   0x0108: mov sp, x29
;;   0x010c: ldp x29, x30, [sp], #0x20
;;   0x0110: ret
;;   0x0114: udf #0xa
;;   0x0118: udf #0x7
;;   0x011c: udf #0x8
;;   0x0120: udf #0x9
