;; The module of x64/bitcount/i64_baseline.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "clz") (param i64) (result i64) (i64.clz (local.get 0)))
  (func (export "ctz") (param i64) (result i64) (i64.ctz (local.get 0)))
  (func (export "popcnt") (param i64) (result i64) (i64.popcnt (local.get 0))))
;; function 0 (clz):
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
;;   0x0038: ldr x19, [x29, #0x10]
;;   0x003c: clz x0, x19
;;   0x0040: ldur x19, [x29, #-0x10]
;;   0x0044: mov sp, x29
;;   0x0048: ldp x29, x30, [sp], #0x18
;;   0x004c: ret
;;   0x0050: udf #0xa
;; function 1 (ctz):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x50
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xb4
;;   0x0084: mov x16, #0x50
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: ldr x19, [x29, #0x10]
;;   0x009c: rbit x0, x19
;;   0x00a0: clz x0, x0
;;   0x00a4: ldur x19, [x29, #-0x10]
;;   0x00a8: mov sp, x29
;;   0x00ac: ldp x29, x30, [sp], #0x18
;;   0x00b0: ret
;;   0x00b4: udf #0xa
;; function 2 (popcnt):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x50
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x11c
;;   0x00e4: mov x16, #0x50
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: ldr x19, [x29, #0x10]
;;   0x00fc: fmov d30, x19
;;   0x0100: cnt v30.8b, v30.8b
;;   0x0104: addv b30, v30.8b
;;   0x0108: fmov w0, s30
;;   0x010c: ldur x19, [x29, #-0x10]
;;   0x0110: mov sp, x29
;;   0x0114: ldp x29, x30, [sp], #0x18
;;   0x0118: ret
;;   0x011c: udf #0xa
