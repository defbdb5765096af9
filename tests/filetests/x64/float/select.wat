;;! target = "x86_64"

;; Float select: no SSE conditional move, so a branch over a register copy.
(module
  (func (export "f32") (param f32 f32 i32) (result f32)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "f64") (param f64 f64 i32) (result f64)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "f64_cmp") (param f64 f64) (result f64)
    (select (local.get 0) (local.get 1) (f64.lt (local.get 0) (local.get 1))))
  (func (export "f32_const") (param i32) (result f32)
    (select (f32.const 1) (f32.const 0) (local.get 0))))
;; function 0 (f32):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 51h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+20h]
;;   0x002c: mov eax, ebx
;;   0x002e: movss xmm0, [rbp+18h]
;;   0x0033: movss xmm1, [rbp+10h]
;;   0x0038: test eax, eax
;;   0x003a: jne 43h
;;   0x0040: movaps xmm1, xmm0
;;   0x0043: movaps xmm0, xmm1
;;   0x0046: mov rbx, [rbp-10h]
;;   0x004a: mov rsp, rbp
;;   0x004d: pop rbp
;;   0x004e: ret 18h
;;   0x0051: ud2
;; function 1 (f64):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 40h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0B3h
;;   0x007a: sub rsp, 40h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov ebx, [rbp+20h]
;;   0x008c: mov eax, ebx
;;   0x008e: movsd xmm0, [rbp+18h]
;;   0x0093: movsd xmm1, [rbp+10h]
;;   0x0098: test eax, eax
;;   0x009a: jne 0A4h
;;   0x00a0: movapd xmm1, xmm0
;;   0x00a4: movapd xmm0, xmm1
;;   0x00a8: mov rbx, [rbp-10h]
;;   0x00ac: mov rsp, rbp
;;   0x00af: pop rbp
;;   0x00b0: ret 18h
;;   0x00b3: ud2
;; function 2 (f64_cmp):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 40h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 11Ch
;;   0x00da: sub rsp, 40h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: movsd xmm0, [rbp+10h]
;;   0x00ea: movsd xmm15, [rbp+18h]
;;   0x00f0: ucomisd xmm15, xmm0
;;   0x00f5: seta al
;;   0x00f8: movzx eax, al
;;   0x00fb: movsd xmm0, [rbp+18h]
;;   0x0100: movsd xmm1, [rbp+10h]
;;   0x0105: test eax, eax
;;   0x0107: jne 111h
;;   0x010d: movapd xmm1, xmm0
;;   0x0111: movapd xmm0, xmm1
;;   0x0115: mov rsp, rbp
;;   0x0118: pop rbp
;;   0x0119: ret 10h
;;   0x011c: ud2
;; function 3 (f32_const):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 40h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 175h
;;   0x013a: sub rsp, 40h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov [rbp-10h], rbx
;;   0x0149: mov ebx, [rbp+10h]
;;   0x014c: mov eax, ebx
;;   0x014e: xorps xmm0, xmm0
;;   0x0151: mov r11d, 3F800000h
;;   0x0157: movd xmm1, r11d
;;   0x015c: test eax, eax
;;   0x015e: jne 167h
;;   0x0164: movaps xmm1, xmm0
;;   0x0167: movaps xmm0, xmm1
;;   0x016a: mov rbx, [rbp-10h]
;;   0x016e: mov rsp, rbp
;;   0x0171: pop rbp
;;   0x0172: ret 8
;;   0x0175: ud2
