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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Ch
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: cvttss2si rax, xmm0
;;   0x002f: cmp rax, 1
;;   0x0033: jno 65h
;;   0x0039: ucomiss xmm0, xmm0
;;   0x003c: jp 7Ch
;;   0x0042: mov r11d, 0DF000000h
;;   0x0048: movd xmm15, r11d
;;   0x004d: ucomiss xmm0, xmm15
;;   0x0051: jb 8Ch
;;   0x0057: xorps xmm15, xmm15
;;   0x005b: ucomiss xmm0, xmm15
;;   0x005f: ja 8Ch
;;   0x0065: mov rsp, rbp
;;   0x0068: pop rbp
;;   0x0069: ret 8
;;   0x006c: mov r11, [r14]
;;   0x006f: mov eax, 0Ah
;;   0x0074: mov rsp, [r11+8]
;;   0x0078: jmp qword ptr [r11+10h]
;;   0x007c: mov r11, [r14]
;;   0x007f: mov eax, 4
;;   0x0084: mov rsp, [r11+8]
;;   0x0088: jmp qword ptr [r11+10h]
;;   0x008c: mov r11, [r14]
;;   0x008f: mov eax, 3
;;   0x0094: mov rsp, [r11+8]
;;   0x0098: jmp qword ptr [r11+10h]
;; function 1 (f32_u):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 11Fh
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: movss xmm0, [rbp+10h]
;;   0x00ca: mov r11d, 5F000000h
;;   0x00d0: movd xmm15, r11d
;;   0x00d5: ucomiss xmm0, xmm15
;;   0x00d9: jae 0F8h
;;   0x00df: jp 12Fh
;;   0x00e5: cvttss2si rax, xmm0
;;   0x00ea: test rax, rax
;;   0x00ed: js 13Fh
;;   0x00f3: jmp 118h
;;   0x00f8: subss xmm0, xmm15
;;   0x00fd: cvttss2si rax, xmm0
;;   0x0102: test rax, rax
;;   0x0105: js 13Fh
;;   0x010b: mov r11, 8000000000000000h
;;   0x0115: or rax, r11
;;   0x0118: mov rsp, rbp
;;   0x011b: pop rbp
;;   0x011c: ret 8
;;   0x011f: mov r11, [r14]
;;   0x0122: mov eax, 0Ah
;;   0x0127: mov rsp, [r11+8]
;;   0x012b: jmp qword ptr [r11+10h]
;;   0x012f: mov r11, [r14]
;;   0x0132: mov eax, 4
;;   0x0137: mov rsp, [r11+8]
;;   0x013b: jmp qword ptr [r11+10h]
;;   0x013f: mov r11, [r14]
;;   0x0142: mov eax, 3
;;   0x0147: mov rsp, [r11+8]
;;   0x014b: jmp qword ptr [r11+10h]
;; function 2 (f64_s):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 10h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1C4h
;;   0x016a: sub rsp, 10h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: movsd xmm0, [rbp+10h]
;;   0x017a: cvttsd2si rax, xmm0
;;   0x017f: cmp rax, 1
;;   0x0183: jno 1BDh
;;   0x0189: ucomisd xmm0, xmm0
;;   0x018d: jp 1D4h
;;   0x0193: mov r11, 0C3E0000000000000h
;;   0x019d: movq xmm15, r11
;;   0x01a2: ucomisd xmm0, xmm15
;;   0x01a7: jb 1E4h
;;   0x01ad: xorpd xmm15, xmm15
;;   0x01b2: ucomisd xmm0, xmm15
;;   0x01b7: ja 1E4h
;;   0x01bd: mov rsp, rbp
;;   0x01c0: pop rbp
;;   0x01c1: ret 8
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov eax, 0Ah
;;   0x01cc: mov rsp, [r11+8]
;;   0x01d0: jmp qword ptr [r11+10h]
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov eax, 4
;;   0x01dc: mov rsp, [r11+8]
;;   0x01e0: jmp qword ptr [r11+10h]
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov eax, 3
;;   0x01ec: mov rsp, [r11+8]
;;   0x01f0: jmp qword ptr [r11+10h]
;; function 3 (f64_u):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 10h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 284h
;;   0x021a: sub rsp, 10h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: movsd xmm0, [rbp+10h]
;;   0x022a: mov r11, 43E0000000000000h
;;   0x0234: movq xmm15, r11
;;   0x0239: ucomisd xmm0, xmm15
;;   0x023e: jae 25Dh
;;   0x0244: jp 294h
;;   0x024a: cvttsd2si rax, xmm0
;;   0x024f: test rax, rax
;;   0x0252: js 2A4h
;;   0x0258: jmp 27Dh
;;   0x025d: subsd xmm0, xmm15
;;   0x0262: cvttsd2si rax, xmm0
;;   0x0267: test rax, rax
;;   0x026a: js 2A4h
;;   0x0270: mov r11, 8000000000000000h
;;   0x027a: or rax, r11
;;   0x027d: mov rsp, rbp
;;   0x0280: pop rbp
;;   0x0281: ret 8
;;   0x0284: mov r11, [r14]
;;   0x0287: mov eax, 0Ah
;;   0x028c: mov rsp, [r11+8]
;;   0x0290: jmp qword ptr [r11+10h]
;;   0x0294: mov r11, [r14]
;;   0x0297: mov eax, 4
;;   0x029c: mov rsp, [r11+8]
;;   0x02a0: jmp qword ptr [r11+10h]
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov eax, 3
;;   0x02ac: mov rsp, [r11+8]
;;   0x02b0: jmp qword ptr [r11+10h]
