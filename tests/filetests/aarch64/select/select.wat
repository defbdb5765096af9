;; The module of x64/select/select.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "select_i32") (param i32 i32 i32) (result i32)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "select_i64") (param i64 i64 i32) (result i64)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "select_typed") (param i64 i64 i32) (result i64)
    (select (result i64) (local.get 0) (local.get 1) (local.get 2))))
;; function 0 (select_i32):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x6c
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: stur x21, [x29, #-0x20]
;;   0x0040: ldr w19, [x29, #0x10]
;;   0x0044: ldr w20, [x29, #0x18]
;;   0x0048: ldr w21, [x29, #0x20]
;;   0x004c: cmp w21, #0x0
;;   0x0050: csel w0, w19, w20, ne
;;   0x0054: ldur x19, [x29, #-0x10]
;;   0x0058: ldur x20, [x29, #-0x18]
;;   0x005c: ldur x21, [x29, #-0x20]
;;   0x0060: mov sp, x29
;;   0x0064: ldp x29, x30, [sp], #0x28
;;   0x0068: ret
;;   0x006c: udf #0xa
;; function 1 (select_i64):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x60
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xdc
;;   0x0094: mov x16, #0x60
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: stur x19, [x29, #-0x10]
;;   0x00a8: stur x20, [x29, #-0x18]
;;   0x00ac: stur x21, [x29, #-0x20]
;;   0x00b0: ldr x19, [x29, #0x10]
;;   0x00b4: ldr x20, [x29, #0x18]
;;   0x00b8: ldr w21, [x29, #0x20]
;;   0x00bc: cmp w21, #0x0
;;   0x00c0: csel x0, x19, x20, ne
;;   0x00c4: ldur x19, [x29, #-0x10]
;;   0x00c8: ldur x20, [x29, #-0x18]
;;   0x00cc: ldur x21, [x29, #-0x20]
;;   0x00d0: mov sp, x29
;;   0x00d4: ldp x29, x30, [sp], #0x28
;;   0x00d8: ret
;;   0x00dc: udf #0xa
;; function 2 (select_typed):
;;   0x00e0: stp x29, x30, [sp, #-0x10]!
;;   0x00e4: mov x29, sp
;;   0x00e8: ldr x16, [x28]
;;   0x00ec: ldr x16, [x16]
;;   0x00f0: mov x17, #0x60
;;   0x00f4: movk x17, #0x0, lsl #16
;;   0x00f8: add x16, x16, x17
;;   0x00fc: cmp sp, x16
;;   0x0100: b.lo 0x14c
;;   0x0104: mov x16, #0x60
;;   0x0108: movk x16, #0x0, lsl #16
;;   0x010c: sub sp, sp, x16
;;   0x0110: stur x28, [x29, #-0x8]
;;   0x0114: stur x19, [x29, #-0x10]
;;   0x0118: stur x20, [x29, #-0x18]
;;   0x011c: stur x21, [x29, #-0x20]
;;   0x0120: ldr x19, [x29, #0x10]
;;   0x0124: ldr x20, [x29, #0x18]
;;   0x0128: ldr w21, [x29, #0x20]
;;   0x012c: cmp w21, #0x0
;;   0x0130: csel x0, x19, x20, ne
;;   0x0134: ldur x19, [x29, #-0x10]
;;   0x0138: ldur x20, [x29, #-0x18]
;;   0x013c: ldur x21, [x29, #-0x20]
;;   0x0140: mov sp, x29
;;   0x0144: ldp x29, x30, [sp], #0x28
;;   0x0148: ret
;;   0x014c: udf #0xa
