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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 47h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+20h]
;;   0x0028: movss xmm0, [rbp+18h]
;;   0x002d: movss xmm1, [rbp+10h]
;;   0x0032: test eax, eax
;;   0x0034: jne 3Dh
;;   0x003a: movaps xmm1, xmm0
;;   0x003d: movaps xmm0, xmm1
;;   0x0040: mov rsp, rbp
;;   0x0043: pop rbp
;;   0x0044: ret 18h
;;   0x0047: mov r11, [r14]
;;   0x004a: mov eax, 0Ah
;;   0x004f: mov rsp, [r11+8]
;;   0x0053: jmp qword ptr [r11+10h]
;; function 1 (f64):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0A9h
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov eax, [rbp+20h]
;;   0x0088: movsd xmm0, [rbp+18h]
;;   0x008d: movsd xmm1, [rbp+10h]
;;   0x0092: test eax, eax
;;   0x0094: jne 9Eh
;;   0x009a: movapd xmm1, xmm0
;;   0x009e: movapd xmm0, xmm1
;;   0x00a2: mov rsp, rbp
;;   0x00a5: pop rbp
;;   0x00a6: ret 18h
;;   0x00a9: mov r11, [r14]
;;   0x00ac: mov eax, 0Ah
;;   0x00b1: mov rsp, [r11+8]
;;   0x00b5: jmp qword ptr [r11+10h]
;; function 2 (f64_cmp):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 11Ch
;;   0x00da: sub rsp, 30h
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
;;   0x011c: mov r11, [r14]
;;   0x011f: mov eax, 0Ah
;;   0x0124: mov rsp, [r11+8]
;;   0x0128: jmp qword ptr [r11+10h]
;; function 3 (f32_const):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 20h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 17Bh
;;   0x014a: sub rsp, 20h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov eax, [rbp+10h]
;;   0x0158: xorps xmm0, xmm0
;;   0x015b: mov r11d, 3F800000h
;;   0x0161: movd xmm1, r11d
;;   0x0166: test eax, eax
;;   0x0168: jne 171h
;;   0x016e: movaps xmm1, xmm0
;;   0x0171: movaps xmm0, xmm1
;;   0x0174: mov rsp, rbp
;;   0x0177: pop rbp
;;   0x0178: ret 8
;;   0x017b: mov r11, [r14]
;;   0x017e: mov eax, 0Ah
;;   0x0183: mov rsp, [r11+8]
;;   0x0187: jmp qword ptr [r11+10h]
