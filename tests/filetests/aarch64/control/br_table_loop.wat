;; The module of x64/control/br_table_loop.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "state_machine") (param i32) (result i32)
    (local i32)
    (block $exit
      (loop $top
        (local.set 1 (i32.add (local.get 1) (i32.const 1)))
        (local.set 0 (i32.shr_u (local.get 0) (i32.const 1)))
        (br_table $top $exit $top (i32.and (local.get 0) (i32.const 3)))))
    (local.get 1))
  (func (export "high_index") (param i32) (result i32)
    (block $a (result i32)
      (i32.add (local.get 0) (i32.const 1))
      (i32.add (local.get 0) (i32.const 2))
      (i32.add (local.get 0) (i32.const 3))
      (i32.add (local.get 0) (i32.const 4))
      (i32.add (local.get 0) (i32.const 5))
      (i32.add (local.get 0) (i32.const 6))
      (i32.add (local.get 0) (i32.const 7))
      (i32.add (local.get 0) (i32.const 8))
      (i32.add (local.get 0) (i32.const 9))
      (i32.add (local.get 0) (i32.const 10))
      (i32.add (local.get 0) (i32.const 11))
      (i32.add (local.get 0) (i32.const 12))
      (br_table $a 1 $a (i32.and (local.get 0) (i32.const 1))))))
;; function 0 (state_machine):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x94
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: mov w20, #0x0
;;   0x0044: add w0, w20, #0x1
;;   0x0048: mov w20, w0
;;   0x004c: lsr w0, w19, #0x1
;;   0x0050: mov w19, w0
;;   0x0054: and w0, w19, #0x3
;;   0x0058: mov w16, #0x2
;;   0x005c: cmp w0, w16
;;   0x0060: csel w16, w0, w16, lo
;;   0x0064: adr x17, 0x70
;;   0x0068: add x17, x17, w16, uxtw #2
;;   0x006c: br x17
;;   0x0070: b 0x44
;;   0x0074: b 0x7c
;;   0x0078: b 0x44
;;   0x007c: mov w0, w20
;;   0x0080: ldur x19, [x29, #-0x10]
;;   0x0084: ldur x20, [x29, #-0x18]
;;   0x0088: mov sp, x29
;;   0x008c: ldp x29, x30, [sp], #0x18
;;   0x0090: ret
;;   0x0094: udf #0xa
;; function 1 (high_index):
;;   0x00a0: stp x29, x30, [sp, #-0x10]!
;;   0x00a4: mov x29, sp
;;   0x00a8: ldr x16, [x28]
;;   0x00ac: ldr x16, [x16]
;;   0x00b0: mov x17, #0xc0
;;   0x00b4: movk x17, #0x0, lsl #16
;;   0x00b8: add x16, x16, x17
;;   0x00bc: cmp sp, x16
;;   0x00c0: b.lo 0x164
;;   0x00c4: mov x16, #0xc0
;;   0x00c8: movk x16, #0x0, lsl #16
;;   0x00cc: sub sp, sp, x16
;;   0x00d0: stur x28, [x29, #-0x8]
;;   0x00d4: stur x19, [x29, #-0x10]
;;   0x00d8: ldr w19, [x29, #0x10]
;;   0x00dc: add w0, w19, #0x1
;;   0x00e0: add w1, w19, #0x2
;;   0x00e4: add w2, w19, #0x3
;;   0x00e8: add w3, w19, #0x4
;;   0x00ec: add w4, w19, #0x5
;;   0x00f0: add w5, w19, #0x6
;;   0x00f4: add w6, w19, #0x7
;;   0x00f8: add w7, w19, #0x8
;;   0x00fc: add w8, w19, #0x9
;;   0x0100: add w9, w19, #0xa
;;   0x0104: add w10, w19, #0xb
;;   0x0108: add w11, w19, #0xc
;;   0x010c: and w12, w19, #0x1
;;   0x0110: mov w16, #0x2
;;   0x0114: cmp w12, w16
;;   0x0118: csel w16, w12, w16, lo
;;   0x011c: adr x17, 0x128
;;   0x0120: add x17, x17, w16, uxtw #2
;;   0x0124: br x17
;;   0x0128: b 0x134
;;   0x012c: b 0x13c
;;   0x0130: b 0x134
;;   0x0134: stur w11, [x29, #-0x50]
;;   0x0138: b 0x150
;;   0x013c: mov w0, w11
;;   0x0140: ldur x19, [x29, #-0x10]
;;   0x0144: mov sp, x29
;;   0x0148: ldp x29, x30, [sp], #0x18
;;   0x014c: ret
;;   0x0150: ldur w0, [x29, #-0x50]
;;   0x0154: ldur x19, [x29, #-0x10]
;;   0x0158: mov sp, x29
;;   0x015c: ldp x29, x30, [sp], #0x18
;;   0x0160: ret
;;   0x0164: udf #0xa
