;; The module of x64/control/br_if.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "br_if_direct") (param i32) (result i32)
    ;; No values to move: branch directly on the condition.
    (block $b
      (br_if $b (local.get 0))
      (local.set 0 (i32.const 42)))
    (local.get 0))
  (func (export "br_if_value") (param i32 i32) (result i32)
    ;; The value must reach the block's slot only on the taken path.
    (block $b (result i32)
      (drop (br_if $b (i32.add (local.get 0) (i32.const 1)) (local.get 1)))
      (i32.const 7)))
  (func (export "br_if_extra") (param i32) (result i32)
    ;; A value above the target's base is left behind: the branch carries
    ;; none, so it is still direct.
    (block $b
      (i32.const 3)
      (br_if $b (local.get 0))
      drop)
    (local.get 0)))
;; function 0 (br_if_direct):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x5c
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: cmp w19, #0x0
;;   0x0040: b.ne 0x48
;;   0x0044: mov w19, #0x2a
;;   0x0048: mov w0, w19
;;   0x004c: ldur x19, [x29, #-0x10]
;;   0x0050: mov sp, x29
;;   0x0054: ldp x29, x30, [sp], #0x18
;;   0x0058: ret
;;   0x005c: udf #0xa
;; function 1 (br_if_value):
;;   0x0060: stp x29, x30, [sp, #-0x10]!
;;   0x0064: mov x29, sp
;;   0x0068: ldr x16, [x28]
;;   0x006c: ldr x16, [x16]
;;   0x0070: mov x17, #0x60
;;   0x0074: movk x17, #0x0, lsl #16
;;   0x0078: add x16, x16, x17
;;   0x007c: cmp sp, x16
;;   0x0080: b.lo 0xd8
;;   0x0084: mov x16, #0x60
;;   0x0088: movk x16, #0x0, lsl #16
;;   0x008c: sub sp, sp, x16
;;   0x0090: stur x28, [x29, #-0x8]
;;   0x0094: stur x19, [x29, #-0x10]
;;   0x0098: stur x20, [x29, #-0x18]
;;   0x009c: ldr w19, [x29, #0x10]
;;   0x00a0: ldr w20, [x29, #0x18]
;;   0x00a4: add w0, w19, #0x1
;;   0x00a8: cmp w20, #0x0
;;   0x00ac: b.eq 0xb8
;;   0x00b0: stur w0, [x29, #-0x50]
;;   0x00b4: b 0xc0
;;   0x00b8: mov w17, #0x7
;;   0x00bc: stur w17, [x29, #-0x50]
;;   0x00c0: ldur w0, [x29, #-0x50]
;;   0x00c4: ldur x19, [x29, #-0x10]
;;   0x00c8: ldur x20, [x29, #-0x18]
;;   0x00cc: mov sp, x29
;;   0x00d0: ldp x29, x30, [sp], #0x20
;;   0x00d4: ret
;;   0x00d8: udf #0xa
;; function 2 (br_if_extra):
;;   0x00e0: stp x29, x30, [sp, #-0x10]!
;;   0x00e4: mov x29, sp
;;   0x00e8: ldr x16, [x28]
;;   0x00ec: ldr x16, [x16]
;;   0x00f0: mov x17, #0x60
;;   0x00f4: movk x17, #0x0, lsl #16
;;   0x00f8: add x16, x16, x17
;;   0x00fc: cmp sp, x16
;;   0x0100: b.lo 0x138
;;   0x0104: mov x16, #0x60
;;   0x0108: movk x16, #0x0, lsl #16
;;   0x010c: sub sp, sp, x16
;;   0x0110: stur x28, [x29, #-0x8]
;;   0x0114: stur x19, [x29, #-0x10]
;;   0x0118: ldr w19, [x29, #0x10]
;;   0x011c: cmp w19, #0x0
;;   0x0120: b.ne 0x124
;;   0x0124: mov w0, w19
;;   0x0128: ldur x19, [x29, #-0x10]
;;   0x012c: mov sp, x29
;;   0x0130: ldp x29, x30, [sp], #0x18
;;   0x0134: ret
;;   0x0138: udf #0xa
