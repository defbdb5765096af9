;;! bounds = "guard"
;; The module of x64/memory/offsets_guard_multi.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory $m0 1)
  (memory $m1 32769)
  (func (export "below_guard") (param i32) (result i32) (i32.load $m1 offset=0x7ffffff0 (local.get 0)))
  (func (export "at_2_31") (param i32) (result i32) (i32.load $m1 offset=0x80000000 (local.get 0)))
  (func (export "max") (param i32) (result i32) (i32.load8_u $m1 offset=0xffffffff (local.get 0))))
;; function 0 (below_guard):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x68
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: ldr x27, [x28, #0x18]
;;   0x0040: ldr x27, [x27]
;;   0x0044: ldr x16, [x28, #0x20]
;;   0x0048: ldr x16, [x16]
;;   0x004c: mov x17, #0x7ffffff0
;;   0x0050: add x17, x17, x16
;;   0x0054: ldr w0, [x17, w19, uxtw]
;;   0x0058: ldur x19, [x29, #-0x10]
;;   0x005c: mov sp, x29
;;   0x0060: ldp x29, x30, [sp], #0x18
;;   0x0064: ret
;;   0x0068: udf #0xa
;; function 1 (at_2_31):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x50
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xf0
;;   0x0094: mov x16, #0x50
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: stur x19, [x29, #-0x10]
;;   0x00a8: ldr w19, [x29, #0x10]
;;   0x00ac: ldr x27, [x28, #0x18]
;;   0x00b0: ldr x27, [x27]
;;   0x00b4: ldr x16, [x28, #0x20]
;;   0x00b8: mov x0, #0x4
;;   0x00bc: movk x0, #0x8000, lsl #16
;;   0x00c0: add x0, x0, w19, uxtw
;;   0x00c4: ldr x17, [x16, #0x8]
;;   0x00c8: cmp x0, x17
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: add x0, x16, x0
;;   0x00d4: b.hi 0xf4
;;   0x00d8: csel x0, x0, xzr, ls
;;   0x00dc: ldur w0, [x0, #-0x4]
;;   0x00e0: ldur x19, [x29, #-0x10]
;;   0x00e4: mov sp, x29
;;   0x00e8: ldp x29, x30, [sp], #0x18
;;   0x00ec: ret
;;   0x00f0: udf #0xa
;;   0x00f4: udf #0x5
;; function 2 (max):
;;   0x0100: stp x29, x30, [sp, #-0x10]!
;;   0x0104: mov x29, sp
;;   0x0108: ldr x16, [x28]
;;   0x010c: ldr x16, [x16]
;;   0x0110: mov x17, #0x50
;;   0x0114: movk x17, #0x0, lsl #16
;;   0x0118: add x16, x16, x17
;;   0x011c: cmp sp, x16
;;   0x0120: b.lo 0x17c
;;   0x0124: mov x16, #0x50
;;   0x0128: movk x16, #0x0, lsl #16
;;   0x012c: sub sp, sp, x16
;;   0x0130: stur x28, [x29, #-0x8]
;;   0x0134: stur x19, [x29, #-0x10]
;;   0x0138: ldr w19, [x29, #0x10]
;;   0x013c: ldr x27, [x28, #0x18]
;;   0x0140: ldr x27, [x27]
;;   0x0144: ldr x16, [x28, #0x20]
;;   0x0148: mov x0, #0x100000000
;;   0x014c: add x0, x0, w19, uxtw
;;   0x0150: ldr x17, [x16, #0x8]
;;   0x0154: cmp x0, x17
;;   0x0158: ldr x16, [x16]
;;   0x015c: add x0, x16, x0
;;   0x0160: b.hi 0x180
;;   0x0164: csel x0, x0, xzr, ls
;;   0x0168: ldurb w0, [x0, #-0x1]
;;   0x016c: ldur x19, [x29, #-0x10]
;;   0x0170: mov sp, x29
;;   0x0174: ldp x29, x30, [sp], #0x18
;;   0x0178: ret
;;   0x017c: udf #0xa
;;   0x0180: udf #0x5
