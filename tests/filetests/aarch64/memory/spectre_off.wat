;;! bounds = "explicit"
;;! spectre = "off"
;; The module of x64/memory/spectre_off.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (memory $m0 1)
  (memory $m1 32769)
  (table 4 funcref)
  (func (export "load0") (param i32) (result i32) (i32.load offset=16 (local.get 0)))
  (func (export "load1_far") (param i32) (result i32) (i32.load $m1 offset=0x80000000 (local.get 0)))
  (func (export "store1_far") (param i32 i64) (i64.store $m1 offset=0xfffffff0 (local.get 0) (local.get 1)))
  (func (export "get") (param i32) (result funcref) (table.get (local.get 0))))
;; function 0 (load0):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x74
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: ldr x27, [x28, #0x18]
;;   0x0040: ldr x27, [x27]
;;   0x0044: ldr x16, [x28, #0x18]
;;   0x0048: mov x0, #0x14
;;   0x004c: add x0, x0, w19, uxtw
;;   0x0050: ldr x17, [x16, #0x8]
;;   0x0054: cmp x0, x17
;;   0x0058: b.hi 0x78
;;   0x005c: add x0, x27, x0
;;   0x0060: ldur w0, [x0, #-0x4]
;;   0x0064: ldur x19, [x29, #-0x10]
;;   0x0068: mov sp, x29
;;   0x006c: ldp x29, x30, [sp], #0x18
;;   0x0070: ret
;;   0x0074: udf #0xa
;;   0x0078: udf #0x5
;; function 1 (load1_far):
;;   0x0080: stp x29, x30, [sp, #-0x10]!
;;   0x0084: mov x29, sp
;;   0x0088: ldr x16, [x28]
;;   0x008c: ldr x16, [x16]
;;   0x0090: mov x17, #0x50
;;   0x0094: movk x17, #0x0, lsl #16
;;   0x0098: add x16, x16, x17
;;   0x009c: cmp sp, x16
;;   0x00a0: b.lo 0xfc
;;   0x00a4: mov x16, #0x50
;;   0x00a8: movk x16, #0x0, lsl #16
;;   0x00ac: sub sp, sp, x16
;;   0x00b0: stur x28, [x29, #-0x8]
;;   0x00b4: stur x19, [x29, #-0x10]
;;   0x00b8: ldr w19, [x29, #0x10]
;;   0x00bc: ldr x27, [x28, #0x18]
;;   0x00c0: ldr x27, [x27]
;;   0x00c4: ldr x16, [x28, #0x20]
;;   0x00c8: mov x0, #0x4
;;   0x00cc: movk x0, #0x8000, lsl #16
;;   0x00d0: add x0, x0, w19, uxtw
;;   0x00d4: ldr x17, [x16, #0x8]
;;   0x00d8: cmp x0, x17
;;   0x00dc: ldr x16, [x16]
;;   0x00e0: add x0, x16, x0
;;   0x00e4: b.hi 0x100
;;   0x00e8: ldur w0, [x0, #-0x4]
;;   0x00ec: ldur x19, [x29, #-0x10]
;;   0x00f0: mov sp, x29
;;   0x00f4: ldp x29, x30, [sp], #0x18
;;   0x00f8: ret
;;   0x00fc: udf #0xa
;;   0x0100: udf #0x5
;; function 2 (store1_far):
;;   0x0110: stp x29, x30, [sp, #-0x10]!
;;   0x0114: mov x29, sp
;;   0x0118: ldr x16, [x28]
;;   0x011c: ldr x16, [x16]
;;   0x0120: mov x17, #0x60
;;   0x0124: movk x17, #0x0, lsl #16
;;   0x0128: add x16, x16, x17
;;   0x012c: cmp sp, x16
;;   0x0130: b.lo 0x194
;;   0x0134: mov x16, #0x60
;;   0x0138: movk x16, #0x0, lsl #16
;;   0x013c: sub sp, sp, x16
;;   0x0140: stur x28, [x29, #-0x8]
;;   0x0144: stur x19, [x29, #-0x10]
;;   0x0148: stur x20, [x29, #-0x18]
;;   0x014c: ldr w19, [x29, #0x10]
;;   0x0150: ldr x20, [x29, #0x18]
;;   0x0154: ldr x27, [x28, #0x18]
;;   0x0158: ldr x27, [x27]
;;   0x015c: ldr x16, [x28, #0x20]
;;   0x0160: mov x0, #0xfffffff8
;;   0x0164: add x0, x0, w19, uxtw
;;   0x0168: ldr x17, [x16, #0x8]
;;   0x016c: cmp x0, x17
;;   0x0170: ldr x16, [x16]
;;   0x0174: add x0, x16, x0
;;   0x0178: b.hi 0x198
;;   0x017c: stur x20, [x0, #-0x8]
;;   0x0180: ldur x19, [x29, #-0x10]
;;   0x0184: ldur x20, [x29, #-0x18]
;;   0x0188: mov sp, x29
;;   0x018c: ldp x29, x30, [sp], #0x20
;;   0x0190: ret
;;   0x0194: udf #0xa
;;   0x0198: udf #0x5
;; function 3 (get):
;;   0x01a0: stp x29, x30, [sp, #-0x10]!
;;   0x01a4: mov x29, sp
;;   0x01a8: ldr x16, [x28]
;;   0x01ac: ldr x16, [x16]
;;   0x01b0: mov x17, #0x50
;;   0x01b4: movk x17, #0x0, lsl #16
;;   0x01b8: add x16, x16, x17
;;   0x01bc: cmp sp, x16
;;   0x01c0: b.lo 0x214
;;   0x01c4: mov x16, #0x50
;;   0x01c8: movk x16, #0x0, lsl #16
;;   0x01cc: sub sp, sp, x16
;;   0x01d0: stur x28, [x29, #-0x8]
;;   0x01d4: stur x19, [x29, #-0x10]
;;   0x01d8: ldr w19, [x29, #0x10]
;;   0x01dc: ldr x27, [x28, #0x18]
;;   0x01e0: ldr x27, [x27]
;;   0x01e4: mov w0, w19
;;   0x01e8: ldr x16, [x28, #0x28]
;;   0x01ec: ldr x17, [x16, #0x8]
;;   0x01f0: ldr x16, [x16]
;;   0x01f4: cmp x0, x17
;;   0x01f8: add x0, x16, x0, lsl #3
;;   0x01fc: b.hs 0x218
;;   0x0200: ldr x0, [x0]
;;   0x0204: ldur x19, [x29, #-0x10]
;;   0x0208: mov sp, x29
;;   0x020c: ldp x29, x30, [sp], #0x18
;;   0x0210: ret
;;   0x0214: udf #0xa
;;   0x0218: udf #0x6
