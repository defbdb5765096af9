;;! target = "x86_64"

;; f32.floor without SSE4.1: the inline sequence through an integer
;; conversion for small magnitudes, `x + 0` for integral/inf/NaN ones.
(module
  (func (export "floor") (param f32) (result f32) (f32.floor (local.get 0))))
;; function 0 (floor):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 8Ch
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
;;   0x004d: jmp 85h
;;   0x0052: cvttss2si r11d, xmm0
;;   0x0057: cvtsi2ss xmm15, r11d
;;   0x005c: ucomiss xmm15, xmm0
;;   0x0060: jbe 6Fh
;;   0x0066: sub r11d, 1
;;   0x006a: cvtsi2ss xmm15, r11d
;;   0x006f: movd r11d, xmm0
;;   0x0074: shr r11d, 1Fh
;;   0x0078: shl r11d, 1Fh
;;   0x007c: movd xmm0, r11d
;;   0x0081: orps xmm0, xmm15
;;   0x0085: mov rsp, rbp
;;   0x0088: pop rbp
;;   0x0089: ret 8
;;   0x008c: ud2
