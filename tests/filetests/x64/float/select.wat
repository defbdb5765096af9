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
;;   0x0047: ud2
;; function 1 (f64):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 99h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+20h]
;;   0x0078: movsd xmm0, [rbp+18h]
;;   0x007d: movsd xmm1, [rbp+10h]
;;   0x0082: test eax, eax
;;   0x0084: jne 8Eh
;;   0x008a: movapd xmm1, xmm0
;;   0x008e: movapd xmm0, xmm1
;;   0x0092: mov rsp, rbp
;;   0x0095: pop rbp
;;   0x0096: ret 18h
;;   0x0099: ud2
;; function 2 (f64_cmp):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0FCh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: movsd xmm0, [rbp+10h]
;;   0x00ca: movsd xmm15, [rbp+18h]
;;   0x00d0: ucomisd xmm15, xmm0
;;   0x00d5: seta al
;;   0x00d8: movzx eax, al
;;   0x00db: movsd xmm0, [rbp+18h]
;;   0x00e0: movsd xmm1, [rbp+10h]
;;   0x00e5: test eax, eax
;;   0x00e7: jne 0F1h
;;   0x00ed: movapd xmm1, xmm0
;;   0x00f1: movapd xmm0, xmm1
;;   0x00f5: mov rsp, rbp
;;   0x00f8: pop rbp
;;   0x00f9: ret 10h
;;   0x00fc: ud2
;; function 3 (f32_const):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 14Bh
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov eax, [rbp+10h]
;;   0x0128: xorps xmm0, xmm0
;;   0x012b: mov r11d, 3F800000h
;;   0x0131: movd xmm1, r11d
;;   0x0136: test eax, eax
;;   0x0138: jne 141h
;;   0x013e: movaps xmm1, xmm0
;;   0x0141: movaps xmm0, xmm1
;;   0x0144: mov rsp, rbp
;;   0x0147: pop rbp
;;   0x0148: ret 8
;;   0x014b: ud2
