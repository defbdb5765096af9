;; The module of x64/call/call_import.wat (its comment says what it exercises), compiled
;; for AArch64.
(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (func (export "caller") (param i32) (result i32)
    (i32.add (call $f (local.get 0)) (i32.const 1))))
;; function 1 (caller):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x70
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0x70
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x10]
;;   0x003c: sub sp, sp, #0x10
;;   0x0040: str w19, [sp]
;;   0x0044: mov x1, x28
;;   0x0048: ldr x16, [x28, #0x18]
;;   0x004c: ldr x28, [x28, #0x20]
;;   0x0050: blr x16
;;   0x0054: ldur x28, [x29, #-0x8]
;;   0x0058: add sp, sp, #0x8
;;   0x005c: add w0, w0, #0x1
;;   0x0060: ldur x19, [x29, #-0x10]
;;   0x0064: mov sp, x29
;;   0x0068: ldp x29, x30, [sp], #0x18
;;   0x006c: ret
;;   0x0070: udf #0xa
