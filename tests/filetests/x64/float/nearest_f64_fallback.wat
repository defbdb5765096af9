;;! target = "x86_64"

;; f64.nearest without SSE4.1: the inline sequence through an integer
;; conversion for small magnitudes, `x + 0` for integral/inf/NaN ones.
(module
  (func (export "nearest") (param f64) (result f64) (f64.nearest (local.get 0))))
;; function 0 (nearest):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 7Bh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movsd xmm0, [rbp+10h]
;;   0x002a: movq r11, xmm0
;;   0x002f: shl r11, 1
;;   0x0033: shr r11, 35h
;;   0x0037: cmp r11d, 433h
;;   0x003e: jb 53h
;;   0x0044: xorpd xmm15, xmm15
;;   0x0049: addsd xmm0, xmm15
;;   0x004e: jmp 74h
;;   0x0053: cvtsd2si r11, xmm0
;;   0x0058: cvtsi2sd xmm15, r11
;;   0x005d: movq r11, xmm0
;;   0x0062: shr r11, 3Fh
;;   0x0066: shl r11, 3Fh
;;   0x006a: movq xmm0, r11
;;   0x006f: orpd xmm0, xmm15
;;   0x0074: mov rsp, rbp
;;   0x0077: pop rbp
;;   0x0078: ret 8
;;   0x007b: ud2
