;;! target = "x86_64"

;; f64 add/sub/mul/div: register, frame-memory and constant operands.
(module
  (func (export "add") (param f64 f64) (result f64)
    (f64.add (local.get 0) (local.get 1)))
  (func (export "sub_regs") (param f64 f64) (result f64)
    (f64.sub (f64.mul (local.get 0) (local.get 0)) (f64.mul (local.get 1) (local.get 1))))
  (func (export "mul_const") (param f64) (result f64)
    (f64.mul (local.get 0) (f64.const -0.1)))
  (func (export "div_zero_const") (param f64) (result f64)
    (f64.div (local.get 0) (f64.const 0))))
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
;;   0x0025: movsd xmm0, [rbp+10h]
;;   0x002a: addsd xmm0, [rbp+18h]
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
;;   0x0075: movsd xmm0, [rbp+10h]
;;   0x007a: mulsd xmm0, [rbp+10h]
;;   0x007f: movsd xmm1, [rbp+18h]
;;   0x0084: mulsd xmm1, [rbp+18h]
;;   0x0089: subsd xmm0, xmm1
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
;;   0x00c4: jb 0F8h
;;   0x00ca: sub rsp, 20h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov r11, 0BFB999999999999Ah
;;   0x00df: movq xmm0, r11
;;   0x00e4: movsd xmm1, [rbp+10h]
;;   0x00e9: mulsd xmm1, xmm0
;;   0x00ed: movapd xmm0, xmm1
;;   0x00f1: mov rsp, rbp
;;   0x00f4: pop rbp
;;   0x00f5: ret 8
;;   0x00f8: mov r11, [r14]
;;   0x00fb: mov eax, 0Ah
;;   0x0100: mov rsp, [r11+8]
;;   0x0104: jmp qword ptr [r11+10h]
;; function 3 (div_zero_const):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 20h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 14Dh
;;   0x012a: sub rsp, 20h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: xorpd xmm0, xmm0
;;   0x0139: movsd xmm1, [rbp+10h]
;;   0x013e: divsd xmm1, xmm0
;;   0x0142: movapd xmm0, xmm1
;;   0x0146: mov rsp, rbp
;;   0x0149: pop rbp
;;   0x014a: ret 8
;;   0x014d: mov r11, [r14]
;;   0x0150: mov eax, 0Ah
;;   0x0155: mov rsp, [r11+8]
;;   0x0159: jmp qword ptr [r11+10h]
