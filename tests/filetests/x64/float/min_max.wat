;;! target = "x86_64"

;; min/max: NaN operand gives the canonical NaN, equal operands OR (min) or
;; AND (max) their bits so that min(-0, +0) = -0 and max(-0, +0) = +0.
(module
  (func (export "f32_min") (param f32 f32) (result f32) (f32.min (local.get 0) (local.get 1)))
  (func (export "f32_max") (param f32 f32) (result f32) (f32.max (local.get 0) (local.get 1)))
  (func (export "f64_min") (param f64 f64) (result f64) (f64.min (local.get 0) (local.get 1)))
  (func (export "f64_max_const") (param f64) (result f64) (f64.max (local.get 0) (f64.const 1))))
;; function 0 (f32_min):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 65h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: movss xmm15, [rbp+18h]
;;   0x0030: ucomiss xmm0, xmm15
;;   0x0034: jp 53h
;;   0x003a: jne 49h
;;   0x0040: orps xmm0, xmm15
;;   0x0044: jmp 5Eh
;;   0x0049: minss xmm0, xmm15
;;   0x004e: jmp 5Eh
;;   0x0053: mov r11d, 7FC00000h
;;   0x0059: movd xmm0, r11d
;;   0x005e: mov rsp, rbp
;;   0x0061: pop rbp
;;   0x0062: ret 10h
;;   0x0065: ud2
;; function 1 (f32_max):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0D5h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: movss xmm0, [rbp+10h]
;;   0x009a: movss xmm15, [rbp+18h]
;;   0x00a0: ucomiss xmm0, xmm15
;;   0x00a4: jp 0C3h
;;   0x00aa: jne 0B9h
;;   0x00b0: andps xmm0, xmm15
;;   0x00b4: jmp 0CEh
;;   0x00b9: maxss xmm0, xmm15
;;   0x00be: jmp 0CEh
;;   0x00c3: mov r11d, 7FC00000h
;;   0x00c9: movd xmm0, r11d
;;   0x00ce: mov rsp, rbp
;;   0x00d1: pop rbp
;;   0x00d2: ret 10h
;;   0x00d5: ud2
;; function 2 (f64_min):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 14Bh
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: movsd xmm0, [rbp+10h]
;;   0x010a: movsd xmm15, [rbp+18h]
;;   0x0110: ucomisd xmm0, xmm15
;;   0x0115: jp 135h
;;   0x011b: jne 12Bh
;;   0x0121: orpd xmm0, xmm15
;;   0x0126: jmp 144h
;;   0x012b: minsd xmm0, xmm15
;;   0x0130: jmp 144h
;;   0x0135: mov r11, 7FF8000000000000h
;;   0x013f: movq xmm0, r11
;;   0x0144: mov rsp, rbp
;;   0x0147: pop rbp
;;   0x0148: ret 10h
;;   0x014b: ud2
;; function 3 (f64_max_const):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1C5h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov r11, 3FF0000000000000h
;;   0x017f: movq xmm0, r11
;;   0x0184: movsd xmm1, [rbp+10h]
;;   0x0189: ucomisd xmm1, xmm0
;;   0x018d: jp 1ABh
;;   0x0193: jne 1A2h
;;   0x0199: andpd xmm1, xmm0
;;   0x019d: jmp 1BAh
;;   0x01a2: maxsd xmm1, xmm0
;;   0x01a6: jmp 1BAh
;;   0x01ab: mov r11, 7FF8000000000000h
;;   0x01b5: movq xmm1, r11
;;   0x01ba: movapd xmm0, xmm1
;;   0x01be: mov rsp, rbp
;;   0x01c1: pop rbp
;;   0x01c2: ret 8
;;   0x01c5: ud2
