;;! target = "x86_64"

;; f32 add/sub/mul/div: the right-hand operand is a register, a local in the
;; frame (memory operand), or a constant materialized through r11.
(module
  (func (export "add") (param f32 f32) (result f32)
    (f32.add (local.get 0) (local.get 1)))
  (func (export "sub_regs") (param f32 f32) (result f32)
    (f32.sub (f32.add (local.get 0) (local.get 0)) (f32.add (local.get 1) (local.get 1))))
  (func (export "mul_const") (param f32) (result f32)
    (f32.mul (local.get 0) (f32.const 2.5)))
  (func (export "div_const_lhs") (param f32) (result f32)
    (f32.div (f32.const 1) (local.get 0))))
;; function 0 (add):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 36h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: addss xmm0, [rbp+18h]
;;   0x002f: mov rsp, rbp
;;   0x0032: pop rbp
;;   0x0033: ret 10h
;;   0x0036: ud2
;; function 1 (sub_regs):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 40h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 84h
;;   0x005a: sub rsp, 40h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: movss xmm0, [rbp+10h]
;;   0x006a: addss xmm0, [rbp+10h]
;;   0x006f: movss xmm1, [rbp+18h]
;;   0x0074: addss xmm1, [rbp+18h]
;;   0x0079: subss xmm0, xmm1
;;   0x007d: mov rsp, rbp
;;   0x0080: pop rbp
;;   0x0081: ret 10h
;;   0x0084: ud2
;; function 2 (mul_const):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0D3h
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov r11d, 40200000h
;;   0x00bb: movd xmm0, r11d
;;   0x00c0: movss xmm1, [rbp+10h]
;;   0x00c5: mulss xmm1, xmm0
;;   0x00c9: movaps xmm0, xmm1
;;   0x00cc: mov rsp, rbp
;;   0x00cf: pop rbp
;;   0x00d0: ret 8
;;   0x00d3: ud2
;; function 3 (div_const_lhs):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 11Ch
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov r11d, 3F800000h
;;   0x010b: movd xmm0, r11d
;;   0x0110: divss xmm0, [rbp+10h]
;;   0x0115: mov rsp, rbp
;;   0x0118: pop rbp
;;   0x0119: ret 8
;;   0x011c: ud2
