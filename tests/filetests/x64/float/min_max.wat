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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 65h
;;   0x001a: sub rsp, 20h
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
;;   0x0065: mov r11, [r14]
;;   0x0068: mov eax, 0Ah
;;   0x006d: mov rsp, [r11+8]
;;   0x0071: jmp qword ptr [r11+10h]
;; function 1 (f32_max):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0E5h
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: movss xmm0, [rbp+10h]
;;   0x00aa: movss xmm15, [rbp+18h]
;;   0x00b0: ucomiss xmm0, xmm15
;;   0x00b4: jp 0D3h
;;   0x00ba: jne 0C9h
;;   0x00c0: andps xmm0, xmm15
;;   0x00c4: jmp 0DEh
;;   0x00c9: maxss xmm0, xmm15
;;   0x00ce: jmp 0DEh
;;   0x00d3: mov r11d, 7FC00000h
;;   0x00d9: movd xmm0, r11d
;;   0x00de: mov rsp, rbp
;;   0x00e1: pop rbp
;;   0x00e2: ret 10h
;;   0x00e5: mov r11, [r14]
;;   0x00e8: mov eax, 0Ah
;;   0x00ed: mov rsp, [r11+8]
;;   0x00f1: jmp qword ptr [r11+10h]
;; function 2 (f64_min):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 16Bh
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: movsd xmm0, [rbp+10h]
;;   0x012a: movsd xmm15, [rbp+18h]
;;   0x0130: ucomisd xmm0, xmm15
;;   0x0135: jp 155h
;;   0x013b: jne 14Bh
;;   0x0141: orpd xmm0, xmm15
;;   0x0146: jmp 164h
;;   0x014b: minsd xmm0, xmm15
;;   0x0150: jmp 164h
;;   0x0155: mov r11, 7FF8000000000000h
;;   0x015f: movq xmm0, r11
;;   0x0164: mov rsp, rbp
;;   0x0167: pop rbp
;;   0x0168: ret 10h
;;   0x016b: mov r11, [r14]
;;   0x016e: mov eax, 0Ah
;;   0x0173: mov rsp, [r11+8]
;;   0x0177: jmp qword ptr [r11+10h]
;; function 3 (f64_max_const):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 20h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1F5h
;;   0x019a: sub rsp, 20h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov r11, 3FF0000000000000h
;;   0x01af: movq xmm0, r11
;;   0x01b4: movsd xmm1, [rbp+10h]
;;   0x01b9: ucomisd xmm1, xmm0
;;   0x01bd: jp 1DBh
;;   0x01c3: jne 1D2h
;;   0x01c9: andpd xmm1, xmm0
;;   0x01cd: jmp 1EAh
;;   0x01d2: maxsd xmm1, xmm0
;;   0x01d6: jmp 1EAh
;;   0x01db: mov r11, 7FF8000000000000h
;;   0x01e5: movq xmm1, r11
;;   0x01ea: movapd xmm0, xmm1
;;   0x01ee: mov rsp, rbp
;;   0x01f1: pop rbp
;;   0x01f2: ret 8
;;   0x01f5: mov r11, [r14]
;;   0x01f8: mov eax, 0Ah
;;   0x01fd: mov rsp, [r11+8]
;;   0x0201: jmp qword ptr [r11+10h]
