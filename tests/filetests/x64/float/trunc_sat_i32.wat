;;! target = "x86_64"

;; Saturating float to i32: NaN gives 0, out of range the nearest bound.
(module
  (func (export "f32_s") (param f32) (result i32) (i32.trunc_sat_f32_s (local.get 0)))
  (func (export "f32_u") (param f32) (result i32) (i32.trunc_sat_f32_u (local.get 0)))
  (func (export "f64_s") (param f64) (result i32) (i32.trunc_sat_f64_s (local.get 0)))
  (func (export "f64_u") (param f64) (result i32) (i32.trunc_sat_f64_u (local.get 0))))
;; function 0 (f32_s):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 61h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: cvttss2si eax, xmm0
;;   0x002e: cmp eax, 1
;;   0x0031: jno 5Ah
;;   0x0037: ucomiss xmm0, xmm0
;;   0x003a: jp 58h
;;   0x0040: xorps xmm15, xmm15
;;   0x0044: ucomiss xmm0, xmm15
;;   0x0048: jb 5Ah
;;   0x004e: mov eax, 7FFFFFFFh
;;   0x0053: jmp 5Ah
;;   0x0058: xor eax, eax
;;   0x005a: mov rsp, rbp
;;   0x005d: pop rbp
;;   0x005e: ret 8
;;   0x0061: mov r11, [r14]
;;   0x0064: mov eax, 0Ah
;;   0x0069: mov rsp, [r11+8]
;;   0x006d: jmp qword ptr [r11+10h]
;; function 1 (f32_u):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0D8h
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: movss xmm0, [rbp+10h]
;;   0x00aa: xorps xmm15, xmm15
;;   0x00ae: ucomiss xmm0, xmm15
;;   0x00b2: jbe 0CFh
;;   0x00b8: cvttss2si rax, xmm0
;;   0x00bd: mov r11d, 0FFFFFFFFh
;;   0x00c3: cmp rax, r11
;;   0x00c6: cmova rax, r11
;;   0x00ca: jmp 0D1h
;;   0x00cf: xor eax, eax
;;   0x00d1: mov rsp, rbp
;;   0x00d4: pop rbp
;;   0x00d5: ret 8
;;   0x00d8: mov r11, [r14]
;;   0x00db: mov eax, 0Ah
;;   0x00e0: mov rsp, [r11+8]
;;   0x00e4: jmp qword ptr [r11+10h]
;; function 2 (f64_s):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 10h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 154h
;;   0x010a: sub rsp, 10h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: movsd xmm0, [rbp+10h]
;;   0x011a: cvttsd2si eax, xmm0
;;   0x011e: cmp eax, 1
;;   0x0121: jno 14Dh
;;   0x0127: ucomisd xmm0, xmm0
;;   0x012b: jp 14Bh
;;   0x0131: xorpd xmm15, xmm15
;;   0x0136: ucomisd xmm0, xmm15
;;   0x013b: jb 14Dh
;;   0x0141: mov eax, 7FFFFFFFh
;;   0x0146: jmp 14Dh
;;   0x014b: xor eax, eax
;;   0x014d: mov rsp, rbp
;;   0x0150: pop rbp
;;   0x0151: ret 8
;;   0x0154: mov r11, [r14]
;;   0x0157: mov eax, 0Ah
;;   0x015c: mov rsp, [r11+8]
;;   0x0160: jmp qword ptr [r11+10h]
;; function 3 (f64_u):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 10h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1CAh
;;   0x018a: sub rsp, 10h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: movsd xmm0, [rbp+10h]
;;   0x019a: xorpd xmm15, xmm15
;;   0x019f: ucomisd xmm0, xmm15
;;   0x01a4: jbe 1C1h
;;   0x01aa: cvttsd2si rax, xmm0
;;   0x01af: mov r11d, 0FFFFFFFFh
;;   0x01b5: cmp rax, r11
;;   0x01b8: cmova rax, r11
;;   0x01bc: jmp 1C3h
;;   0x01c1: xor eax, eax
;;   0x01c3: mov rsp, rbp
;;   0x01c6: pop rbp
;;   0x01c7: ret 8
;;   0x01ca: mov r11, [r14]
;;   0x01cd: mov eax, 0Ah
;;   0x01d2: mov rsp, [r11+8]
;;   0x01d6: jmp qword ptr [r11+10h]
