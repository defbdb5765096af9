;; The module of x64/call/call_simple.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (func $answer (result i32)
    (i32.const 42))
  (func (export "caller") (result i32)
    (i32.add (call $answer) (i32.const 1))))
;; function 0 (answer):
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
;;   0x0034: mov w0, #0x2a
;;   0x0038: mov sp, x29
;;   0x003c: ldp x29, x30, [sp], #0x10
;;   0x0040: ret
;;   0x0044: udf #0xa
;; function 1 (caller):
;;   0x0050: stp x29, x30, [sp, #-0x10]!
;;   0x0054: mov x29, sp
;;   0x0058: ldr x16, [x28]
;;   0x005c: ldr x16, [x16]
;;   0x0060: mov x17, #0x60
;;   0x0064: movk x17, #0x0, lsl #16
;;   0x0068: add x16, x16, x17
;;   0x006c: cmp sp, x16
;;   0x0070: b.lo 0x98
;;   0x0074: mov x16, #0x60
;;   0x0078: movk x16, #0x0, lsl #16
;;   0x007c: sub sp, sp, x16
;;   0x0080: stur x28, [x29, #-0x8]
;;   0x0084: bl 0x0
;;   0x0088: add w0, w0, #0x1
;;   0x008c: mov sp, x29
;;   0x0090: ldp x29, x30, [sp], #0x10
;;   0x0094: ret
;;   0x0098: udf #0xa
