;;! target = "x86_64"

;; Float constants: +0 by xorps/xorpd, -0 and everything else through r11
;; (a 32-bit mov for f32, a 64-bit one for f64).
(module
  (func (export "f32_zero") (result f32) (f32.const 0))
  (func (export "f32_neg_zero") (result f32) (f32.const -0))
  (func (export "f32_one") (result f32) (f32.const 1))
  (func (export "f32_nan") (result f32) (f32.const nan:0x200000))
  (func (export "f64_zero") (result f64) (f64.const 0))
  (func (export "f64_neg_zero") (result f64) (f64.const -0))
  (func (export "f64_pi") (result f64) (f64.const 3.141592653589793))
  (func (export "f64_neg_inf") (result f64) (f64.const -inf))
  (func (export "f64_small") (result f64) (f64.const 0x1p-1074)))
;; function 0 (f32_zero):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Dh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: xorps xmm0, xmm0
;;   0x0028: mov rsp, rbp
;;   0x002b: pop rbp
;;   0x002c: ret
;;   0x002d: mov r11, [r14]
;;   0x0030: mov eax, 0Ah
;;   0x0035: mov rsp, [r11+8]
;;   0x0039: jmp qword ptr [r11+10h]
;; function 1 (f32_neg_zero):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 75h
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov r11d, 80000000h
;;   0x006b: movd xmm0, r11d
;;   0x0070: mov rsp, rbp
;;   0x0073: pop rbp
;;   0x0074: ret
;;   0x0075: mov r11, [r14]
;;   0x0078: mov eax, 0Ah
;;   0x007d: mov rsp, [r11+8]
;;   0x0081: jmp qword ptr [r11+10h]
;; function 2 (f32_one):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 10h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0C5h
;;   0x00aa: sub rsp, 10h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov r11d, 3F800000h
;;   0x00bb: movd xmm0, r11d
;;   0x00c0: mov rsp, rbp
;;   0x00c3: pop rbp
;;   0x00c4: ret
;;   0x00c5: mov r11, [r14]
;;   0x00c8: mov eax, 0Ah
;;   0x00cd: mov rsp, [r11+8]
;;   0x00d1: jmp qword ptr [r11+10h]
;; function 3 (f32_nan):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 10h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 115h
;;   0x00fa: sub rsp, 10h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov r11d, 7FA00000h
;;   0x010b: movd xmm0, r11d
;;   0x0110: mov rsp, rbp
;;   0x0113: pop rbp
;;   0x0114: ret
;;   0x0115: mov r11, [r14]
;;   0x0118: mov eax, 0Ah
;;   0x011d: mov rsp, [r11+8]
;;   0x0121: jmp qword ptr [r11+10h]
;; function 4 (f64_zero):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 10h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 15Eh
;;   0x014a: sub rsp, 10h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: xorpd xmm0, xmm0
;;   0x0159: mov rsp, rbp
;;   0x015c: pop rbp
;;   0x015d: ret
;;   0x015e: mov r11, [r14]
;;   0x0161: mov eax, 0Ah
;;   0x0166: mov rsp, [r11+8]
;;   0x016a: jmp qword ptr [r11+10h]
;; function 5 (f64_neg_zero):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 10h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1A9h
;;   0x018a: sub rsp, 10h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: mov r11, 8000000000000000h
;;   0x019f: movq xmm0, r11
;;   0x01a4: mov rsp, rbp
;;   0x01a7: pop rbp
;;   0x01a8: ret
;;   0x01a9: mov r11, [r14]
;;   0x01ac: mov eax, 0Ah
;;   0x01b1: mov rsp, [r11+8]
;;   0x01b5: jmp qword ptr [r11+10h]
;; function 6 (f64_pi):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 10h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 1F9h
;;   0x01da: sub rsp, 10h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov r11, 400921FB54442D18h
;;   0x01ef: movq xmm0, r11
;;   0x01f4: mov rsp, rbp
;;   0x01f7: pop rbp
;;   0x01f8: ret
;;   0x01f9: mov r11, [r14]
;;   0x01fc: mov eax, 0Ah
;;   0x0201: mov rsp, [r11+8]
;;   0x0205: jmp qword ptr [r11+10h]
;; function 7 (f64_neg_inf):
;;   0x0210: push rbp
;;   0x0211: mov rbp, rsp
;;   0x0214: mov r11, [r14]
;;   0x0217: mov r11, [r11]
;;   0x021a: add r11, 10h
;;   0x0221: cmp rsp, r11
;;   0x0224: jb 249h
;;   0x022a: sub rsp, 10h
;;   0x0231: mov [rbp-8], r14
;;   0x0235: mov r11, 0FFF0000000000000h
;;   0x023f: movq xmm0, r11
;;   0x0244: mov rsp, rbp
;;   0x0247: pop rbp
;;   0x0248: ret
;;   0x0249: mov r11, [r14]
;;   0x024c: mov eax, 0Ah
;;   0x0251: mov rsp, [r11+8]
;;   0x0255: jmp qword ptr [r11+10h]
;; function 8 (f64_small):
;;   0x0260: push rbp
;;   0x0261: mov rbp, rsp
;;   0x0264: mov r11, [r14]
;;   0x0267: mov r11, [r11]
;;   0x026a: add r11, 10h
;;   0x0271: cmp rsp, r11
;;   0x0274: jb 295h
;;   0x027a: sub rsp, 10h
;;   0x0281: mov [rbp-8], r14
;;   0x0285: mov r11d, 1
;;   0x028b: movq xmm0, r11
;;   0x0290: mov rsp, rbp
;;   0x0293: pop rbp
;;   0x0294: ret
;;   0x0295: mov r11, [r14]
;;   0x0298: mov eax, 0Ah
;;   0x029d: mov rsp, [r11+8]
;;   0x02a1: jmp qword ptr [r11+10h]
