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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 63h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov r15, [r14+18h]
;;   0x0038: mov r15, [r15]
;;   0x003b: mov eax, r12d
;;   0x003e: mov r11, [r14+18h]
;;   0x0042: lea rcx, [rbx+4]
;;   0x0046: cmp rcx, [r11+8]
;;   0x004a: ja 65h
;;   0x0050: mov [r15+rbx], eax
;;   0x0054: mov rbx, [rbp-10h]
;;   0x0058: mov r12, [rbp-18h]
;;   0x005c: mov rsp, rbp
;;   0x005f: pop rbp
;;   0x0060: ret 10h
;;   0x0063: ud2
;;   0x0065: ud2
;; function 1 (i32_store8):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0D3h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov [rbp-18h], r12
;;   0x009d: mov ebx, [rbp+10h]
;;   0x00a0: mov r12d, [rbp+18h]
;;   0x00a4: mov r15, [r14+18h]
;;   0x00a8: mov r15, [r15]
;;   0x00ab: mov eax, r12d
;;   0x00ae: mov r11, [r14+18h]
;;   0x00b2: lea rcx, [rbx+1]
;;   0x00b6: cmp rcx, [r11+8]
;;   0x00ba: ja 0D5h
;;   0x00c0: mov [r15+rbx], al
;;   0x00c4: mov rbx, [rbp-10h]
;;   0x00c8: mov r12, [rbp-18h]
;;   0x00cc: mov rsp, rbp
;;   0x00cf: pop rbp
;;   0x00d0: ret 10h
;;   0x00d3: ud2
;;   0x00d5: ud2
;; function 2 (i32_store16):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 144h
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov [rbp-18h], r12
;;   0x010d: mov ebx, [rbp+10h]
;;   0x0110: mov r12d, [rbp+18h]
;;   0x0114: mov r15, [r14+18h]
;;   0x0118: mov r15, [r15]
;;   0x011b: mov eax, r12d
;;   0x011e: mov r11, [r14+18h]
;;   0x0122: lea rcx, [rbx+2]
;;   0x0126: cmp rcx, [r11+8]
;;   0x012a: ja 146h
;;   0x0130: mov [r15+rbx], ax
;;   0x0135: mov rbx, [rbp-10h]
;;   0x0139: mov r12, [rbp-18h]
;;   0x013d: mov rsp, rbp
;;   0x0140: pop rbp
;;   0x0141: ret 10h
;;   0x0144: ud2
;;   0x0146: ud2
;; function 3 (i64_store):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1B3h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov [rbp-18h], r12
;;   0x017d: mov ebx, [rbp+10h]
;;   0x0180: mov r12, [rbp+18h]
;;   0x0184: mov r15, [r14+18h]
;;   0x0188: mov r15, [r15]
;;   0x018b: mov rax, r12
;;   0x018e: mov r11, [r14+18h]
;;   0x0192: lea rcx, [rbx+8]
;;   0x0196: cmp rcx, [r11+8]
;;   0x019a: ja 1B5h
;;   0x01a0: mov [r15+rbx], rax
;;   0x01a4: mov rbx, [rbp-10h]
;;   0x01a8: mov r12, [rbp-18h]
;;   0x01ac: mov rsp, rbp
;;   0x01af: pop rbp
;;   0x01b0: ret 10h
;;   0x01b3: ud2
;;   0x01b5: ud2
;; function 4 (i64_store8):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 30h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 223h
;;   0x01da: sub rsp, 30h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov [rbp-10h], rbx
;;   0x01e9: mov [rbp-18h], r12
;;   0x01ed: mov ebx, [rbp+10h]
;;   0x01f0: mov r12, [rbp+18h]
;;   0x01f4: mov r15, [r14+18h]
;;   0x01f8: mov r15, [r15]
;;   0x01fb: mov rax, r12
;;   0x01fe: mov r11, [r14+18h]
;;   0x0202: lea rcx, [rbx+1]
;;   0x0206: cmp rcx, [r11+8]
;;   0x020a: ja 225h
;;   0x0210: mov [r15+rbx], al
;;   0x0214: mov rbx, [rbp-10h]
;;   0x0218: mov r12, [rbp-18h]
;;   0x021c: mov rsp, rbp
;;   0x021f: pop rbp
;;   0x0220: ret 10h
;;   0x0223: ud2
;;   0x0225: ud2
;; function 5 (i64_store16):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 30h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 294h
;;   0x024a: sub rsp, 30h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov [rbp-10h], rbx
;;   0x0259: mov [rbp-18h], r12
;;   0x025d: mov ebx, [rbp+10h]
;;   0x0260: mov r12, [rbp+18h]
;;   0x0264: mov r15, [r14+18h]
;;   0x0268: mov r15, [r15]
;;   0x026b: mov rax, r12
;;   0x026e: mov r11, [r14+18h]
;;   0x0272: lea rcx, [rbx+2]
;;   0x0276: cmp rcx, [r11+8]
;;   0x027a: ja 296h
;;   0x0280: mov [r15+rbx], ax
;;   0x0285: mov rbx, [rbp-10h]
;;   0x0289: mov r12, [rbp-18h]
;;   0x028d: mov rsp, rbp
;;   0x0290: pop rbp
;;   0x0291: ret 10h
;;   0x0294: ud2
;;   0x0296: ud2
;; function 6 (i64_store32):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 30h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 303h
;;   0x02ba: sub rsp, 30h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov [rbp-10h], rbx
;;   0x02c9: mov [rbp-18h], r12
;;   0x02cd: mov ebx, [rbp+10h]
;;   0x02d0: mov r12, [rbp+18h]
;;   0x02d4: mov r15, [r14+18h]
;;   0x02d8: mov r15, [r15]
;;   0x02db: mov rax, r12
;;   0x02de: mov r11, [r14+18h]
;;   0x02e2: lea rcx, [rbx+4]
;;   0x02e6: cmp rcx, [r11+8]
;;   0x02ea: ja 305h
;;   0x02f0: mov [r15+rbx], eax
;;   0x02f4: mov rbx, [rbp-10h]
;;   0x02f8: mov r12, [rbp-18h]
;;   0x02fc: mov rsp, rbp
;;   0x02ff: pop rbp
;;   0x0300: ret 10h
;;   0x0303: ud2
;;   0x0305: ud2
;; function 7 (f32_store):
;;   0x0310: push rbp
;;   0x0311: mov rbp, rsp
;;   0x0314: mov r11, [r14]
;;   0x0317: mov r11, [r11]
;;   0x031a: add r11, 30h
;;   0x0321: cmp rsp, r11
;;   0x0324: jb 36Bh
;;   0x032a: sub rsp, 30h
;;   0x0331: mov [rbp-8], r14
;;   0x0335: mov [rbp-10h], rbx
;;   0x0339: mov ebx, [rbp+10h]
;;   0x033c: mov r15, [r14+18h]
;;   0x0340: mov r15, [r15]
;;   0x0343: movss xmm0, [rbp+18h]
;;   0x0348: mov r11, [r14+18h]
;;   0x034c: lea rax, [rbx+4]
;;   0x0350: cmp rax, [r11+8]
;;   0x0354: ja 36Dh
;;   0x035a: movss [r15+rbx], xmm0
;;   0x0360: mov rbx, [rbp-10h]
;;   0x0364: mov rsp, rbp
;;   0x0367: pop rbp
;;   0x0368: ret 10h
;;   0x036b: ud2
;;   0x036d: ud2
;; function 8 (f64_store):
;;   0x0370: push rbp
;;   0x0371: mov rbp, rsp
;;   0x0374: mov r11, [r14]
;;   0x0377: mov r11, [r11]
;;   0x037a: add r11, 30h
;;   0x0381: cmp rsp, r11
;;   0x0384: jb 3CBh
;;   0x038a: sub rsp, 30h
;;   0x0391: mov [rbp-8], r14
;;   0x0395: mov [rbp-10h], rbx
;;   0x0399: mov ebx, [rbp+10h]
;;   0x039c: mov r15, [r14+18h]
;;   0x03a0: mov r15, [r15]
;;   0x03a3: movsd xmm0, [rbp+18h]
;;   0x03a8: mov r11, [r14+18h]
;;   0x03ac: lea rax, [rbx+8]
;;   0x03b0: cmp rax, [r11+8]
;;   0x03b4: ja 3CDh
;;   0x03ba: movsd [r15+rbx], xmm0
;;   0x03c0: mov rbx, [rbp-10h]
;;   0x03c4: mov rsp, rbp
;;   0x03c7: pop rbp
;;   0x03c8: ret 10h
;;   0x03cb: ud2
;;   0x03cd: ud2
;; function 9 (i32_store16_imm):
;;   0x03d0: push rbp
;;   0x03d1: mov rbp, rsp
;;   0x03d4: mov r11, [r14]
;;   0x03d7: mov r11, [r11]
;;   0x03da: add r11, 30h
;;   0x03e1: cmp rsp, r11
;;   0x03e4: jb 427h
;;   0x03ea: sub rsp, 30h
;;   0x03f1: mov [rbp-8], r14
;;   0x03f5: mov [rbp-10h], rbx
;;   0x03f9: mov ebx, [rbp+10h]
;;   0x03fc: mov r15, [r14+18h]
;;   0x0400: mov r15, [r15]
;;   0x0403: mov r11, [r14+18h]
;;   0x0407: lea rax, [rbx+2]
;;   0x040b: cmp rax, [r11+8]
;;   0x040f: ja 429h
;;   0x0415: mov word ptr [r15+rbx], 0FFFEh
;;   0x041c: mov rbx, [rbp-10h]
;;   0x0420: mov rsp, rbp
;;   0x0423: pop rbp
;;   0x0424: ret 8
;;   0x0427: ud2
;;   0x0429: ud2
;; function 10 (i64_store_imm):
;;   0x0430: push rbp
;;   0x0431: mov rbp, rsp
;;   0x0434: mov r11, [r14]
;;   0x0437: mov r11, [r11]
;;   0x043a: add r11, 30h
;;   0x0441: cmp rsp, r11
;;   0x0444: jb 488h
;;   0x044a: sub rsp, 30h
;;   0x0451: mov [rbp-8], r14
;;   0x0455: mov [rbp-10h], rbx
;;   0x0459: mov ebx, [rbp+10h]
;;   0x045c: mov r15, [r14+18h]
;;   0x0460: mov r15, [r15]
;;   0x0463: mov r11, [r14+18h]
;;   0x0467: lea rax, [rbx+8]
;;   0x046b: cmp rax, [r11+8]
;;   0x046f: ja 48Ah
;;   0x0475: mov qword ptr [r15+rbx], 0FFFFFFFFFFFFFFFBh
;;   0x047d: mov rbx, [rbp-10h]
;;   0x0481: mov rsp, rbp
;;   0x0484: pop rbp
;;   0x0485: ret 8
;;   0x0488: ud2
;;   0x048a: ud2
;; function 11 (f32_store_const):
;;   0x0490: push rbp
;;   0x0491: mov rbp, rsp
;;   0x0494: mov r11, [r14]
;;   0x0497: mov r11, [r11]
;;   0x049a: add r11, 30h
;;   0x04a1: cmp rsp, r11
;;   0x04a4: jb 4F1h
;;   0x04aa: sub rsp, 30h
;;   0x04b1: mov [rbp-8], r14
;;   0x04b5: mov [rbp-10h], rbx
;;   0x04b9: mov ebx, [rbp+10h]
;;   0x04bc: mov r15, [r14+18h]
;;   0x04c0: mov r15, [r15]
;;   0x04c3: mov r11d, 3FC00000h
;;   0x04c9: movd xmm0, r11d
;;   0x04ce: mov r11, [r14+18h]
;;   0x04d2: lea rax, [rbx+4]
;;   0x04d6: cmp rax, [r11+8]
;;   0x04da: ja 4F3h
;;   0x04e0: movss [r15+rbx], xmm0
;;   0x04e6: mov rbx, [rbp-10h]
;;   0x04ea: mov rsp, rbp
;;   0x04ed: pop rbp
;;   0x04ee: ret 8
;;   0x04f1: ud2
;;   0x04f3: ud2
