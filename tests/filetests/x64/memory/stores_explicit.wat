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
;;   0x0014: jb 66h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov r15, [r14+18h]
;;   0x0038: mov r15, [r15]
;;   0x003b: mov eax, r12d
;;   0x003e: mov ecx, ebx
;;   0x0040: mov r11, [r14+18h]
;;   0x0044: lea rdx, [rcx+4]
;;   0x0048: cmp rdx, [r11+8]
;;   0x004c: ja 68h
;;   0x0052: add rcx, r15
;;   0x0055: mov [rcx], eax
;;   0x0057: mov rbx, [rbp-10h]
;;   0x005b: mov r12, [rbp-18h]
;;   0x005f: mov rsp, rbp
;;   0x0062: pop rbp
;;   0x0063: ret 10h
;;   0x0066: ud2
;;   0x0068: ud2
;; function 1 (i32_store8):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0D6h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov [rbp-18h], r12
;;   0x009d: mov ebx, [rbp+10h]
;;   0x00a0: mov r12d, [rbp+18h]
;;   0x00a4: mov r15, [r14+18h]
;;   0x00a8: mov r15, [r15]
;;   0x00ab: mov eax, r12d
;;   0x00ae: mov ecx, ebx
;;   0x00b0: mov r11, [r14+18h]
;;   0x00b4: lea rdx, [rcx+1]
;;   0x00b8: cmp rdx, [r11+8]
;;   0x00bc: ja 0D8h
;;   0x00c2: add rcx, r15
;;   0x00c5: mov [rcx], al
;;   0x00c7: mov rbx, [rbp-10h]
;;   0x00cb: mov r12, [rbp-18h]
;;   0x00cf: mov rsp, rbp
;;   0x00d2: pop rbp
;;   0x00d3: ret 10h
;;   0x00d6: ud2
;;   0x00d8: ud2
;; function 2 (i32_store16):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 147h
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov [rbp-18h], r12
;;   0x010d: mov ebx, [rbp+10h]
;;   0x0110: mov r12d, [rbp+18h]
;;   0x0114: mov r15, [r14+18h]
;;   0x0118: mov r15, [r15]
;;   0x011b: mov eax, r12d
;;   0x011e: mov ecx, ebx
;;   0x0120: mov r11, [r14+18h]
;;   0x0124: lea rdx, [rcx+2]
;;   0x0128: cmp rdx, [r11+8]
;;   0x012c: ja 149h
;;   0x0132: add rcx, r15
;;   0x0135: mov [rcx], ax
;;   0x0138: mov rbx, [rbp-10h]
;;   0x013c: mov r12, [rbp-18h]
;;   0x0140: mov rsp, rbp
;;   0x0143: pop rbp
;;   0x0144: ret 10h
;;   0x0147: ud2
;;   0x0149: ud2
;; function 3 (i64_store):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1B7h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov [rbp-18h], r12
;;   0x017d: mov ebx, [rbp+10h]
;;   0x0180: mov r12, [rbp+18h]
;;   0x0184: mov r15, [r14+18h]
;;   0x0188: mov r15, [r15]
;;   0x018b: mov rax, r12
;;   0x018e: mov ecx, ebx
;;   0x0190: mov r11, [r14+18h]
;;   0x0194: lea rdx, [rcx+8]
;;   0x0198: cmp rdx, [r11+8]
;;   0x019c: ja 1B9h
;;   0x01a2: add rcx, r15
;;   0x01a5: mov [rcx], rax
;;   0x01a8: mov rbx, [rbp-10h]
;;   0x01ac: mov r12, [rbp-18h]
;;   0x01b0: mov rsp, rbp
;;   0x01b3: pop rbp
;;   0x01b4: ret 10h
;;   0x01b7: ud2
;;   0x01b9: ud2
;; function 4 (i64_store8):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 30h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 226h
;;   0x01da: sub rsp, 30h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov [rbp-10h], rbx
;;   0x01e9: mov [rbp-18h], r12
;;   0x01ed: mov ebx, [rbp+10h]
;;   0x01f0: mov r12, [rbp+18h]
;;   0x01f4: mov r15, [r14+18h]
;;   0x01f8: mov r15, [r15]
;;   0x01fb: mov rax, r12
;;   0x01fe: mov ecx, ebx
;;   0x0200: mov r11, [r14+18h]
;;   0x0204: lea rdx, [rcx+1]
;;   0x0208: cmp rdx, [r11+8]
;;   0x020c: ja 228h
;;   0x0212: add rcx, r15
;;   0x0215: mov [rcx], al
;;   0x0217: mov rbx, [rbp-10h]
;;   0x021b: mov r12, [rbp-18h]
;;   0x021f: mov rsp, rbp
;;   0x0222: pop rbp
;;   0x0223: ret 10h
;;   0x0226: ud2
;;   0x0228: ud2
;; function 5 (i64_store16):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 30h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 297h
;;   0x024a: sub rsp, 30h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov [rbp-10h], rbx
;;   0x0259: mov [rbp-18h], r12
;;   0x025d: mov ebx, [rbp+10h]
;;   0x0260: mov r12, [rbp+18h]
;;   0x0264: mov r15, [r14+18h]
;;   0x0268: mov r15, [r15]
;;   0x026b: mov rax, r12
;;   0x026e: mov ecx, ebx
;;   0x0270: mov r11, [r14+18h]
;;   0x0274: lea rdx, [rcx+2]
;;   0x0278: cmp rdx, [r11+8]
;;   0x027c: ja 299h
;;   0x0282: add rcx, r15
;;   0x0285: mov [rcx], ax
;;   0x0288: mov rbx, [rbp-10h]
;;   0x028c: mov r12, [rbp-18h]
;;   0x0290: mov rsp, rbp
;;   0x0293: pop rbp
;;   0x0294: ret 10h
;;   0x0297: ud2
;;   0x0299: ud2
;; function 6 (i64_store32):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 30h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 306h
;;   0x02ba: sub rsp, 30h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov [rbp-10h], rbx
;;   0x02c9: mov [rbp-18h], r12
;;   0x02cd: mov ebx, [rbp+10h]
;;   0x02d0: mov r12, [rbp+18h]
;;   0x02d4: mov r15, [r14+18h]
;;   0x02d8: mov r15, [r15]
;;   0x02db: mov rax, r12
;;   0x02de: mov ecx, ebx
;;   0x02e0: mov r11, [r14+18h]
;;   0x02e4: lea rdx, [rcx+4]
;;   0x02e8: cmp rdx, [r11+8]
;;   0x02ec: ja 308h
;;   0x02f2: add rcx, r15
;;   0x02f5: mov [rcx], eax
;;   0x02f7: mov rbx, [rbp-10h]
;;   0x02fb: mov r12, [rbp-18h]
;;   0x02ff: mov rsp, rbp
;;   0x0302: pop rbp
;;   0x0303: ret 10h
;;   0x0306: ud2
;;   0x0308: ud2
;; function 7 (f32_store):
;;   0x0310: push rbp
;;   0x0311: mov rbp, rsp
;;   0x0314: mov r11, [r14]
;;   0x0317: mov r11, [r11]
;;   0x031a: add r11, 30h
;;   0x0321: cmp rsp, r11
;;   0x0324: jb 36Eh
;;   0x032a: sub rsp, 30h
;;   0x0331: mov [rbp-8], r14
;;   0x0335: mov [rbp-10h], rbx
;;   0x0339: mov ebx, [rbp+10h]
;;   0x033c: mov r15, [r14+18h]
;;   0x0340: mov r15, [r15]
;;   0x0343: movss xmm0, [rbp+18h]
;;   0x0348: mov eax, ebx
;;   0x034a: mov r11, [r14+18h]
;;   0x034e: lea rcx, [rax+4]
;;   0x0352: cmp rcx, [r11+8]
;;   0x0356: ja 370h
;;   0x035c: add rax, r15
;;   0x035f: movss [rax], xmm0
;;   0x0363: mov rbx, [rbp-10h]
;;   0x0367: mov rsp, rbp
;;   0x036a: pop rbp
;;   0x036b: ret 10h
;;   0x036e: ud2
;;   0x0370: ud2
;; function 8 (f64_store):
;;   0x0380: push rbp
;;   0x0381: mov rbp, rsp
;;   0x0384: mov r11, [r14]
;;   0x0387: mov r11, [r11]
;;   0x038a: add r11, 30h
;;   0x0391: cmp rsp, r11
;;   0x0394: jb 3DEh
;;   0x039a: sub rsp, 30h
;;   0x03a1: mov [rbp-8], r14
;;   0x03a5: mov [rbp-10h], rbx
;;   0x03a9: mov ebx, [rbp+10h]
;;   0x03ac: mov r15, [r14+18h]
;;   0x03b0: mov r15, [r15]
;;   0x03b3: movsd xmm0, [rbp+18h]
;;   0x03b8: mov eax, ebx
;;   0x03ba: mov r11, [r14+18h]
;;   0x03be: lea rcx, [rax+8]
;;   0x03c2: cmp rcx, [r11+8]
;;   0x03c6: ja 3E0h
;;   0x03cc: add rax, r15
;;   0x03cf: movsd [rax], xmm0
;;   0x03d3: mov rbx, [rbp-10h]
;;   0x03d7: mov rsp, rbp
;;   0x03da: pop rbp
;;   0x03db: ret 10h
;;   0x03de: ud2
;;   0x03e0: ud2
;; function 9 (i32_store16_imm):
;;   0x03f0: push rbp
;;   0x03f1: mov rbp, rsp
;;   0x03f4: mov r11, [r14]
;;   0x03f7: mov r11, [r11]
;;   0x03fa: add r11, 30h
;;   0x0401: cmp rsp, r11
;;   0x0404: jb 44Ah
;;   0x040a: sub rsp, 30h
;;   0x0411: mov [rbp-8], r14
;;   0x0415: mov [rbp-10h], rbx
;;   0x0419: mov ebx, [rbp+10h]
;;   0x041c: mov r15, [r14+18h]
;;   0x0420: mov r15, [r15]
;;   0x0423: mov eax, ebx
;;   0x0425: mov r11, [r14+18h]
;;   0x0429: lea rcx, [rax+2]
;;   0x042d: cmp rcx, [r11+8]
;;   0x0431: ja 44Ch
;;   0x0437: add rax, r15
;;   0x043a: mov word ptr [rax], 0FFFEh
;;   0x043f: mov rbx, [rbp-10h]
;;   0x0443: mov rsp, rbp
;;   0x0446: pop rbp
;;   0x0447: ret 8
;;   0x044a: ud2
;;   0x044c: ud2
;; function 10 (i64_store_imm):
;;   0x0450: push rbp
;;   0x0451: mov rbp, rsp
;;   0x0454: mov r11, [r14]
;;   0x0457: mov r11, [r11]
;;   0x045a: add r11, 30h
;;   0x0461: cmp rsp, r11
;;   0x0464: jb 4ACh
;;   0x046a: sub rsp, 30h
;;   0x0471: mov [rbp-8], r14
;;   0x0475: mov [rbp-10h], rbx
;;   0x0479: mov ebx, [rbp+10h]
;;   0x047c: mov r15, [r14+18h]
;;   0x0480: mov r15, [r15]
;;   0x0483: mov eax, ebx
;;   0x0485: mov r11, [r14+18h]
;;   0x0489: lea rcx, [rax+8]
;;   0x048d: cmp rcx, [r11+8]
;;   0x0491: ja 4AEh
;;   0x0497: add rax, r15
;;   0x049a: mov qword ptr [rax], 0FFFFFFFFFFFFFFFBh
;;   0x04a1: mov rbx, [rbp-10h]
;;   0x04a5: mov rsp, rbp
;;   0x04a8: pop rbp
;;   0x04a9: ret 8
;;   0x04ac: ud2
;;   0x04ae: ud2
;; function 11 (f32_store_const):
;;   0x04b0: push rbp
;;   0x04b1: mov rbp, rsp
;;   0x04b4: mov r11, [r14]
;;   0x04b7: mov r11, [r11]
;;   0x04ba: add r11, 30h
;;   0x04c1: cmp rsp, r11
;;   0x04c4: jb 514h
;;   0x04ca: sub rsp, 30h
;;   0x04d1: mov [rbp-8], r14
;;   0x04d5: mov [rbp-10h], rbx
;;   0x04d9: mov ebx, [rbp+10h]
;;   0x04dc: mov r15, [r14+18h]
;;   0x04e0: mov r15, [r15]
;;   0x04e3: mov r11d, 3FC00000h
;;   0x04e9: movd xmm0, r11d
;;   0x04ee: mov eax, ebx
;;   0x04f0: mov r11, [r14+18h]
;;   0x04f4: lea rcx, [rax+4]
;;   0x04f8: cmp rcx, [r11+8]
;;   0x04fc: ja 516h
;;   0x0502: add rax, r15
;;   0x0505: movss [rax], xmm0
;;   0x0509: mov rbx, [rbp-10h]
;;   0x050d: mov rsp, rbp
;;   0x0510: pop rbp
;;   0x0511: ret 8
;;   0x0514: ud2
;;   0x0516: ud2
