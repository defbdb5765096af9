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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 36h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: addss xmm0, [rbp+18h]
;;   0x002f: mov rsp, rbp
;;   0x0032: pop rbp
;;   0x0033: ret 10h
;;   0x0036: mov r11, [r14]
;;   0x0039: mov eax, 0Ah
;;   0x003e: mov rsp, [r11+8]
;;   0x0042: jmp qword ptr [r11+10h]
;; function 1 (sub_regs):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 94h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: movss xmm0, [rbp+10h]
;;   0x007a: addss xmm0, [rbp+10h]
;;   0x007f: movss xmm1, [rbp+18h]
;;   0x0084: addss xmm1, [rbp+18h]
;;   0x0089: subss xmm0, xmm1
;;   0x008d: mov rsp, rbp
;;   0x0090: pop rbp
;;   0x0091: ret 10h
;;   0x0094: mov r11, [r14]
;;   0x0097: mov eax, 0Ah
;;   0x009c: mov rsp, [r11+8]
;;   0x00a0: jmp qword ptr [r11+10h]
;; function 2 (mul_const):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 20h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0F3h
;;   0x00ca: sub rsp, 20h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov r11d, 40200000h
;;   0x00db: movd xmm0, r11d
;;   0x00e0: movss xmm1, [rbp+10h]
;;   0x00e5: mulss xmm1, xmm0
;;   0x00e9: movaps xmm0, xmm1
;;   0x00ec: mov rsp, rbp
;;   0x00ef: pop rbp
;;   0x00f0: ret 8
;;   0x00f3: mov r11, [r14]
;;   0x00f6: mov eax, 0Ah
;;   0x00fb: mov rsp, [r11+8]
;;   0x00ff: jmp qword ptr [r11+10h]
;; function 3 (div_const_lhs):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 20h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 14Ch
;;   0x012a: sub rsp, 20h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov r11d, 3F800000h
;;   0x013b: movd xmm0, r11d
;;   0x0140: divss xmm0, [rbp+10h]
;;   0x0145: mov rsp, rbp
;;   0x0148: pop rbp
;;   0x0149: ret 8
;;   0x014c: mov r11, [r14]
;;   0x014f: mov eax, 0Ah
;;   0x0154: mov rsp, [r11+8]
;;   0x0158: jmp qword ptr [r11+10h]
