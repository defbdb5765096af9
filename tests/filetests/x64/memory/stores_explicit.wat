;;! target = "x86_64"

;; Every store width at offset 0, from registers and immediates. With explicit checks every access compares index + size with the length.
(module
  (memory 1)
  (func (export "i32_store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "i32_store8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "i32_store16") (param i32 i32) (i32.store16 (local.get 0) (local.get 1)))
  (func (export "i64_store") (param i32 i64) (i64.store (local.get 0) (local.get 1)))
  (func (export "i64_store8") (param i32 i64) (i64.store8 (local.get 0) (local.get 1)))
  (func (export "i64_store16") (param i32 i64) (i64.store16 (local.get 0) (local.get 1)))
  (func (export "i64_store32") (param i32 i64) (i64.store32 (local.get 0) (local.get 1)))
  (func (export "f32_store") (param i32 f32) (f32.store (local.get 0) (local.get 1)))
  (func (export "f64_store") (param i32 f64) (f64.store (local.get 0) (local.get 1)))
  (func (export "i32_store16_imm") (param i32) (i32.store16 (local.get 0) (i32.const -2)))
  (func (export "i64_store_imm") (param i32) (i64.store (local.get 0) (i64.const -5)))
  (func (export "f32_store_const") (param i32) (f32.store (local.get 0) (f32.const 1.5))))
