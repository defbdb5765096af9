;;! target = "x86_64"

;; f64.ceil without SSE4.1: the inline sequence through an integer
;; conversion for small magnitudes, `x + 0` for integral/inf/NaN ones.
(module
  (func (export "ceil") (param f64) (result f64) (f64.ceil (local.get 0))))
;; function 0 (ceil):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 8Fh
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
;;   0x004e: jmp 88h
;;   0x0053: cvttsd2si r11, xmm0
;;   0x0058: cvtsi2sd xmm15, r11
;;   0x005d: ucomisd xmm0, xmm15
;;   0x0062: jbe 71h
;;   0x0068: add r11, 1
;;   0x006c: cvtsi2sd xmm15, r11
;;   0x0071: movq r11, xmm0
;;   0x0076: shr r11, 3Fh
;;   0x007a: shl r11, 3Fh
;;   0x007e: movq xmm0, r11
;;   0x0083: orpd xmm0, xmm15
;;   0x0088: mov rsp, rbp
;;   0x008b: pop rbp
;;   0x008c: ret 8
;;   0x008f: ud2
