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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 68h
;;   0x001a: sub rsp, 10h
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
;;   0x0068: mov r11, [r14]
;;   0x006b: mov eax, 0Ah
;;   0x0070: mov rsp, [r11+8]
;;   0x0074: jmp qword ptr [r11+10h]
;; function 1 (f32_u):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 111h
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: movss xmm0, [rbp+10h]
;;   0x00aa: xorps xmm15, xmm15
;;   0x00ae: ucomiss xmm0, xmm15
;;   0x00b2: jbe 108h
;;   0x00b8: mov r11d, 5F000000h
;;   0x00be: movd xmm15, r11d
;;   0x00c3: ucomiss xmm0, xmm15
;;   0x00c7: jae 0D7h
;;   0x00cd: cvttss2si rax, xmm0
;;   0x00d2: jmp 10Ah
;;   0x00d7: subss xmm0, xmm15
;;   0x00dc: cvttss2si rax, xmm0
;;   0x00e1: test rax, rax
;;   0x00e4: js 0FCh
;;   0x00ea: mov r11, 8000000000000000h
;;   0x00f4: or rax, r11
;;   0x00f7: jmp 10Ah
;;   0x00fc: mov rax, 0FFFFFFFFFFFFFFFFh
;;   0x0103: jmp 10Ah
;;   0x0108: xor eax, eax
;;   0x010a: mov rsp, rbp
;;   0x010d: pop rbp
;;   0x010e: ret 8
;;   0x0111: mov r11, [r14]
;;   0x0114: mov eax, 0Ah
;;   0x0119: mov rsp, [r11+8]
;;   0x011d: jmp qword ptr [r11+10h]
;; function 2 (f64_s):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 10h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 19Bh
;;   0x014a: sub rsp, 10h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: movsd xmm0, [rbp+10h]
;;   0x015a: cvttsd2si rax, xmm0
;;   0x015f: cmp rax, 1
;;   0x0163: jno 194h
;;   0x0169: ucomisd xmm0, xmm0
;;   0x016d: jp 192h
;;   0x0173: xorpd xmm15, xmm15
;;   0x0178: ucomisd xmm0, xmm15
;;   0x017d: jb 194h
;;   0x0183: mov rax, 7FFFFFFFFFFFFFFFh
;;   0x018d: jmp 194h
;;   0x0192: xor eax, eax
;;   0x0194: mov rsp, rbp
;;   0x0197: pop rbp
;;   0x0198: ret 8
;;   0x019b: mov r11, [r14]
;;   0x019e: mov eax, 0Ah
;;   0x01a3: mov rsp, [r11+8]
;;   0x01a7: jmp qword ptr [r11+10h]
;; function 3 (f64_u):
;;   0x01b0: push rbp
;;   0x01b1: mov rbp, rsp
;;   0x01b4: mov r11, [r14]
;;   0x01b7: mov r11, [r11]
;;   0x01ba: add r11, 10h
;;   0x01c1: cmp rsp, r11
;;   0x01c4: jb 248h
;;   0x01ca: sub rsp, 10h
;;   0x01d1: mov [rbp-8], r14
;;   0x01d5: movsd xmm0, [rbp+10h]
;;   0x01da: xorpd xmm15, xmm15
;;   0x01df: ucomisd xmm0, xmm15
;;   0x01e4: jbe 23Fh
;;   0x01ea: mov r11, 43E0000000000000h
;;   0x01f4: movq xmm15, r11
;;   0x01f9: ucomisd xmm0, xmm15
;;   0x01fe: jae 20Eh
;;   0x0204: cvttsd2si rax, xmm0
;;   0x0209: jmp 241h
;;   0x020e: subsd xmm0, xmm15
;;   0x0213: cvttsd2si rax, xmm0
;;   0x0218: test rax, rax
;;   0x021b: js 233h
;;   0x0221: mov r11, 8000000000000000h
;;   0x022b: or rax, r11
;;   0x022e: jmp 241h
;;   0x0233: mov rax, 0FFFFFFFFFFFFFFFFh
;;   0x023a: jmp 241h
;;   0x023f: xor eax, eax
;;   0x0241: mov rsp, rbp
;;   0x0244: pop rbp
;;   0x0245: ret 8
;;   0x0248: mov r11, [r14]
;;   0x024b: mov eax, 0Ah
;;   0x0250: mov rsp, [r11+8]
;;   0x0254: jmp qword ptr [r11+10h]
