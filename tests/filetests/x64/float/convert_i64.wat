;;! target = "x86_64"

;; i64 to float. u64: below 2^63 the signed conversion; from 2^63 halve with
;; the lost bit ORed back in (round to odd), convert and double.
(module
  (func (export "f32_s") (param i64) (result f32) (f32.convert_i64_s (local.get 0)))
  (func (export "f32_u") (param i64) (result f32) (f32.convert_i64_u (local.get 0)))
  (func (export "f64_s") (param i64) (result f64) (f64.convert_i64_s (local.get 0)))
  (func (export "f64_u") (param i64) (result f64) (f64.convert_i64_u (local.get 0))))
;; function 0 (f32_s):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 35h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+10h]
;;   0x0029: cvtsi2ss xmm0, rax
;;   0x002e: mov rsp, rbp
;;   0x0031: pop rbp
;;   0x0032: ret 8
;;   0x0035: mov r11, [r14]
;;   0x0038: mov eax, 0Ah
;;   0x003d: mov rsp, [r11+8]
;;   0x0041: jmp qword ptr [r11+10h]
;; function 1 (f32_u):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 0A9h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, [rbp+10h]
;;   0x0079: test rax, rax
;;   0x007c: js 8Ch
;;   0x0082: cvtsi2ss xmm0, rax
;;   0x0087: jmp 0A2h
;;   0x008c: mov r11, rax
;;   0x008f: shr r11, 1
;;   0x0093: and eax, 1
;;   0x0096: or r11, rax
;;   0x0099: cvtsi2ss xmm0, r11
;;   0x009e: addss xmm0, xmm0
;;   0x00a2: mov rsp, rbp
;;   0x00a5: pop rbp
;;   0x00a6: ret 8
;;   0x00a9: mov r11, [r14]
;;   0x00ac: mov eax, 0Ah
;;   0x00b1: mov rsp, [r11+8]
;;   0x00b5: jmp qword ptr [r11+10h]
;; function 2 (f64_s):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 10h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F5h
;;   0x00da: sub rsp, 10h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov rax, [rbp+10h]
;;   0x00e9: cvtsi2sd xmm0, rax
;;   0x00ee: mov rsp, rbp
;;   0x00f1: pop rbp
;;   0x00f2: ret 8
;;   0x00f5: mov r11, [r14]
;;   0x00f8: mov eax, 0Ah
;;   0x00fd: mov rsp, [r11+8]
;;   0x0101: jmp qword ptr [r11+10h]
;; function 3 (f64_u):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 10h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 169h
;;   0x012a: sub rsp, 10h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov rax, [rbp+10h]
;;   0x0139: test rax, rax
;;   0x013c: js 14Ch
;;   0x0142: cvtsi2sd xmm0, rax
;;   0x0147: jmp 162h
;;   0x014c: mov r11, rax
;;   0x014f: shr r11, 1
;;   0x0153: and eax, 1
;;   0x0156: or r11, rax
;;   0x0159: cvtsi2sd xmm0, r11
;;   0x015e: addsd xmm0, xmm0
;;   0x0162: mov rsp, rbp
;;   0x0165: pop rbp
;;   0x0166: ret 8
;;   0x0169: mov r11, [r14]
;;   0x016c: mov eax, 0Ah
;;   0x0171: mov rsp, [r11+8]
;;   0x0175: jmp qword ptr [r11+10h]
