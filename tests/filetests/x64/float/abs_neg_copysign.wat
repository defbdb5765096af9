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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 40h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: mov r11d, 7FFFFFFFh
;;   0x0030: movd xmm15, r11d
;;   0x0035: andps xmm0, xmm15
;;   0x0039: mov rsp, rbp
;;   0x003c: pop rbp
;;   0x003d: ret 8
;;   0x0040: ud2
;; function 1 (f32_neg):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 90h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: movss xmm0, [rbp+10h]
;;   0x007a: mov r11d, 80000000h
;;   0x0080: movd xmm15, r11d
;;   0x0085: xorps xmm0, xmm15
;;   0x0089: mov rsp, rbp
;;   0x008c: pop rbp
;;   0x008d: ret 8
;;   0x0090: ud2
;; function 2 (f32_copysign):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0F1h
;;   0x00ba: sub rsp, 30h
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
;;   0x00f1: ud2
;; function 3 (f64_abs):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 30h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 145h
;;   0x011a: sub rsp, 30h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: movsd xmm0, [rbp+10h]
;;   0x012a: mov r11, 7FFFFFFFFFFFFFFFh
;;   0x0134: movq xmm15, r11
;;   0x0139: andpd xmm0, xmm15
;;   0x013e: mov rsp, rbp
;;   0x0141: pop rbp
;;   0x0142: ret 8
;;   0x0145: ud2
;; function 4 (f64_neg):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 195h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: movsd xmm0, [rbp+10h]
;;   0x017a: mov r11, 8000000000000000h
;;   0x0184: movq xmm15, r11
;;   0x0189: xorpd xmm0, xmm15
;;   0x018e: mov rsp, rbp
;;   0x0191: pop rbp
;;   0x0192: ret 8
;;   0x0195: ud2
;; function 5 (f64_copysign):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 30h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 1F3h
;;   0x01ba: sub rsp, 30h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: movsd xmm0, [rbp+10h]
;;   0x01ca: movsd xmm15, [rbp+18h]
;;   0x01d0: xorpd xmm15, xmm0
;;   0x01d5: movq r11, xmm15
;;   0x01da: shr r11, 3Fh
;;   0x01de: shl r11, 3Fh
;;   0x01e2: movq xmm15, r11
;;   0x01e7: xorpd xmm0, xmm15
;;   0x01ec: mov rsp, rbp
;;   0x01ef: pop rbp
;;   0x01f0: ret 10h
;;   0x01f3: ud2
