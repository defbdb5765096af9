;;! target = "x86_64"

;; abs/neg/copysign are bit operations (NaN payloads pass unchanged).
(module
  (func (export "f32_abs") (param f32) (result f32) (f32.abs (local.get 0)))
  (func (export "f32_neg") (param f32) (result f32) (f32.neg (local.get 0)))
  (func (export "f32_copysign") (param f32 f32) (result f32)
    (f32.copysign (local.get 0) (local.get 1)))
  (func (export "f64_abs") (param f64) (result f64) (f64.abs (local.get 0)))
  (func (export "f64_neg") (param f64) (result f64) (f64.neg (local.get 0)))
  (func (export "f64_copysign") (param f64 f64) (result f64)
    (f64.copysign (local.get 0) (local.get 1))))
;; function 0 (f32_abs):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 40h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: mov r11d, 7FFFFFFFh
;;   0x0030: movd xmm15, r11d
;;   0x0035: andps xmm0, xmm15
;;   0x0039: mov rsp, rbp
;;   0x003c: pop rbp
;;   0x003d: ret 8
;;   0x0040: mov r11, [r14]
;;   0x0043: mov eax, 0Ah
;;   0x0048: mov rsp, [r11+8]
;;   0x004c: jmp qword ptr [r11+10h]
;; function 1 (f32_neg):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 90h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: movss xmm0, [rbp+10h]
;;   0x007a: mov r11d, 80000000h
;;   0x0080: movd xmm15, r11d
;;   0x0085: xorps xmm0, xmm15
;;   0x0089: mov rsp, rbp
;;   0x008c: pop rbp
;;   0x008d: ret 8
;;   0x0090: mov r11, [r14]
;;   0x0093: mov eax, 0Ah
;;   0x0098: mov rsp, [r11+8]
;;   0x009c: jmp qword ptr [r11+10h]
;; function 2 (f32_copysign):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0F1h
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: movss xmm0, [rbp+10h]
;;   0x00ca: movss xmm15, [rbp+18h]
;;   0x00d0: xorps xmm15, xmm0
;;   0x00d4: movd r11d, xmm15
;;   0x00d9: shr r11d, 1Fh
;;   0x00dd: shl r11d, 1Fh
;;   0x00e1: movd xmm15, r11d
;;   0x00e6: xorps xmm0, xmm15
;;   0x00ea: mov rsp, rbp
;;   0x00ed: pop rbp
;;   0x00ee: ret 10h
;;   0x00f1: mov r11, [r14]
;;   0x00f4: mov eax, 0Ah
;;   0x00f9: mov rsp, [r11+8]
;;   0x00fd: jmp qword ptr [r11+10h]
;; function 3 (f64_abs):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 10h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 155h
;;   0x012a: sub rsp, 10h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: movsd xmm0, [rbp+10h]
;;   0x013a: mov r11, 7FFFFFFFFFFFFFFFh
;;   0x0144: movq xmm15, r11
;;   0x0149: andpd xmm0, xmm15
;;   0x014e: mov rsp, rbp
;;   0x0151: pop rbp
;;   0x0152: ret 8
;;   0x0155: mov r11, [r14]
;;   0x0158: mov eax, 0Ah
;;   0x015d: mov rsp, [r11+8]
;;   0x0161: jmp qword ptr [r11+10h]
;; function 4 (f64_neg):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 10h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1B5h
;;   0x018a: sub rsp, 10h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: movsd xmm0, [rbp+10h]
;;   0x019a: mov r11, 8000000000000000h
;;   0x01a4: movq xmm15, r11
;;   0x01a9: xorpd xmm0, xmm15
;;   0x01ae: mov rsp, rbp
;;   0x01b1: pop rbp
;;   0x01b2: ret 8
;;   0x01b5: mov r11, [r14]
;;   0x01b8: mov eax, 0Ah
;;   0x01bd: mov rsp, [r11+8]
;;   0x01c1: jmp qword ptr [r11+10h]
;; function 5 (f64_copysign):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 20h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 223h
;;   0x01ea: sub rsp, 20h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: movsd xmm0, [rbp+10h]
;;   0x01fa: movsd xmm15, [rbp+18h]
;;   0x0200: xorpd xmm15, xmm0
;;   0x0205: movq r11, xmm15
;;   0x020a: shr r11, 3Fh
;;   0x020e: shl r11, 3Fh
;;   0x0212: movq xmm15, r11
;;   0x0217: xorpd xmm0, xmm15
;;   0x021c: mov rsp, rbp
;;   0x021f: pop rbp
;;   0x0220: ret 10h
;;   0x0223: mov r11, [r14]
;;   0x0226: mov eax, 0Ah
;;   0x022b: mov rsp, [r11+8]
;;   0x022f: jmp qword ptr [r11+10h]