;; function 0 (i32_store):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 49h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+18h]
;;   0x0028: mov ecx, [rbp+10h]
;;   0x002b: mov r11, [r14+18h]
;;   0x002f: lea rdx, [rcx+4]
;;   0x0033: cmp rdx, [r11+8]
;;   0x0037: ja 59h
;;   0x003d: add rcx, [r11]
;;   0x0040: mov [rcx], eax
;;   0x0042: mov rsp, rbp
;;   0x0045: pop rbp
;;   0x0046: ret 10h
;;   0x0049: mov r11, [r14]
;;   0x004c: mov eax, 0Ah
;;   0x0051: mov rsp, [r11+8]
;;   0x0055: jmp qword ptr [r11+10h]
;;   0x0059: mov r11, [r14]
;;   0x005c: mov eax, 5
;;   0x0061: mov rsp, [r11+8]
;;   0x0065: jmp qword ptr [r11+10h]
;; function 1 (i32_store8):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 20h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0B9h
;;   0x008a: sub rsp, 20h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov eax, [rbp+18h]
;;   0x0098: mov ecx, [rbp+10h]
;;   0x009b: mov r11, [r14+18h]
;;   0x009f: lea rdx, [rcx+1]
;;   0x00a3: cmp rdx, [r11+8]
;;   0x00a7: ja 0C9h
;;   0x00ad: add rcx, [r11]
;;   0x00b0: mov [rcx], al
;;   0x00b2: mov rsp, rbp
;;   0x00b5: pop rbp
;;   0x00b6: ret 10h
;;   0x00b9: mov r11, [r14]
;;   0x00bc: mov eax, 0Ah
;;   0x00c1: mov rsp, [r11+8]
;;   0x00c5: jmp qword ptr [r11+10h]
;;   0x00c9: mov r11, [r14]
;;   0x00cc: mov eax, 5
;;   0x00d1: mov rsp, [r11+8]
;;   0x00d5: jmp qword ptr [r11+10h]
;; function 2 (i32_store16):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 20h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 12Ah
;;   0x00fa: sub rsp, 20h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov eax, [rbp+18h]
;;   0x0108: mov ecx, [rbp+10h]
;;   0x010b: mov r11, [r14+18h]
;;   0x010f: lea rdx, [rcx+2]
;;   0x0113: cmp rdx, [r11+8]
;;   0x0117: ja 13Ah
;;   0x011d: add rcx, [r11]
;;   0x0120: mov [rcx], ax
;;   0x0123: mov rsp, rbp
;;   0x0126: pop rbp
;;   0x0127: ret 10h
;;   0x012a: mov r11, [r14]
;;   0x012d: mov eax, 0Ah
;;   0x0132: mov rsp, [r11+8]
;;   0x0136: jmp qword ptr [r11+10h]
;;   0x013a: mov r11, [r14]
;;   0x013d: mov eax, 5
;;   0x0142: mov rsp, [r11+8]
;;   0x0146: jmp qword ptr [r11+10h]
;; function 3 (i64_store):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 20h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 19Bh
;;   0x016a: sub rsp, 20h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov rax, [rbp+18h]
;;   0x0179: mov ecx, [rbp+10h]
;;   0x017c: mov r11, [r14+18h]
;;   0x0180: lea rdx, [rcx+8]
;;   0x0184: cmp rdx, [r11+8]
;;   0x0188: ja 1ABh
;;   0x018e: add rcx, [r11]
;;   0x0191: mov [rcx], rax
;;   0x0194: mov rsp, rbp
;;   0x0197: pop rbp
;;   0x0198: ret 10h
;;   0x019b: mov r11, [r14]
;;   0x019e: mov eax, 0Ah
;;   0x01a3: mov rsp, [r11+8]
;;   0x01a7: jmp qword ptr [r11+10h]
;;   0x01ab: mov r11, [r14]
;;   0x01ae: mov eax, 5
;;   0x01b3: mov rsp, [r11+8]
;;   0x01b7: jmp qword ptr [r11+10h]
;; function 4 (i64_store8):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 20h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 20Ah
;;   0x01da: sub rsp, 20h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov rax, [rbp+18h]
;;   0x01e9: mov ecx, [rbp+10h]
;;   0x01ec: mov r11, [r14+18h]
;;   0x01f0: lea rdx, [rcx+1]
;;   0x01f4: cmp rdx, [r11+8]
;;   0x01f8: ja 21Ah
;;   0x01fe: add rcx, [r11]
;;   0x0201: mov [rcx], al
;;   0x0203: mov rsp, rbp
;;   0x0206: pop rbp
;;   0x0207: ret 10h
;;   0x020a: mov r11, [r14]
;;   0x020d: mov eax, 0Ah
;;   0x0212: mov rsp, [r11+8]
;;   0x0216: jmp qword ptr [r11+10h]
;;   0x021a: mov r11, [r14]
;;   0x021d: mov eax, 5
;;   0x0222: mov rsp, [r11+8]
;;   0x0226: jmp qword ptr [r11+10h]
;; function 5 (i64_store16):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 20h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 27Bh
;;   0x024a: sub rsp, 20h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov rax, [rbp+18h]
;;   0x0259: mov ecx, [rbp+10h]
;;   0x025c: mov r11, [r14+18h]
;;   0x0260: lea rdx, [rcx+2]
;;   0x0264: cmp rdx, [r11+8]
;;   0x0268: ja 28Bh
;;   0x026e: add rcx, [r11]
;;   0x0271: mov [rcx], ax
;;   0x0274: mov rsp, rbp
;;   0x0277: pop rbp
;;   0x0278: ret 10h
;;   0x027b: mov r11, [r14]
;;   0x027e: mov eax, 0Ah
;;   0x0283: mov rsp, [r11+8]
;;   0x0287: jmp qword ptr [r11+10h]
;;   0x028b: mov r11, [r14]
;;   0x028e: mov eax, 5
;;   0x0293: mov rsp, [r11+8]
;;   0x0297: jmp qword ptr [r11+10h]
;; function 6 (i64_store32):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 20h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 2EAh
;;   0x02ba: sub rsp, 20h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov rax, [rbp+18h]
;;   0x02c9: mov ecx, [rbp+10h]
;;   0x02cc: mov r11, [r14+18h]
;;   0x02d0: lea rdx, [rcx+4]
;;   0x02d4: cmp rdx, [r11+8]
;;   0x02d8: ja 2FAh
;;   0x02de: add rcx, [r11]
;;   0x02e1: mov [rcx], eax
;;   0x02e3: mov rsp, rbp
;;   0x02e6: pop rbp
;;   0x02e7: ret 10h
;;   0x02ea: mov r11, [r14]
;;   0x02ed: mov eax, 0Ah
;;   0x02f2: mov rsp, [r11+8]
;;   0x02f6: jmp qword ptr [r11+10h]
;;   0x02fa: mov r11, [r14]
;;   0x02fd: mov eax, 5
;;   0x0302: mov rsp, [r11+8]
;;   0x0306: jmp qword ptr [r11+10h]
;; function 7 (f32_store):
;;   0x0310: push rbp
;;   0x0311: mov rbp, rsp
;;   0x0314: mov r11, [r14]
;;   0x0317: mov r11, [r11]
;;   0x031a: add r11, 20h
;;   0x0321: cmp rsp, r11
;;   0x0324: jb 35Dh
;;   0x032a: sub rsp, 20h
;;   0x0331: mov [rbp-8], r14
;;   0x0335: movss xmm0, [rbp+18h]
;;   0x033a: mov eax, [rbp+10h]
;;   0x033d: mov r11, [r14+18h]
;;   0x0341: lea rcx, [rax+4]
;;   0x0345: cmp rcx, [r11+8]
;;   0x0349: ja 36Dh
;;   0x034f: add rax, [r11]
;;   0x0352: movss [rax], xmm0
;;   0x0356: mov rsp, rbp
;;   0x0359: pop rbp
;;   0x035a: ret 10h
;;   0x035d: mov r11, [r14]
;;   0x0360: mov eax, 0Ah
;;   0x0365: mov rsp, [r11+8]
;;   0x0369: jmp qword ptr [r11+10h]
;;   0x036d: mov r11, [r14]
;;   0x0370: mov eax, 5
;;   0x0375: mov rsp, [r11+8]
;;   0x0379: jmp qword ptr [r11+10h]
;; function 8 (f64_store):
;;   0x0380: push rbp
;;   0x0381: mov rbp, rsp
;;   0x0384: mov r11, [r14]
;;   0x0387: mov r11, [r11]
;;   0x038a: add r11, 20h
;;   0x0391: cmp rsp, r11
;;   0x0394: jb 3CDh
;;   0x039a: sub rsp, 20h
;;   0x03a1: mov [rbp-8], r14
;;   0x03a5: movsd xmm0, [rbp+18h]
;;   0x03aa: mov eax, [rbp+10h]
;;   0x03ad: mov r11, [r14+18h]
;;   0x03b1: lea rcx, [rax+8]
;;   0x03b5: cmp rcx, [r11+8]
;;   0x03b9: ja 3DDh
;;   0x03bf: add rax, [r11]
;;   0x03c2: movsd [rax], xmm0
;;   0x03c6: mov rsp, rbp
;;   0x03c9: pop rbp
;;   0x03ca: ret 10h
;;   0x03cd: mov r11, [r14]
;;   0x03d0: mov eax, 0Ah
;;   0x03d5: mov rsp, [r11+8]
;;   0x03d9: jmp qword ptr [r11+10h]
;;   0x03dd: mov r11, [r14]
;;   0x03e0: mov eax, 5
;;   0x03e5: mov rsp, [r11+8]
;;   0x03e9: jmp qword ptr [r11+10h]
;; function 9 (i32_store16_imm):
;;   0x03f0: push rbp
;;   0x03f1: mov rbp, rsp
;;   0x03f4: mov r11, [r14]
;;   0x03f7: mov r11, [r11]
;;   0x03fa: add r11, 20h
;;   0x0401: cmp rsp, r11
;;   0x0404: jb 439h
;;   0x040a: sub rsp, 20h
;;   0x0411: mov [rbp-8], r14
;;   0x0415: mov eax, [rbp+10h]
;;   0x0418: mov r11, [r14+18h]
;;   0x041c: lea rcx, [rax+2]
;;   0x0420: cmp rcx, [r11+8]
;;   0x0424: ja 449h
;;   0x042a: add rax, [r11]
;;   0x042d: mov word ptr [rax], 0FFFEh
;;   0x0432: mov rsp, rbp
;;   0x0435: pop rbp
;;   0x0436: ret 8
;;   0x0439: mov r11, [r14]
;;   0x043c: mov eax, 0Ah
;;   0x0441: mov rsp, [r11+8]
;;   0x0445: jmp qword ptr [r11+10h]
;;   0x0449: mov r11, [r14]
;;   0x044c: mov eax, 5
;;   0x0451: mov rsp, [r11+8]
;;   0x0455: jmp qword ptr [r11+10h]
;; function 10 (i64_store_imm):
;;   0x0460: push rbp
;;   0x0461: mov rbp, rsp
;;   0x0464: mov r11, [r14]
;;   0x0467: mov r11, [r11]
;;   0x046a: add r11, 20h
;;   0x0471: cmp rsp, r11
;;   0x0474: jb 4ABh
;;   0x047a: sub rsp, 20h
;;   0x0481: mov [rbp-8], r14
;;   0x0485: mov eax, [rbp+10h]
;;   0x0488: mov r11, [r14+18h]
;;   0x048c: lea rcx, [rax+8]
;;   0x0490: cmp rcx, [r11+8]
;;   0x0494: ja 4BBh
;;   0x049a: add rax, [r11]
;;   0x049d: mov qword ptr [rax], 0FFFFFFFFFFFFFFFBh
;;   0x04a4: mov rsp, rbp
;;   0x04a7: pop rbp
;;   0x04a8: ret 8
;;   0x04ab: mov r11, [r14]
;;   0x04ae: mov eax, 0Ah
;;   0x04b3: mov rsp, [r11+8]
;;   0x04b7: jmp qword ptr [r11+10h]
;;   0x04bb: mov r11, [r14]
;;   0x04be: mov eax, 5
;;   0x04c3: mov rsp, [r11+8]
;;   0x04c7: jmp qword ptr [r11+10h]
;; function 11 (f32_store_const):
;;   0x04d0: push rbp
;;   0x04d1: mov rbp, rsp
;;   0x04d4: mov r11, [r14]
;;   0x04d7: mov r11, [r11]
;;   0x04da: add r11, 20h
;;   0x04e1: cmp rsp, r11
;;   0x04e4: jb 523h
;;   0x04ea: sub rsp, 20h
;;   0x04f1: mov [rbp-8], r14
;;   0x04f5: mov r11d, 3FC00000h
;;   0x04fb: movd xmm0, r11d
;;   0x0500: mov eax, [rbp+10h]
;;   0x0503: mov r11, [r14+18h]
;;   0x0507: lea rcx, [rax+4]
;;   0x050b: cmp rcx, [r11+8]
;;   0x050f: ja 533h
;;   0x0515: add rax, [r11]
;;   0x0518: movss [rax], xmm0
;;   0x051c: mov rsp, rbp
;;   0x051f: pop rbp
;;   0x0520: ret 8
;;   0x0523: mov r11, [r14]
;;   0x0526: mov eax, 0Ah
;;   0x052b: mov rsp, [r11+8]
;;   0x052f: jmp qword ptr [r11+10h]
;;   0x0533: mov r11, [r14]
;;   0x0536: mov eax, 5
;;   0x053b: mov rsp, [r11+8]
;;   0x053f: jmp qword ptr [r11+10h]
