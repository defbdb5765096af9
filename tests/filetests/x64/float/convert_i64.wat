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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 40h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: mov rax, rbx
;;   0x0030: cvtsi2ss xmm0, rax
;;   0x0035: mov rbx, [rbp-10h]
;;   0x0039: mov rsp, rbp
;;   0x003c: pop rbp
;;   0x003d: ret 8
;;   0x0040: ud2
;; function 1 (f32_u):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 0B4h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov rbx, [rbp+10h]
;;   0x007d: mov rax, rbx
;;   0x0080: test rax, rax
;;   0x0083: js 93h
;;   0x0089: cvtsi2ss xmm0, rax
;;   0x008e: jmp 0A9h
;;   0x0093: mov r11, rax
;;   0x0096: shr r11, 1
;;   0x009a: and eax, 1
;;   0x009d: or r11, rax
;;   0x00a0: cvtsi2ss xmm0, r11
;;   0x00a5: addss xmm0, xmm0
;;   0x00a9: mov rbx, [rbp-10h]
;;   0x00ad: mov rsp, rbp
;;   0x00b0: pop rbp
;;   0x00b1: ret 8
;;   0x00b4: ud2
;; function 2 (f64_s):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 100h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov rbx, [rbp+10h]
;;   0x00ed: mov rax, rbx
;;   0x00f0: cvtsi2sd xmm0, rax
;;   0x00f5: mov rbx, [rbp-10h]
;;   0x00f9: mov rsp, rbp
;;   0x00fc: pop rbp
;;   0x00fd: ret 8
;;   0x0100: ud2
;; function 3 (f64_u):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 30h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 174h
;;   0x012a: sub rsp, 30h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov [rbp-10h], rbx
;;   0x0139: mov rbx, [rbp+10h]
;;   0x013d: mov rax, rbx
;;   0x0140: test rax, rax
;;   0x0143: js 153h
;;   0x0149: cvtsi2sd xmm0, rax
;;   0x014e: jmp 169h
;;   0x0153: mov r11, rax
;;   0x0156: shr r11, 1
;;   0x015a: and eax, 1
;;   0x015d: or r11, rax
;;   0x0160: cvtsi2sd xmm0, r11
;;   0x0165: addsd xmm0, xmm0
;;   0x0169: mov rbx, [rbp-10h]
;;   0x016d: mov rsp, rbp
;;   0x0170: pop rbp
;;   0x0171: ret 8
;;   0x0174: ud2
