;;! target = "aarch64"

;; Float values on branch edges: br_table targets with moves, an early
;; `return` of an f64 from inside nested blocks, and an if with float
;; parameters.
(module
  (func (export "br_table_f32") (param f32 i32) (result f32)
    (block (result f32)
      (block (result f32)
        (f32.neg (local.get 0))
        (local.get 1)
        (br_table 0 1 1))
      (f32.const 10)
      (f32.add)))
  (func (export "early_return") (param f64 i32) (result f64)
    (block
      (block
        (br_if 1 (local.get 1))
        (return (f64.sqrt (local.get 0)))))
    (f64.const -1))
  (func (export "if_params") (param f64 f64 i32) (result f64)
    (local.get 0)
    (local.get 1)
    (if (param f64 f64) (result f64) (local.get 2)
      (then (f64.div))
      (else (f64.min)))))
;; function 0 (br_table_f32):
;;   0x0000: stp x29, x30, [sp, #-0x10]!
;;   0x0004: mov x29, sp
;;   0x0008: ldr x16, [x28]
;;   0x000c: ldr x16, [x16]
;;   0x0010: mov x17, #0x60
;;   0x0014: movk x17, #0x0, lsl #16
;;   0x0018: add x16, x16, x17
;;   0x001c: cmp sp, x16
;;   0x0020: b.lo 0xa0
;;   0x0024: mov x16, #0x60
;;   0x0028: movk x16, #0x0, lsl #16
;;   0x002c: sub sp, sp, x16
;;   0x0030: stur x28, [x29, #-0x8]
;;   0x0034: stur x19, [x29, #-0x10]
;;   0x0038: ldr w19, [x29, #0x18]
;;   0x003c: ldr s0, [x29, #0x10]
;;   0x0040: fneg s0, s0
;;   0x0044: mov w0, w19
;;   0x0048: mov w16, #0x2
;;   0x004c: cmp w0, w16
;;   0x0050: csel w16, w0, w16, lo
;;   0x0054: adr x17, 0x60
;;   0x0058: add x17, x17, w16, uxtw #2
;;   0x005c: br x17
;;   0x0060: b 0x6c
;;   0x0064: b 0x74
;;   0x0068: b 0x74
;;   0x006c: stur s0, [x29, #-0x50]
;;   0x0070: b 0x7c
;;   0x0074: stur s0, [x29, #-0x50]
;;   0x0078: b 0x8c
;;   0x007c: fmov s0, #10.0
;;   0x0080: ldur s1, [x29, #-0x50]
;;   0x0084: fadd s1, s1, s0
;;   0x0088: stur s1, [x29, #-0x50]
;;   0x008c: ldur s0, [x29, #-0x50]
;;   0x0090: ldur x19, [x29, #-0x10]
;;   0x0094: mov sp, x29
;;   0x0098: ldp x29, x30, [sp], #0x20
;;   0x009c: ret
;;   0x00a0: udf #0xa
;; function 1 (early_return):
;;   0x00b0: stp x29, x30, [sp, #-0x10]!
;;   0x00b4: mov x29, sp
;;   0x00b8: ldr x16, [x28]
;;   0x00bc: ldr x16, [x16]
;;   0x00c0: mov x17, #0x50
;;   0x00c4: movk x17, #0x0, lsl #16
;;   0x00c8: add x16, x16, x17
;;   0x00cc: cmp sp, x16
;;   0x00d0: b.lo 0x120
;;   0x00d4: mov x16, #0x50
;;   0x00d8: movk x16, #0x0, lsl #16
;;   0x00dc: sub sp, sp, x16
;;   0x00e0: stur x28, [x29, #-0x8]
;;   0x00e4: stur x19, [x29, #-0x10]
;;   0x00e8: ldr w19, [x29, #0x18]
;;   0x00ec: cmp w19, #0x0
;;   0x00f0: b.ne 0x10c
;;   0x00f4: ldr d0, [x29, #0x10]
;;   0x00f8: fsqrt d0, d0
;;   0x00fc: ldur x19, [x29, #-0x10]
;;   0x0100: mov sp, x29
;;   0x0104: ldp x29, x30, [sp], #0x20
;;   0x0108: ret
;;   0x010c: fmov d0, #-1.0
;;   0x0110: ldur x19, [x29, #-0x10]
;;   0x0114: mov sp, x29
;;   0x0118: ldp x29, x30, [sp], #0x20
;;   0x011c: ret
;;   0x0120: udf #0xa
;; function 2 (if_params):
;;   0x0130: stp x29, x30, [sp, #-0x10]!
;;   0x0134: mov x29, sp
;;   0x0138: ldr x16, [x28]
;;   0x013c: ldr x16, [x16]
;;   0x0140: mov x17, #0x60
;;   0x0144: movk x17, #0x0, lsl #16
;;   0x0148: add x16, x16, x17
;;   0x014c: cmp sp, x16
;;   0x0150: b.lo 0x1bc
;;   0x0154: mov x16, #0x60
;;   0x0158: movk x16, #0x0, lsl #16
;;   0x015c: sub sp, sp, x16
;;   0x0160: stur x28, [x29, #-0x8]
;;   0x0164: stur x19, [x29, #-0x10]
;;   0x0168: ldr w19, [x29, #0x20]
;;   0x016c: ldr x17, [x29, #0x10]
;;   0x0170: stur x17, [x29, #-0x50]
;;   0x0174: ldr x17, [x29, #0x18]
;;   0x0178: stur x17, [x29, #-0x58]
;;   0x017c: cmp w19, #0x0
;;   0x0180: b.eq 0x198
;;   0x0184: ldur d0, [x29, #-0x50]
;;   0x0188: ldur d30, [x29, #-0x58]
;;   0x018c: fdiv d0, d0, d30
;;   0x0190: stur d0, [x29, #-0x50]
;;   0x0194: b 0x1a8
;;   0x0198: ldur d0, [x29, #-0x50]
;;   0x019c: ldur d30, [x29, #-0x58]
;;   0x01a0: fmin d0, d0, d30
;;   0x01a4: stur d0, [x29, #-0x50]
;;   0x01a8: ldur d0, [x29, #-0x50]
;;   0x01ac: ldur x19, [x29, #-0x10]
;;   0x01b0: mov sp, x29
;;   0x01b4: ldp x29, x30, [sp], #0x28
;;   0x01b8: ret
;;   0x01bc: udf #0xa
