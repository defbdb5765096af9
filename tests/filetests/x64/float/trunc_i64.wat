;;! target = "x86_64"

;; Trapping float to i64. u64 splits at 2^63: subtract it, convert, OR the
;; top bit back in.
(module
  (func (export "f32_s") (param f32) (result i64) (i64.trunc_f32_s (local.get 0)))
  (func (export "f32_u") (param f32) (result i64) (i64.trunc_f32_u (local.get 0)))
  (func (export "f64_s") (param f64) (result i64) (i64.trunc_f64_s (local.get 0)))
  (func (export "f64_u") (param f64) (result i64) (i64.trunc_f64_u (local.get 0))))
;; function 0 (f32_s):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Ch
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: cvttss2si rax, xmm0
;;   0x002f: cmp rax, 1
;;   0x0033: jno 65h
;;   0x0039: ucomiss xmm0, xmm0
;;   0x003c: jp 6Eh
;;   0x0042: mov r11d, 0DF000000h
;;   0x0048: movd xmm15, r11d
;;   0x004d: ucomiss xmm0, xmm15
;;   0x0051: jb 70h
;;   0x0057: xorps xmm15, xmm15
;;   0x005b: ucomiss xmm0, xmm15
;;   0x005f: ja 70h
;;   0x0065: mov rsp, rbp
;;   0x0068: pop rbp
;;   0x0069: ret 8
;;   0x006c: ud2
;;   0x006e: ud2
;;   0x0070: ud2
;; function 1 (f32_u):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0FFh
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: movss xmm0, [rbp+10h]
;;   0x00aa: mov r11d, 5F000000h
;;   0x00b0: movd xmm15, r11d
;;   0x00b5: ucomiss xmm0, xmm15
;;   0x00b9: jae 0D8h
;;   0x00bf: jp 101h
;;   0x00c5: cvttss2si rax, xmm0
;;   0x00ca: test rax, rax
;;   0x00cd: js 103h
;;   0x00d3: jmp 0F8h
;;   0x00d8: subss xmm0, xmm15
;;   0x00dd: cvttss2si rax, xmm0
;;   0x00e2: test rax, rax
;;   0x00e5: js 103h
;;   0x00eb: mov r11, 8000000000000000h
;;   0x00f5: or rax, r11
;;   0x00f8: mov rsp, rbp
;;   0x00fb: pop rbp
;;   0x00fc: ret 8
;;   0x00ff: ud2
;;   0x0101: ud2
;;   0x0103: ud2
;; function 2 (f64_s):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 30h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 184h
;;   0x012a: sub rsp, 30h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: movsd xmm0, [rbp+10h]
;;   0x013a: cvttsd2si rax, xmm0
;;   0x013f: cmp rax, 1
;;   0x0143: jno 17Dh
;;   0x0149: ucomisd xmm0, xmm0
;;   0x014d: jp 186h
;;   0x0153: mov r11, 0C3E0000000000000h
;;   0x015d: movq xmm15, r11
;;   0x0162: ucomisd xmm0, xmm15
;;   0x0167: jb 188h
;;   0x016d: xorpd xmm15, xmm15
;;   0x0172: ucomisd xmm0, xmm15
;;   0x0177: ja 188h
;;   0x017d: mov rsp, rbp
;;   0x0180: pop rbp
;;   0x0181: ret 8
;;   0x0184: ud2
;;   0x0186: ud2
;;   0x0188: ud2
;; function 3 (f64_u):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 214h
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: movsd xmm0, [rbp+10h]
;;   0x01ba: mov r11, 43E0000000000000h
;;   0x01c4: movq xmm15, r11
;;   0x01c9: ucomisd xmm0, xmm15
;;   0x01ce: jae 1EDh
;;   0x01d4: jp 216h
;;   0x01da: cvttsd2si rax, xmm0
;;   0x01df: test rax, rax
;;   0x01e2: js 218h
;;   0x01e8: jmp 20Dh
;;   0x01ed: subsd xmm0, xmm15
;;   0x01f2: cvttsd2si rax, xmm0
;;   0x01f7: test rax, rax
;;   0x01fa: js 218h
;;   0x0200: mov r11, 8000000000000000h
;;   0x020a: or rax, r11
;;   0x020d: mov rsp, rbp
;;   0x0210: pop rbp
;;   0x0211: ret 8
;;   0x0214: ud2
;;   0x0216: ud2
;;   0x0218: ud2
