;;! bounds = "explicit"
;; A checked access to a shared memory reads the length with `ldar`: another
;; thread may grow the memory, and the access must see the pages made
;; accessible before the length was published. An unshared memory (memory
;; 1) reads it with a plain `ldr`.
(module
  (memory 1 2 shared)
  (memory 1 2)
  (func (export "shared") (param i32) (result i32) (i32.load offset=4 (local.get 0)))
  (func (export "unshared") (param i32) (result i32) (i32.load 1 offset=4 (local.get 0))))
;; function 0 (shared):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x50
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x7c
;;   0x0024: mov x16, #0x50
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: ldr x27, [x28, #0x18]
;;   0x0040: ldr x27, [x27]
;;   0x0044: ldr x16, [x28, #0x18]
;;   0x0048: mov x0, #0x8
;;   0x004c: add x0, x0, w19, uxtw
;;   0x0050: add x17, x16, #0x8
;;   0x0054: ldar x17, [x17]
;;   0x0058: cmp x0, x17
;;   0x005c: b.hi 0x80
;;   0x0060: add x0, x27, x0
;;   0x0064: csel x0, x0, xzr, ls
;;   0x0068: ldur w0, [x0, #-0x4]
;;   0x006c: ldur x19, [x29, #-0x10]
;;   0x0070: mov sp, x29
;;   0x0074: ldp x29, x30, [sp], #0x18
;;   0x0078: ret
;;   0x007c: udf #0xa
;;   0x0080: udf #0x5
;; function 1 (unshared):
;;   0x0090: stp x29, x30, [sp, #-0x10]!
;;   0x0094: mov x29, sp
;;   0x0098: ldr x16, [x28]
;;   0x009c: ldr x16, [x16]
;;   0x00a0: mov x17, #0x50
;;   0x00a4: movk x17, #0x0, lsl #16
;;   0x00a8: add x16, x16, x17
;;   0x00ac: cmp sp, x16
;;   0x00b0: b.lo 0x10c
;;   0x00b4: mov x16, #0x50
;;   0x00b8: movk x16, #0x0, lsl #16
;;   0x00bc: sub sp, sp, x16
;;   0x00c0: stur x28, [x29, #-0x8]
;;   0x00c4: stur x19, [x29, #-0x10]
;;   0x00c8: ldr w19, [x29, #0x10]
;;   0x00cc: ldr x27, [x28, #0x18]
;;   0x00d0: ldr x27, [x27]
;;   0x00d4: ldr x16, [x28, #0x20]
;;   0x00d8: mov x0, #0x8
;;   0x00dc: add x0, x0, w19, uxtw
;;   0x00e0: ldr x17, [x16, #0x8]
;;   0x00e4: cmp x0, x17
;;   0x00e8: ldr x16, [x16]
;;   0x00ec: add x0, x16, x0
;;   0x00f0: b.hi 0x110
;;   0x00f4: csel x0, x0, xzr, ls
;;   0x00f8: ldur w0, [x0, #-0x4]
;;   0x00fc: ldur x19, [x29, #-0x10]
;;   0x0100: mov sp, x29
;;   0x0104: ldp x29, x30, [sp], #0x18
;;   0x0108: ret
;;   0x010c: udf #0xa
;;   0x0110: udf #0x5
