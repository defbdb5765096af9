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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 61h
;;   0x001a: sub rsp, 30h
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
;;   0x0061: ud2
;; function 1 (f32_u):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0C8h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: movss xmm0, [rbp+10h]
;;   0x009a: xorps xmm15, xmm15
;;   0x009e: ucomiss xmm0, xmm15
;;   0x00a2: jbe 0BFh
;;   0x00a8: cvttss2si rax, xmm0
;;   0x00ad: mov r11d, 0FFFFFFFFh
;;   0x00b3: cmp rax, r11
;;   0x00b6: cmova rax, r11
;;   0x00ba: jmp 0C1h
;;   0x00bf: xor eax, eax
;;   0x00c1: mov rsp, rbp
;;   0x00c4: pop rbp
;;   0x00c5: ret 8
;;   0x00c8: ud2
;; function 2 (f64_s):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 134h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: movsd xmm0, [rbp+10h]
;;   0x00fa: cvttsd2si eax, xmm0
;;   0x00fe: cmp eax, 1
;;   0x0101: jno 12Dh
;;   0x0107: ucomisd xmm0, xmm0
;;   0x010b: jp 12Bh
;;   0x0111: xorpd xmm15, xmm15
;;   0x0116: ucomisd xmm0, xmm15
;;   0x011b: jb 12Dh
;;   0x0121: mov eax, 7FFFFFFFh
;;   0x0126: jmp 12Dh
;;   0x012b: xor eax, eax
;;   0x012d: mov rsp, rbp
;;   0x0130: pop rbp
;;   0x0131: ret 8
;;   0x0134: ud2
;; function 3 (f64_u):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 19Ah
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: movsd xmm0, [rbp+10h]
;;   0x016a: xorpd xmm15, xmm15
;;   0x016f: ucomisd xmm0, xmm15
;;   0x0174: jbe 191h
;;   0x017a: cvttsd2si rax, xmm0
;;   0x017f: mov r11d, 0FFFFFFFFh
;;   0x0185: cmp rax, r11
;;   0x0188: cmova rax, r11
;;   0x018c: jmp 193h
;;   0x0191: xor eax, eax
;;   0x0193: mov rsp, rbp
;;   0x0196: pop rbp
;;   0x0197: ret 8
;;   0x019a: ud2
