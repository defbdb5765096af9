;;! target = "x86_64"

;; Saturating float to i64.
(module
  (func (export "f32_s") (param f32) (result i64) (i64.trunc_sat_f32_s (local.get 0)))
  (func (export "f32_u") (param f32) (result i64) (i64.trunc_sat_f32_u (local.get 0)))
  (func (export "f64_s") (param f64) (result i64) (i64.trunc_sat_f64_s (local.get 0)))
  (func (export "f64_u") (param f64) (result i64) (i64.trunc_sat_f64_u (local.get 0))))
;; function 0 (f32_s):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 68h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: cvttss2si rax, xmm0
;;   0x002f: cmp rax, 1
;;   0x0033: jno 61h
;;   0x0039: ucomiss xmm0, xmm0
;;   0x003c: jp 5Fh
;;   0x0042: xorps xmm15, xmm15
;;   0x0046: ucomiss xmm0, xmm15
;;   0x004a: jb 61h
;;   0x0050: mov rax, 7FFFFFFFFFFFFFFFh
;;   0x005a: jmp 61h
;;   0x005f: xor eax, eax
;;   0x0061: mov rsp, rbp
;;   0x0064: pop rbp
;;   0x0065: ret 8
;;   0x0068: ud2
;; function 1 (f32_u):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 101h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: movss xmm0, [rbp+10h]
;;   0x009a: xorps xmm15, xmm15
;;   0x009e: ucomiss xmm0, xmm15
;;   0x00a2: jbe 0F8h
;;   0x00a8: mov r11d, 5F000000h
;;   0x00ae: movd xmm15, r11d
;;   0x00b3: ucomiss xmm0, xmm15
;;   0x00b7: jae 0C7h
;;   0x00bd: cvttss2si rax, xmm0
;;   0x00c2: jmp 0FAh
;;   0x00c7: subss xmm0, xmm15
;;   0x00cc: cvttss2si rax, xmm0
;;   0x00d1: test rax, rax
;;   0x00d4: js 0ECh
;;   0x00da: mov r11, 8000000000000000h
;;   0x00e4: or rax, r11
;;   0x00e7: jmp 0FAh
;;   0x00ec: mov rax, 0FFFFFFFFFFFFFFFFh
;;   0x00f3: jmp 0FAh
;;   0x00f8: xor eax, eax
;;   0x00fa: mov rsp, rbp
;;   0x00fd: pop rbp
;;   0x00fe: ret 8
;;   0x0101: ud2
;; function 2 (f64_s):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 30h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 17Bh
;;   0x012a: sub rsp, 30h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: movsd xmm0, [rbp+10h]
;;   0x013a: cvttsd2si rax, xmm0
;;   0x013f: cmp rax, 1
;;   0x0143: jno 174h
;;   0x0149: ucomisd xmm0, xmm0
;;   0x014d: jp 172h
;;   0x0153: xorpd xmm15, xmm15
;;   0x0158: ucomisd xmm0, xmm15
;;   0x015d: jb 174h
;;   0x0163: mov rax, 7FFFFFFFFFFFFFFFh
;;   0x016d: jmp 174h
;;   0x0172: xor eax, eax
;;   0x0174: mov rsp, rbp
;;   0x0177: pop rbp
;;   0x0178: ret 8
;;   0x017b: ud2
;; function 3 (f64_u):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 30h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 218h
;;   0x019a: sub rsp, 30h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: movsd xmm0, [rbp+10h]
;;   0x01aa: xorpd xmm15, xmm15
;;   0x01af: ucomisd xmm0, xmm15
;;   0x01b4: jbe 20Fh
;;   0x01ba: mov r11, 43E0000000000000h
;;   0x01c4: movq xmm15, r11
;;   0x01c9: ucomisd xmm0, xmm15
;;   0x01ce: jae 1DEh
;;   0x01d4: cvttsd2si rax, xmm0
;;   0x01d9: jmp 211h
;;   0x01de: subsd xmm0, xmm15
;;   0x01e3: cvttsd2si rax, xmm0
;;   0x01e8: test rax, rax
;;   0x01eb: js 203h
;;   0x01f1: mov r11, 8000000000000000h
;;   0x01fb: or rax, r11
;;   0x01fe: jmp 211h
;;   0x0203: mov rax, 0FFFFFFFFFFFFFFFFh
;;   0x020a: jmp 211h
;;   0x020f: xor eax, eax
;;   0x0211: mov rsp, rbp
;;   0x0214: pop rbp
;;   0x0215: ret 8
;;   0x0218: ud2
