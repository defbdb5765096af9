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
;;   0x0014: jb 50h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, [rbp+18h]
;;   0x002f: mov ecx, [rbp+10h]
;;   0x0032: mov r11, [r14+18h]
;;   0x0036: lea rdx, [rcx+4]
;;   0x003a: cmp rdx, [r11+8]
;;   0x003e: ja 60h
;;   0x0044: add rcx, r15
;;   0x0047: mov [rcx], eax
;;   0x0049: mov rsp, rbp
;;   0x004c: pop rbp
;;   0x004d: ret 10h
;;   0x0050: mov r11, [r14]
;;   0x0053: mov eax, 0Ah
;;   0x0058: mov rsp, [r11+8]
;;   0x005c: jmp qword ptr [r11+10h]
;;   0x0060: mov r11, [r14]
;;   0x0063: mov eax, 5
;;   0x0068: mov rsp, [r11+8]
;;   0x006c: jmp qword ptr [r11+10h]
;; function 1 (i32_store8):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 20h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0C0h
;;   0x008a: sub rsp, 20h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov r15, [r14+18h]
;;   0x0099: mov r15, [r15]
;;   0x009c: mov eax, [rbp+18h]
;;   0x009f: mov ecx, [rbp+10h]
;;   0x00a2: mov r11, [r14+18h]
;;   0x00a6: lea rdx, [rcx+1]
;;   0x00aa: cmp rdx, [r11+8]
;;   0x00ae: ja 0D0h
;;   0x00b4: add rcx, r15
;;   0x00b7: mov [rcx], al
;;   0x00b9: mov rsp, rbp
;;   0x00bc: pop rbp
;;   0x00bd: ret 10h
;;   0x00c0: mov r11, [r14]
;;   0x00c3: mov eax, 0Ah
;;   0x00c8: mov rsp, [r11+8]
;;   0x00cc: jmp qword ptr [r11+10h]
;;   0x00d0: mov r11, [r14]
;;   0x00d3: mov eax, 5
;;   0x00d8: mov rsp, [r11+8]
;;   0x00dc: jmp qword ptr [r11+10h]
;; function 2 (i32_store16):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 20h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 131h
;;   0x00fa: sub rsp, 20h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov r15, [r14+18h]
;;   0x0109: mov r15, [r15]
;;   0x010c: mov eax, [rbp+18h]
;;   0x010f: mov ecx, [rbp+10h]
;;   0x0112: mov r11, [r14+18h]
;;   0x0116: lea rdx, [rcx+2]
;;   0x011a: cmp rdx, [r11+8]
;;   0x011e: ja 141h
;;   0x0124: add rcx, r15
;;   0x0127: mov [rcx], ax
;;   0x012a: mov rsp, rbp
;;   0x012d: pop rbp
;;   0x012e: ret 10h
;;   0x0131: mov r11, [r14]
;;   0x0134: mov eax, 0Ah
;;   0x0139: mov rsp, [r11+8]
;;   0x013d: jmp qword ptr [r11+10h]
;;   0x0141: mov r11, [r14]
;;   0x0144: mov eax, 5
;;   0x0149: mov rsp, [r11+8]
;;   0x014d: jmp qword ptr [r11+10h]
;; function 3 (i64_store):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 20h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1B2h
;;   0x017a: sub rsp, 20h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov r15, [r14+18h]
;;   0x0189: mov r15, [r15]
;;   0x018c: mov rax, [rbp+18h]
;;   0x0190: mov ecx, [rbp+10h]
;;   0x0193: mov r11, [r14+18h]
;;   0x0197: lea rdx, [rcx+8]
;;   0x019b: cmp rdx, [r11+8]
;;   0x019f: ja 1C2h
;;   0x01a5: add rcx, r15
;;   0x01a8: mov [rcx], rax
;;   0x01ab: mov rsp, rbp
;;   0x01ae: pop rbp
;;   0x01af: ret 10h
;;   0x01b2: mov r11, [r14]
;;   0x01b5: mov eax, 0Ah
;;   0x01ba: mov rsp, [r11+8]
;;   0x01be: jmp qword ptr [r11+10h]
;;   0x01c2: mov r11, [r14]
;;   0x01c5: mov eax, 5
;;   0x01ca: mov rsp, [r11+8]
;;   0x01ce: jmp qword ptr [r11+10h]
;; function 4 (i64_store8):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 20h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 231h
;;   0x01fa: sub rsp, 20h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov r15, [r14+18h]
;;   0x0209: mov r15, [r15]
;;   0x020c: mov rax, [rbp+18h]
;;   0x0210: mov ecx, [rbp+10h]
;;   0x0213: mov r11, [r14+18h]
;;   0x0217: lea rdx, [rcx+1]
;;   0x021b: cmp rdx, [r11+8]
;;   0x021f: ja 241h
;;   0x0225: add rcx, r15
;;   0x0228: mov [rcx], al
;;   0x022a: mov rsp, rbp
;;   0x022d: pop rbp
;;   0x022e: ret 10h
;;   0x0231: mov r11, [r14]
;;   0x0234: mov eax, 0Ah
;;   0x0239: mov rsp, [r11+8]
;;   0x023d: jmp qword ptr [r11+10h]
;;   0x0241: mov r11, [r14]
;;   0x0244: mov eax, 5
;;   0x0249: mov rsp, [r11+8]
;;   0x024d: jmp qword ptr [r11+10h]
;; function 5 (i64_store16):
;;   0x0260: push rbp
;;   0x0261: mov rbp, rsp
;;   0x0264: mov r11, [r14]
;;   0x0267: mov r11, [r11]
;;   0x026a: add r11, 20h
;;   0x0271: cmp rsp, r11
;;   0x0274: jb 2B2h
;;   0x027a: sub rsp, 20h
;;   0x0281: mov [rbp-8], r14
;;   0x0285: mov r15, [r14+18h]
;;   0x0289: mov r15, [r15]
;;   0x028c: mov rax, [rbp+18h]
;;   0x0290: mov ecx, [rbp+10h]
;;   0x0293: mov r11, [r14+18h]
;;   0x0297: lea rdx, [rcx+2]
;;   0x029b: cmp rdx, [r11+8]
;;   0x029f: ja 2C2h
;;   0x02a5: add rcx, r15
;;   0x02a8: mov [rcx], ax
;;   0x02ab: mov rsp, rbp
;;   0x02ae: pop rbp
;;   0x02af: ret 10h
;;   0x02b2: mov r11, [r14]
;;   0x02b5: mov eax, 0Ah
;;   0x02ba: mov rsp, [r11+8]
;;   0x02be: jmp qword ptr [r11+10h]
;;   0x02c2: mov r11, [r14]
;;   0x02c5: mov eax, 5
;;   0x02ca: mov rsp, [r11+8]
;;   0x02ce: jmp qword ptr [r11+10h]
;; function 6 (i64_store32):
;;   0x02e0: push rbp
;;   0x02e1: mov rbp, rsp
;;   0x02e4: mov r11, [r14]
;;   0x02e7: mov r11, [r11]
;;   0x02ea: add r11, 20h
;;   0x02f1: cmp rsp, r11
;;   0x02f4: jb 331h
;;   0x02fa: sub rsp, 20h
;;   0x0301: mov [rbp-8], r14
;;   0x0305: mov r15, [r14+18h]
;;   0x0309: mov r15, [r15]
;;   0x030c: mov rax, [rbp+18h]
;;   0x0310: mov ecx, [rbp+10h]
;;   0x0313: mov r11, [r14+18h]
;;   0x0317: lea rdx, [rcx+4]
;;   0x031b: cmp rdx, [r11+8]
;;   0x031f: ja 341h
;;   0x0325: add rcx, r15
;;   0x0328: mov [rcx], eax
;;   0x032a: mov rsp, rbp
;;   0x032d: pop rbp
;;   0x032e: ret 10h
;;   0x0331: mov r11, [r14]
;;   0x0334: mov eax, 0Ah
;;   0x0339: mov rsp, [r11+8]
;;   0x033d: jmp qword ptr [r11+10h]
;;   0x0341: mov r11, [r14]
;;   0x0344: mov eax, 5
;;   0x0349: mov rsp, [r11+8]
;;   0x034d: jmp qword ptr [r11+10h]
;; function 7 (f32_store):
;;   0x0360: push rbp
;;   0x0361: mov rbp, rsp
;;   0x0364: mov r11, [r14]
;;   0x0367: mov r11, [r11]
;;   0x036a: add r11, 20h
;;   0x0371: cmp rsp, r11
;;   0x0374: jb 3B4h
;;   0x037a: sub rsp, 20h
;;   0x0381: mov [rbp-8], r14
;;   0x0385: mov r15, [r14+18h]
;;   0x0389: mov r15, [r15]
;;   0x038c: movss xmm0, [rbp+18h]
;;   0x0391: mov eax, [rbp+10h]
;;   0x0394: mov r11, [r14+18h]
;;   0x0398: lea rcx, [rax+4]
;;   0x039c: cmp rcx, [r11+8]
;;   0x03a0: ja 3C4h
;;   0x03a6: add rax, r15
;;   0x03a9: movss [rax], xmm0
;;   0x03ad: mov rsp, rbp
;;   0x03b0: pop rbp
;;   0x03b1: ret 10h
;;   0x03b4: mov r11, [r14]
;;   0x03b7: mov eax, 0Ah
;;   0x03bc: mov rsp, [r11+8]
;;   0x03c0: jmp qword ptr [r11+10h]
;;   0x03c4: mov r11, [r14]
;;   0x03c7: mov eax, 5
;;   0x03cc: mov rsp, [r11+8]
;;   0x03d0: jmp qword ptr [r11+10h]
;; function 8 (f64_store):
;;   0x03e0: push rbp
;;   0x03e1: mov rbp, rsp
;;   0x03e4: mov r11, [r14]
;;   0x03e7: mov r11, [r11]
;;   0x03ea: add r11, 20h
;;   0x03f1: cmp rsp, r11
;;   0x03f4: jb 434h
;;   0x03fa: sub rsp, 20h
;;   0x0401: mov [rbp-8], r14
;;   0x0405: mov r15, [r14+18h]
;;   0x0409: mov r15, [r15]
;;   0x040c: movsd xmm0, [rbp+18h]
;;   0x0411: mov eax, [rbp+10h]
;;   0x0414: mov r11, [r14+18h]
;;   0x0418: lea rcx, [rax+8]
;;   0x041c: cmp rcx, [r11+8]
;;   0x0420: ja 444h
;;   0x0426: add rax, r15
;;   0x0429: movsd [rax], xmm0
;;   0x042d: mov rsp, rbp
;;   0x0430: pop rbp
;;   0x0431: ret 10h
;;   0x0434: mov r11, [r14]
;;   0x0437: mov eax, 0Ah
;;   0x043c: mov rsp, [r11+8]
;;   0x0440: jmp qword ptr [r11+10h]
;;   0x0444: mov r11, [r14]
;;   0x0447: mov eax, 5
;;   0x044c: mov rsp, [r11+8]
;;   0x0450: jmp qword ptr [r11+10h]
;; function 9 (i32_store16_imm):
;;   0x0460: push rbp
;;   0x0461: mov rbp, rsp
;;   0x0464: mov r11, [r14]
;;   0x0467: mov r11, [r11]
;;   0x046a: add r11, 20h
;;   0x0471: cmp rsp, r11
;;   0x0474: jb 4B0h
;;   0x047a: sub rsp, 20h
;;   0x0481: mov [rbp-8], r14
;;   0x0485: mov r15, [r14+18h]
;;   0x0489: mov r15, [r15]
;;   0x048c: mov eax, [rbp+10h]
;;   0x048f: mov r11, [r14+18h]
;;   0x0493: lea rcx, [rax+2]
;;   0x0497: cmp rcx, [r11+8]
;;   0x049b: ja 4C0h
;;   0x04a1: add rax, r15
;;   0x04a4: mov word ptr [rax], 0FFFEh
;;   0x04a9: mov rsp, rbp
;;   0x04ac: pop rbp
;;   0x04ad: ret 8
;;   0x04b0: mov r11, [r14]
;;   0x04b3: mov eax, 0Ah
;;   0x04b8: mov rsp, [r11+8]
;;   0x04bc: jmp qword ptr [r11+10h]
;;   0x04c0: mov r11, [r14]
;;   0x04c3: mov eax, 5
;;   0x04c8: mov rsp, [r11+8]
;;   0x04cc: jmp qword ptr [r11+10h]
;; function 10 (i64_store_imm):
;;   0x04d0: push rbp
;;   0x04d1: mov rbp, rsp
;;   0x04d4: mov r11, [r14]
;;   0x04d7: mov r11, [r11]
;;   0x04da: add r11, 20h
;;   0x04e1: cmp rsp, r11
;;   0x04e4: jb 522h
;;   0x04ea: sub rsp, 20h
;;   0x04f1: mov [rbp-8], r14
;;   0x04f5: mov r15, [r14+18h]
;;   0x04f9: mov r15, [r15]
;;   0x04fc: mov eax, [rbp+10h]
;;   0x04ff: mov r11, [r14+18h]
;;   0x0503: lea rcx, [rax+8]
;;   0x0507: cmp rcx, [r11+8]
;;   0x050b: ja 532h
;;   0x0511: add rax, r15
;;   0x0514: mov qword ptr [rax], 0FFFFFFFFFFFFFFFBh
;;   0x051b: mov rsp, rbp
;;   0x051e: pop rbp
;;   0x051f: ret 8
;;   0x0522: mov r11, [r14]
;;   0x0525: mov eax, 0Ah
;;   0x052a: mov rsp, [r11+8]
;;   0x052e: jmp qword ptr [r11+10h]
;;   0x0532: mov r11, [r14]
;;   0x0535: mov eax, 5
;;   0x053a: mov rsp, [r11+8]
;;   0x053e: jmp qword ptr [r11+10h]
;; function 11 (f32_store_const):
;;   0x0550: push rbp
;;   0x0551: mov rbp, rsp
;;   0x0554: mov r11, [r14]
;;   0x0557: mov r11, [r11]
;;   0x055a: add r11, 20h
;;   0x0561: cmp rsp, r11
;;   0x0564: jb 5AAh
;;   0x056a: sub rsp, 20h
;;   0x0571: mov [rbp-8], r14
;;   0x0575: mov r15, [r14+18h]
;;   0x0579: mov r15, [r15]
;;   0x057c: mov r11d, 3FC00000h
;;   0x0582: movd xmm0, r11d
;;   0x0587: mov eax, [rbp+10h]
;;   0x058a: mov r11, [r14+18h]
;;   0x058e: lea rcx, [rax+4]
;;   0x0592: cmp rcx, [r11+8]
;;   0x0596: ja 5BAh
;;   0x059c: add rax, r15
;;   0x059f: movss [rax], xmm0
;;   0x05a3: mov rsp, rbp
;;   0x05a6: pop rbp
;;   0x05a7: ret 8
;;   0x05aa: mov r11, [r14]
;;   0x05ad: mov eax, 0Ah
;;   0x05b2: mov rsp, [r11+8]
;;   0x05b6: jmp qword ptr [r11+10h]
;;   0x05ba: mov r11, [r14]
;;   0x05bd: mov eax, 5
;;   0x05c2: mov rsp, [r11+8]
;;   0x05c6: jmp qword ptr [r11+10h]
