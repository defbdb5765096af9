;; The module of x64/locals/set_hazard.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func (export "swap_sub") (param i32 i32) (result i32)
    local.get 0          ;; old value of local 0
    (local.set 0 (local.get 1))
    local.get 0          ;; new value
    i32.sub)
  (func (export "set_self") (param i32) (result i32)
    local.get 0
    local.get 0
    local.set 0          ;; storing the reference itself
    local.get 0
    i32.add)
  (func (export "two_refs") (param i64) (result i64)
    (local i64)
    local.get 0
    local.get 0
    (local.set 0 (i64.const 9))
    i64.add
    local.get 0
    i64.add))
;; function 0 (swap_sub):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x68
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: stur x20, [x29, #-0x18]
;;   0x003c: ldr w19, [x29, #0x10]
;;   0x0040: ldr w20, [x29, #0x18]
;;   0x0044: stur w19, [x29, #-0x50]
;;   0x0048: mov w19, w20
;;   0x004c: ldur w0, [x29, #-0x50]
;;   0x0050: sub w0, w0, w19
;;   0x0054: ldur x19, [x29, #-0x10]
;;   0x0058: ldur x20, [x29, #-0x18]
;;   0x005c: mov sp, x29
;;   0x0060: ldp x29, x30, [sp], #0x20
;;   0x0064: ret
;;   0x0068: udf #0xa
;; function 1 (set_self):
;;   0x0070: stp x29, x30, [sp, #-0x10]!
;;   0x0074: mov x29, sp
;;   0x0078: ldr x16, [x28]
;;   0x007c: ldr x16, [x16]
;;   0x0080: mov x17, #0x60
;;   0x0084: movk x17, #0x0, lsl #16
;;   0x0088: add x16, x16, x17
;;   0x008c: cmp sp, x16
;;   0x0090: b.lo 0xd0
;;   0x0094: mov x16, #0x60
;;   0x0098: movk x16, #0x0, lsl #16
;;   0x009c: sub sp, sp, x16
;;   0x00a0: stur x28, [x29, #-0x8]
;;   0x00a4: stur x19, [x29, #-0x10]
;;   0x00a8: ldr w19, [x29, #0x10]
;;   0x00ac: stur w19, [x29, #-0x50]
;;   0x00b0: stur w19, [x29, #-0x58]
;;   0x00b4: ldur w19, [x29, #-0x58]
;;   0x00b8: ldur w0, [x29, #-0x50]
;;   0x00bc: add w0, w0, w19
;;   0x00c0: ldur x19, [x29, #-0x10]
;;   0x00c4: mov sp, x29
;;   0x00c8: ldp x29, x30, [sp], #0x18
;;   0x00cc: ret
;;   0x00d0: udf #0xa
;; function 2 (two_refs):
;;   0x00e0: stp x29, x30, [sp, #-0x10]!
;;   0x00e4: mov x29, sp
;;   0x00e8: ldr x16, [x28]
;;   0x00ec: ldr x16, [x16]
;;   0x00f0: mov x17, #0x70
;;   0x00f4: movk x17, #0x0, lsl #16
;;   0x00f8: add x16, x16, x17
;;   0x00fc: cmp sp, x16
;;   0x0100: b.lo 0x154
;;   0x0104: mov x16, #0x70
;;   0x0108: movk x16, #0x0, lsl #16
;;   0x010c: sub sp, sp, x16
;;   0x0110: stur x28, [x29, #-0x8]
;;   0x0114: stur x19, [x29, #-0x10]
;;   0x0118: stur x20, [x29, #-0x18]
;;   0x011c: ldr x19, [x29, #0x10]
;;   0x0120: mov x20, #0x0
;;   0x0124: stur x19, [x29, #-0x58]
;;   0x0128: stur x19, [x29, #-0x60]
;;   0x012c: mov x19, #0x9
;;   0x0130: ldur x0, [x29, #-0x58]
;;   0x0134: ldur x17, [x29, #-0x60]
;;   0x0138: add x0, x0, x17
;;   0x013c: add x0, x0, x19
;;   0x0140: ldur x19, [x29, #-0x10]
;;   0x0144: ldur x20, [x29, #-0x18]
;;   0x0148: mov sp, x29
;;   0x014c: ldp x29, x30, [sp], #0x18
;;   0x0150: ret
;;   0x0154: udf #0xa
