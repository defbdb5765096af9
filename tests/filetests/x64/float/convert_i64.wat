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
;;   0x0035: ud2
;; function 1 (f32_u):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 99h
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rax, [rbp+10h]
;;   0x0069: test rax, rax
;;   0x006c: js 7Ch
;;   0x0072: cvtsi2ss xmm0, rax
;;   0x0077: jmp 92h
;;   0x007c: mov r11, rax
;;   0x007f: shr r11, 1
;;   0x0083: and eax, 1
;;   0x0086: or r11, rax
;;   0x0089: cvtsi2ss xmm0, r11
;;   0x008e: addss xmm0, xmm0
;;   0x0092: mov rsp, rbp
;;   0x0095: pop rbp
;;   0x0096: ret 8
;;   0x0099: ud2
;; function 2 (f64_s):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D5h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov rax, [rbp+10h]
;;   0x00c9: cvtsi2sd xmm0, rax
;;   0x00ce: mov rsp, rbp
;;   0x00d1: pop rbp
;;   0x00d2: ret 8
;;   0x00d5: ud2
;; function 3 (f64_u):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 10h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 139h
;;   0x00fa: sub rsp, 10h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov rax, [rbp+10h]
;;   0x0109: test rax, rax
;;   0x010c: js 11Ch
;;   0x0112: cvtsi2sd xmm0, rax
;;   0x0117: jmp 132h
;;   0x011c: mov r11, rax
;;   0x011f: shr r11, 1
;;   0x0123: and eax, 1
;;   0x0126: or r11, rax
;;   0x0129: cvtsi2sd xmm0, r11
;;   0x012e: addsd xmm0, xmm0
;;   0x0132: mov rsp, rbp
;;   0x0135: pop rbp
;;   0x0136: ret 8
;;   0x0139: ud2
