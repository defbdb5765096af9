;; The module of x64/control/multi_value_block.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "pair") (param i32 i64) (result i64)
    (block (result i32 i64)
      (i32.add (local.get 0) (i32.const 1))
      (i64.const 0x100000000))
    (local.get 1)
    i64.add
    (local.set 1)
    i64.extend_i32_u
    (local.get 1)
    i64.add)
  (func (export "params") (param i32 i32) (result i32)
    (local.get 0)
    (local.get 1)
    (block (param i32 i32) (result i32 i32)
      (i32.add (i32.const 1))
      (i32.const 2)
      (i32.mul))
    i32.sub)
  (func (export "swap_br") (param i32 i32) (result i32 i32)
    (block $b (result i32 i32)
      (local.get 1)
      (local.get 0)
      (br $b))))
;; function 0 (pair):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x80
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr x20, [x29, #0x18]
;;   0x0044: add w0, w19, #0x1
;;   0x0048: stur w0, [x29, #-0x50]
;;   0x004c: mov x17, #0x100000000
;;   0x0050: stur x17, [x29, #-0x58]
;;   0x0054: ldur x0, [x29, #-0x58]
;;   0x0058: add x0, x0, x20
;;   0x005c: mov x20, x0
;;   0x0060: ldur w0, [x29, #-0x50]
;;   0x0064: mov w0, w0
;;   0x0068: add x0, x0, x20
;;   0x006c: ldur x19, [x29, #-0x10]
;;   0x0070: ldur x20, [x29, #-0x18]
;;   0x0074: mov sp, x29
;;   0x0078: ldp x29, x30, [sp], #0x20
;;   0x007c: ret
;;   0x0080: udf #0xa
;; function 1 (params):
;;   0x0090: stp x29, x30, [sp, #-0x10]!
;;   0x0094: mov x29, sp
;;   0x0098: ldr x16, [x28]
;;   0x009c: ldr x16, [x16]
;;   0x00a0: mov x17, #0x60
;;   0x00a4: movk x17, #0x0, lsl #16
;;   0x00a8: add x16, x16, x17
;;   0x00ac: cmp sp, x16
;;   0x00b0: b.lo 0x110
;;   0x00b4: mov x16, #0x60
;;   0x00b8: movk x16, #0x0, lsl #16
;;   0x00bc: sub sp, sp, x16
;;   0x00c0: stur x28, [x29, #-0x8]
;;   0x00c4: stur x19, [x29, #-0x10]
;;   0x00c8: stur x20, [x29, #-0x18]
;;   0x00cc: ldr w19, [x29, #0x10]
;;   0x00d0: ldr w20, [x29, #0x18]
;;   0x00d4: stur w19, [x29, #-0x50]
;;   0x00d8: stur w20, [x29, #-0x58]
;;   0x00dc: ldur w0, [x29, #-0x58]
;;   0x00e0: add w0, w0, #0x1
;;   0x00e4: mov w1, #0x2
;;   0x00e8: mul w0, w0, w1
;;   0x00ec: stur w0, [x29, #-0x58]
;;   0x00f0: ldur w0, [x29, #-0x50]
;;   0x00f4: ldur w17, [x29, #-0x58]
;;   0x00f8: sub w0, w0, w17
;;   0x00fc: ldur x19, [x29, #-0x10]
;;   0x0100: ldur x20, [x29, #-0x18]
;;   0x0104: mov sp, x29
;;   0x0108: ldp x29, x30, [sp], #0x20
;;   0x010c: ret
;;   0x0110: udf #0xa
;; function 2 (swap_br):
;;   0x0120: stp x29, x30, [sp, #-0x10]!
;;   0x0124: mov x29, sp
;;   0x0128: ldr x16, [x28]
;;   0x012c: ldr x16, [x16]
;;   0x0130: mov x17, #0x60
;;   0x0134: movk x17, #0x0, lsl #16
;;   0x0138: add x16, x16, x17
;;   0x013c: cmp sp, x16
;;   0x0140: b.lo 0x190
;;   0x0144: mov x16, #0x60
;;   0x0148: movk x16, #0x0, lsl #16
;;   0x014c: sub sp, sp, x16
;;   0x0150: stur x28, [x29, #-0x8]
;;   0x0154: stur x19, [x29, #-0x10]
;;   0x0158: stur x20, [x29, #-0x18]
;;   0x015c: ldr w19, [x29, #0x10]
;;   0x0160: ldr w20, [x29, #0x18]
;;   0x0164: stur w20, [x29, #-0x50]
;;   0x0168: stur w19, [x29, #-0x58]
;;   0x016c: b 0x170
;;   0x0170: ldur w17, [x29, #-0x58]
;;   0x0174: str w17, [x29, #0x20]
;;   0x0178: ldur w0, [x29, #-0x50]
;;   0x017c: ldur x19, [x29, #-0x10]
;;   0x0180: ldur x20, [x29, #-0x18]
;;   0x0184: mov sp, x29
;;   0x0188: ldp x29, x30, [sp], #0x20
;;   0x018c: ret
;;   0x0190: udf #0xa
