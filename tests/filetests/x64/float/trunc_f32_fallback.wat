;;! target = "x86_64"

;; f32.trunc without SSE4.1: the inline sequence through an integer
;; conversion for small magnitudes, `x + 0` for integral/inf/NaN ones.
(module
  (func (export "trunc") (param f32) (result f32) (f32.trunc (local.get 0))))
;; function 0 (trunc):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 79h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: movd r11d, xmm0
;;   0x002f: shl r11d, 1
;;   0x0033: shr r11d, 18h
;;   0x0037: cmp r11d, 96h
;;   0x003e: jb 52h
;;   0x0044: xorps xmm15, xmm15
;;   0x0048: addss xmm0, xmm15
;;   0x004d: jmp 72h
;;   0x0052: cvttss2si r11d, xmm0
;;   0x0057: cvtsi2ss xmm15, r11d
;;   0x005c: movd r11d, xmm0
;;   0x0061: shr r11d, 1Fh
;;   0x0065: shl r11d, 1Fh
;;   0x0069: movd xmm0, r11d
;;   0x006e: orps xmm0, xmm15
;;   0x0072: mov rsp, rbp
;;   0x0075: pop rbp
;;   0x0076: ret 8
;;   0x0079: ud2
