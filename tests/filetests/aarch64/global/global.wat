;; The module of x64/global/global.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (global $g (mut i32) (i32.const 0))
  (global $h i64 (i64.const 5))
  (func (export "get") (result i32)
    (global.get $g))
  (func (export "set") (param i32)
    (global.set $g (local.get 0)))
  (func (export "get_const") (result i64)
    (global.get $h)))
;; function 0 (get):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x48
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: ldr x16, [x28, #0x18]
;;   0x0038: ldr w0, [x16]
;;   0x003c: mov sp, x29
;;   0x0040: ldp x29, x30, [sp], #0x10
;;   0x0044: ret
;;   0x0048: udf #0xa
;; function 1 (set):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x50
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0xa8
;;   0x0074: mov x16, #0x50
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: stur x19, [x29, #-0x10]
;;   0x0088: ldr w19, [x29, #0x10]
;;   0x008c: mov w0, w19
;;   0x0090: ldr x16, [x28, #0x18]
;;   0x0094: str w0, [x16]
;;   0x0098: ldur x19, [x29, #-0x10]
;;   0x009c: mov sp, x29
;;   0x00a0: ldp x29, x30, [sp], #0x18
;;   0x00a4: ret
;;   0x00a8: udf #0xa
;; function 2 (get_const):
;;   0x00b0: stp x29, x30, [sp, #-0x10]!
;;   0x00b4: mov x29, sp
;;   0x00b8: ldr x16, [x28]
;;   0x00bc: ldr x16, [x16]
;;   0x00c0: mov x17, #0x50
;;   0x00c4: movk x17, #0x0, lsl #16
;;   0x00c8: add x16, x16, x17
;;   0x00cc: cmp sp, x16
;;   0x00d0: b.lo 0xf8
;;   0x00d4: mov x16, #0x50
;;   0x00d8: movk x16, #0x0, lsl #16
;;   0x00dc: sub sp, sp, x16
;;   0x00e0: stur x28, [x29, #-0x8]
;;   0x00e4: ldr x16, [x28, #0x20]
;;   0x00e8: ldr x0, [x16]
;;   0x00ec: mov sp, x29
;;   0x00f0: ldp x29, x30, [sp], #0x10
;;   0x00f4: ret
;;   0x00f8: udf #0xa
