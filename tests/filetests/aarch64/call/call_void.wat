;; The module of x64/call/call_void.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func $noop)
  (func $sink (param i64))
  (func (export "caller") (param i64)
    (call $noop)
    (call $sink (local.get 0))
    (call $sink (i64.const -1))))
;; function 0 (noop):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x40
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: mov sp, x29
;;   0x0038: ldp x29, x30, [sp], #0x10
;;   0x003c: ret
;;   0x0040: udf #0xa
;; function 1 (sink):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x50
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0x9c
;;   0x0074: mov x16, #0x50
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: stur x19, [x29, #-0x10]
;;   0x0088: ldr x19, [x29, #0x10]
;;   0x008c: ldur x19, [x29, #-0x10]
;;   0x0090: mov sp, x29
;;   0x0094: ldp x29, x30, [sp], #0x18
;;   0x0098: ret
;;   0x009c: udf #0xa
;; function 2 (caller):
;;   0x00a0: stp x29, x30, [sp, #-0x10]!
;;   0x00a4: mov x29, sp
;;   0x00a8: ldr x16, [x28]
;;   0x00ac: ldr x16, [x16]
;;   0x00b0: mov x17, #0x60
;;   0x00b4: movk x17, #0x0, lsl #16
;;   0x00b8: add x16, x16, x17
;;   0x00bc: cmp sp, x16
;;   0x00c0: b.lo 0x114
;;   0x00c4: mov x16, #0x50
;;   0x00c8: movk x16, #0x0, lsl #16
;;   0x00cc: sub sp, sp, x16
;;   0x00d0: stur x28, [x29, #-0x8]
;;   0x00d4: stur x19, [x29, #-0x10]
;;   0x00d8: ldr x19, [x29, #0x10]
;;   0x00dc: bl 0x0
;;   0x00e0: sub sp, sp, #0x10
;;   0x00e4: str x19, [sp]
;;   0x00e8: bl 0x50
;;   0x00ec: add sp, sp, #0x8
;;   0x00f0: sub sp, sp, #0x10
;;   0x00f4: mov x17, #0xffffffffffffffff
;;   0x00f8: str x17, [sp]
;;   0x00fc: bl 0x50
;;   0x0100: add sp, sp, #0x8
;;   0x0104: ldur x19, [x29, #-0x10]
;;   0x0108: mov sp, x29
;;   0x010c: ldp x29, x30, [sp], #0x18
;;   0x0110: ret
;;   0x0114: udf #0xa
