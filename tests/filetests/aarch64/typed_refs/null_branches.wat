;;! target = "aarch64"

(module
  (type $t (func (result i32)))
  (func $f (type $t) (i32.const 7))
  (elem declare func $f)
  (func (export "as_non_null") (param (ref null $t)) (result (ref $t))
    (ref.as_non_null (local.get 0)))
  (func (export "on_null") (param (ref null $t)) (result i32)
    (block $null
      (return (call_ref $t (br_on_null $null (local.get 0)))))
    (i32.const -1))
  (func (export "on_non_null") (param (ref null $t)) (result i32)
    (block $nn (result (ref $t))
      (br_on_non_null $nn (local.get 0))
      (return (i32.const -1)))
    (call_ref $t)))
;; function 0 (f):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x44
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: mov w0, #0x7
;;   0x0038: mov sp, x29
;;   0x003c: ldp x29, x30, [sp], #0x10
;;   0x0040: ret
;;   0x0044: udf #0xa
;; function 1 (as_non_null):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x50
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0xac
;;   0x0074: mov x16, #0x50
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: stur x19, [x29, #-0x10]
;;   0x0088: ldr x19, [x29, #0x10]
;;   0x008c: mov x0, x19
;;   0x0090: cmp x0, #0x0
;;   0x0094: b.ne 0x9c
;;   0x0098: b 0xb0
;;   0x009c: ldur x19, [x29, #-0x10]
;;   0x00a0: mov sp, x29
;;   0x00a4: ldp x29, x30, [sp], #0x18
;;   0x00a8: ret
;;   0x00ac: udf #0xa
;;   0x00b0: udf #0x10
;; function 2 (on_null):
;;   0x00c0: stp x29, x30, [sp, #-0x10]!
;;   0x00c4: mov x29, sp
;;   0x00c8: ldr x16, [x28]
;;   0x00cc: ldr x16, [x16]
;;   0x00d0: mov x17, #0x50
;;   0x00d4: movk x17, #0x0, lsl #16
;;   0x00d8: add x16, x16, x17
;;   0x00dc: cmp sp, x16
;;   0x00e0: b.lo 0x150
;;   0x00e4: mov x16, #0x50
;;   0x00e8: movk x16, #0x0, lsl #16
;;   0x00ec: sub sp, sp, x16
;;   0x00f0: stur x28, [x29, #-0x8]
;;   0x00f4: stur x19, [x29, #-0x10]
;;   0x00f8: ldr x19, [x29, #0x10]
;;   0x00fc: mov x0, x19
;;   0x0100: cmp x0, #0x0
;;   0x0104: b.eq 0x13c
;;   0x0108: cmp x0, #0x0
;;   0x010c: b.ne 0x114
;;   0x0110: b 0x154
;;   0x0114: mov x16, x0
;;   0x0118: mov x1, x28
;;   0x011c: ldr x28, [x16, #0x8]
;;   0x0120: ldr x17, [x16]
;;   0x0124: blr x17
;;   0x0128: ldur x28, [x29, #-0x8]
;;   0x012c: ldur x19, [x29, #-0x10]
;;   0x0130: mov sp, x29
;;   0x0134: ldp x29, x30, [sp], #0x18
;;   0x0138: ret
;;   0x013c: mov w0, #0xffffffff
;;   0x0140: ldur x19, [x29, #-0x10]
;;   0x0144: mov sp, x29
;;   0x0148: ldp x29, x30, [sp], #0x18
;;   0x014c: ret
;;   0x0150: udf #0xa
;;   0x0154: udf #0xd
;; function 3 (on_non_null):
;;   0x0160: stp x29, x30, [sp, #-0x10]!
;;   0x0164: mov x29, sp
;;   0x0168: ldr x16, [x28]
;;   0x016c: ldr x16, [x16]
;;   0x0170: mov x17, #0x50
;;   0x0174: movk x17, #0x0, lsl #16
;;   0x0178: add x16, x16, x17
;;   0x017c: cmp sp, x16
;;   0x0180: b.lo 0x1fc
;;   0x0184: mov x16, #0x50
;;   0x0188: movk x16, #0x0, lsl #16
;;   0x018c: sub sp, sp, x16
;;   0x0190: stur x28, [x29, #-0x8]
;;   0x0194: stur x19, [x29, #-0x10]
;;   0x0198: ldr x19, [x29, #0x10]
;;   0x019c: mov x0, x19
;;   0x01a0: cmp x0, #0x0
;;   0x01a4: b.eq 0x1b0
;;   0x01a8: stur x0, [x29, #-0x50]
;;   0x01ac: b 0x1c4
;;   0x01b0: mov w0, #0xffffffff
;;   0x01b4: ldur x19, [x29, #-0x10]
;;   0x01b8: mov sp, x29
;;   0x01bc: ldp x29, x30, [sp], #0x18
;;   0x01c0: ret
;;   0x01c4: ldur x0, [x29, #-0x50]
;;   0x01c8: cmp x0, #0x0
;;   0x01cc: b.ne 0x1d4
;;   0x01d0: b 0x200
;;   0x01d4: mov x16, x0
;;   0x01d8: mov x1, x28
;;   0x01dc: ldr x28, [x16, #0x8]
;;   0x01e0: ldr x17, [x16]
;;   0x01e4: blr x17
;;   0x01e8: ldur x28, [x29, #-0x8]
;;   0x01ec: ldur x19, [x29, #-0x10]
;;   0x01f0: mov sp, x29
;;   0x01f4: ldp x29, x30, [sp], #0x18
;;   0x01f8: ret
;;   0x01fc: udf #0xa
;;   0x0200: udf #0xd
