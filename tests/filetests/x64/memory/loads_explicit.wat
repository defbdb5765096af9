;;! target = "x86_64"

;; Every load width at offset 0. With explicit checks every access compares index + size with the length.
(module
  (memory 1)
  (func (export "i32_load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "i32_load8_s") (param i32) (result i32) (i32.load8_s (local.get 0)))
  (func (export "i32_load8_u") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "i32_load16_s") (param i32) (result i32) (i32.load16_s (local.get 0)))
  (func (export "i32_load16_u") (param i32) (result i32) (i32.load16_u (local.get 0)))
  (func (export "i64_load") (param i32) (result i64) (i64.load (local.get 0)))
  (func (export "i64_load8_s") (param i32) (result i64) (i64.load8_s (local.get 0)))
  (func (export "i64_load8_u") (param i32) (result i64) (i64.load8_u (local.get 0)))
  (func (export "i64_load16_s") (param i32) (result i64) (i64.load16_s (local.get 0)))
  (func (export "i64_load16_u") (param i32) (result i64) (i64.load16_u (local.get 0)))
  (func (export "i64_load32_s") (param i32) (result i64) (i64.load32_s (local.get 0)))
  (func (export "i64_load32_u") (param i32) (result i64) (i64.load32_u (local.get 0)))
  (func (export "f32_load") (param i32) (result f32) (f32.load (local.get 0)))
  (func (export "f64_load") (param i32) (result f64) (f64.load (local.get 0))))
;; function 0 (i32_load):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Dh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, [rbp+10h]
;;   0x002f: mov r11, [r14+18h]
;;   0x0033: lea rcx, [rax+4]
;;   0x0037: cmp rcx, [r11+8]
;;   0x003b: ja 5Dh
;;   0x0041: add rax, r15
;;   0x0044: mov eax, [rax]
;;   0x0046: mov rsp, rbp
;;   0x0049: pop rbp
;;   0x004a: ret 8
;;   0x004d: mov r11, [r14]
;;   0x0050: mov eax, 0Ah
;;   0x0055: mov rsp, [r11+8]
;;   0x0059: jmp qword ptr [r11+10h]
;;   0x005d: mov r11, [r14]
;;   0x0060: mov eax, 5
;;   0x0065: mov rsp, [r11+8]
;;   0x0069: jmp qword ptr [r11+10h]
;; function 1 (i32_load8_s):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 10h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0BEh
;;   0x008a: sub rsp, 10h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov r15, [r14+18h]
;;   0x0099: mov r15, [r15]
;;   0x009c: mov eax, [rbp+10h]
;;   0x009f: mov r11, [r14+18h]
;;   0x00a3: lea rcx, [rax+1]
;;   0x00a7: cmp rcx, [r11+8]
;;   0x00ab: ja 0CEh
;;   0x00b1: add rax, r15
;;   0x00b4: movsx eax, byte ptr [rax]
;;   0x00b7: mov rsp, rbp
;;   0x00ba: pop rbp
;;   0x00bb: ret 8
;;   0x00be: mov r11, [r14]
;;   0x00c1: mov eax, 0Ah
;;   0x00c6: mov rsp, [r11+8]
;;   0x00ca: jmp qword ptr [r11+10h]
;;   0x00ce: mov r11, [r14]
;;   0x00d1: mov eax, 5
;;   0x00d6: mov rsp, [r11+8]
;;   0x00da: jmp qword ptr [r11+10h]
;; function 2 (i32_load8_u):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 10h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 12Eh
;;   0x00fa: sub rsp, 10h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov r15, [r14+18h]
;;   0x0109: mov r15, [r15]
;;   0x010c: mov eax, [rbp+10h]
;;   0x010f: mov r11, [r14+18h]
;;   0x0113: lea rcx, [rax+1]
;;   0x0117: cmp rcx, [r11+8]
;;   0x011b: ja 13Eh
;;   0x0121: add rax, r15
;;   0x0124: movzx eax, byte ptr [rax]
;;   0x0127: mov rsp, rbp
;;   0x012a: pop rbp
;;   0x012b: ret 8
;;   0x012e: mov r11, [r14]
;;   0x0131: mov eax, 0Ah
;;   0x0136: mov rsp, [r11+8]
;;   0x013a: jmp qword ptr [r11+10h]
;;   0x013e: mov r11, [r14]
;;   0x0141: mov eax, 5
;;   0x0146: mov rsp, [r11+8]
;;   0x014a: jmp qword ptr [r11+10h]
;; function 3 (i32_load16_s):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 10h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 19Eh
;;   0x016a: sub rsp, 10h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov r15, [r14+18h]
;;   0x0179: mov r15, [r15]
;;   0x017c: mov eax, [rbp+10h]
;;   0x017f: mov r11, [r14+18h]
;;   0x0183: lea rcx, [rax+2]
;;   0x0187: cmp rcx, [r11+8]
;;   0x018b: ja 1AEh
;;   0x0191: add rax, r15
;;   0x0194: movsx eax, word ptr [rax]
;;   0x0197: mov rsp, rbp
;;   0x019a: pop rbp
;;   0x019b: ret 8
;;   0x019e: mov r11, [r14]
;;   0x01a1: mov eax, 0Ah
;;   0x01a6: mov rsp, [r11+8]
;;   0x01aa: jmp qword ptr [r11+10h]
;;   0x01ae: mov r11, [r14]
;;   0x01b1: mov eax, 5
;;   0x01b6: mov rsp, [r11+8]
;;   0x01ba: jmp qword ptr [r11+10h]
;; function 4 (i32_load16_u):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 10h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 20Eh
;;   0x01da: sub rsp, 10h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov r15, [r14+18h]
;;   0x01e9: mov r15, [r15]
;;   0x01ec: mov eax, [rbp+10h]
;;   0x01ef: mov r11, [r14+18h]
;;   0x01f3: lea rcx, [rax+2]
;;   0x01f7: cmp rcx, [r11+8]
;;   0x01fb: ja 21Eh
;;   0x0201: add rax, r15
;;   0x0204: movzx eax, word ptr [rax]
;;   0x0207: mov rsp, rbp
;;   0x020a: pop rbp
;;   0x020b: ret 8
;;   0x020e: mov r11, [r14]
;;   0x0211: mov eax, 0Ah
;;   0x0216: mov rsp, [r11+8]
;;   0x021a: jmp qword ptr [r11+10h]
;;   0x021e: mov r11, [r14]
;;   0x0221: mov eax, 5
;;   0x0226: mov rsp, [r11+8]
;;   0x022a: jmp qword ptr [r11+10h]
;; function 5 (i64_load):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 10h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 27Eh
;;   0x024a: sub rsp, 10h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov r15, [r14+18h]
;;   0x0259: mov r15, [r15]
;;   0x025c: mov eax, [rbp+10h]
;;   0x025f: mov r11, [r14+18h]
;;   0x0263: lea rcx, [rax+8]
;;   0x0267: cmp rcx, [r11+8]
;;   0x026b: ja 28Eh
;;   0x0271: add rax, r15
;;   0x0274: mov rax, [rax]
;;   0x0277: mov rsp, rbp
;;   0x027a: pop rbp
;;   0x027b: ret 8
;;   0x027e: mov r11, [r14]
;;   0x0281: mov eax, 0Ah
;;   0x0286: mov rsp, [r11+8]
;;   0x028a: jmp qword ptr [r11+10h]
;;   0x028e: mov r11, [r14]
;;   0x0291: mov eax, 5
;;   0x0296: mov rsp, [r11+8]
;;   0x029a: jmp qword ptr [r11+10h]
;; function 6 (i64_load8_s):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 10h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 2EFh
;;   0x02ba: sub rsp, 10h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov r15, [r14+18h]
;;   0x02c9: mov r15, [r15]
;;   0x02cc: mov eax, [rbp+10h]
;;   0x02cf: mov r11, [r14+18h]
;;   0x02d3: lea rcx, [rax+1]
;;   0x02d7: cmp rcx, [r11+8]
;;   0x02db: ja 2FFh
;;   0x02e1: add rax, r15
;;   0x02e4: movsx rax, byte ptr [rax]
;;   0x02e8: mov rsp, rbp
;;   0x02eb: pop rbp
;;   0x02ec: ret 8
;;   0x02ef: mov r11, [r14]
;;   0x02f2: mov eax, 0Ah
;;   0x02f7: mov rsp, [r11+8]
;;   0x02fb: jmp qword ptr [r11+10h]
;;   0x02ff: mov r11, [r14]
;;   0x0302: mov eax, 5
;;   0x0307: mov rsp, [r11+8]
;;   0x030b: jmp qword ptr [r11+10h]
;; function 7 (i64_load8_u):
;;   0x0310: push rbp
;;   0x0311: mov rbp, rsp
;;   0x0314: mov r11, [r14]
;;   0x0317: mov r11, [r11]
;;   0x031a: add r11, 10h
;;   0x0321: cmp rsp, r11
;;   0x0324: jb 35Eh
;;   0x032a: sub rsp, 10h
;;   0x0331: mov [rbp-8], r14
;;   0x0335: mov r15, [r14+18h]
;;   0x0339: mov r15, [r15]
;;   0x033c: mov eax, [rbp+10h]
;;   0x033f: mov r11, [r14+18h]
;;   0x0343: lea rcx, [rax+1]
;;   0x0347: cmp rcx, [r11+8]
;;   0x034b: ja 36Eh
;;   0x0351: add rax, r15
;;   0x0354: movzx eax, byte ptr [rax]
;;   0x0357: mov rsp, rbp
;;   0x035a: pop rbp
;;   0x035b: ret 8
;;   0x035e: mov r11, [r14]
;;   0x0361: mov eax, 0Ah
;;   0x0366: mov rsp, [r11+8]
;;   0x036a: jmp qword ptr [r11+10h]
;;   0x036e: mov r11, [r14]
;;   0x0371: mov eax, 5
;;   0x0376: mov rsp, [r11+8]
;;   0x037a: jmp qword ptr [r11+10h]
;; function 8 (i64_load16_s):
;;   0x0380: push rbp
;;   0x0381: mov rbp, rsp
;;   0x0384: mov r11, [r14]
;;   0x0387: mov r11, [r11]
;;   0x038a: add r11, 10h
;;   0x0391: cmp rsp, r11
;;   0x0394: jb 3CFh
;;   0x039a: sub rsp, 10h
;;   0x03a1: mov [rbp-8], r14
;;   0x03a5: mov r15, [r14+18h]
;;   0x03a9: mov r15, [r15]
;;   0x03ac: mov eax, [rbp+10h]
;;   0x03af: mov r11, [r14+18h]
;;   0x03b3: lea rcx, [rax+2]
;;   0x03b7: cmp rcx, [r11+8]
;;   0x03bb: ja 3DFh
;;   0x03c1: add rax, r15
;;   0x03c4: movsx rax, word ptr [rax]
;;   0x03c8: mov rsp, rbp
;;   0x03cb: pop rbp
;;   0x03cc: ret 8
;;   0x03cf: mov r11, [r14]
;;   0x03d2: mov eax, 0Ah
;;   0x03d7: mov rsp, [r11+8]
;;   0x03db: jmp qword ptr [r11+10h]
;;   0x03df: mov r11, [r14]
;;   0x03e2: mov eax, 5
;;   0x03e7: mov rsp, [r11+8]
;;   0x03eb: jmp qword ptr [r11+10h]
;; function 9 (i64_load16_u):
;;   0x03f0: push rbp
;;   0x03f1: mov rbp, rsp
;;   0x03f4: mov r11, [r14]
;;   0x03f7: mov r11, [r11]
;;   0x03fa: add r11, 10h
;;   0x0401: cmp rsp, r11
;;   0x0404: jb 43Eh
;;   0x040a: sub rsp, 10h
;;   0x0411: mov [rbp-8], r14
;;   0x0415: mov r15, [r14+18h]
;;   0x0419: mov r15, [r15]
;;   0x041c: mov eax, [rbp+10h]
;;   0x041f: mov r11, [r14+18h]
;;   0x0423: lea rcx, [rax+2]
;;   0x0427: cmp rcx, [r11+8]
;;   0x042b: ja 44Eh
;;   0x0431: add rax, r15
;;   0x0434: movzx eax, word ptr [rax]
;;   0x0437: mov rsp, rbp
;;   0x043a: pop rbp
;;   0x043b: ret 8
;;   0x043e: mov r11, [r14]
;;   0x0441: mov eax, 0Ah
;;   0x0446: mov rsp, [r11+8]
;;   0x044a: jmp qword ptr [r11+10h]
;;   0x044e: mov r11, [r14]
;;   0x0451: mov eax, 5
;;   0x0456: mov rsp, [r11+8]
;;   0x045a: jmp qword ptr [r11+10h]
;; function 10 (i64_load32_s):
;;   0x0460: push rbp
;;   0x0461: mov rbp, rsp
;;   0x0464: mov r11, [r14]
;;   0x0467: mov r11, [r11]
;;   0x046a: add r11, 10h
;;   0x0471: cmp rsp, r11
;;   0x0474: jb 4AEh
;;   0x047a: sub rsp, 10h
;;   0x0481: mov [rbp-8], r14
;;   0x0485: mov r15, [r14+18h]
;;   0x0489: mov r15, [r15]
;;   0x048c: mov eax, [rbp+10h]
;;   0x048f: mov r11, [r14+18h]
;;   0x0493: lea rcx, [rax+4]
;;   0x0497: cmp rcx, [r11+8]
;;   0x049b: ja 4BEh
;;   0x04a1: add rax, r15
;;   0x04a4: movsxd rax, [rax]
;;   0x04a7: mov rsp, rbp
;;   0x04aa: pop rbp
;;   0x04ab: ret 8
;;   0x04ae: mov r11, [r14]
;;   0x04b1: mov eax, 0Ah
;;   0x04b6: mov rsp, [r11+8]
;;   0x04ba: jmp qword ptr [r11+10h]
;;   0x04be: mov r11, [r14]
;;   0x04c1: mov eax, 5
;;   0x04c6: mov rsp, [r11+8]
;;   0x04ca: jmp qword ptr [r11+10h]
;; function 11 (i64_load32_u):
;;   0x04d0: push rbp
;;   0x04d1: mov rbp, rsp
;;   0x04d4: mov r11, [r14]
;;   0x04d7: mov r11, [r11]
;;   0x04da: add r11, 10h
;;   0x04e1: cmp rsp, r11
;;   0x04e4: jb 51Dh
;;   0x04ea: sub rsp, 10h
;;   0x04f1: mov [rbp-8], r14
;;   0x04f5: mov r15, [r14+18h]
;;   0x04f9: mov r15, [r15]
;;   0x04fc: mov eax, [rbp+10h]
;;   0x04ff: mov r11, [r14+18h]
;;   0x0503: lea rcx, [rax+4]
;;   0x0507: cmp rcx, [r11+8]
;;   0x050b: ja 52Dh
;;   0x0511: add rax, r15
;;   0x0514: mov eax, [rax]
;;   0x0516: mov rsp, rbp
;;   0x0519: pop rbp
;;   0x051a: ret 8
;;   0x051d: mov r11, [r14]
;;   0x0520: mov eax, 0Ah
;;   0x0525: mov rsp, [r11+8]
;;   0x0529: jmp qword ptr [r11+10h]
;;   0x052d: mov r11, [r14]
;;   0x0530: mov eax, 5
;;   0x0535: mov rsp, [r11+8]
;;   0x0539: jmp qword ptr [r11+10h]
;; function 12 (f32_load):
;;   0x0540: push rbp
;;   0x0541: mov rbp, rsp
;;   0x0544: mov r11, [r14]
;;   0x0547: mov r11, [r11]
;;   0x054a: add r11, 10h
;;   0x0551: cmp rsp, r11
;;   0x0554: jb 58Fh
;;   0x055a: sub rsp, 10h
;;   0x0561: mov [rbp-8], r14
;;   0x0565: mov r15, [r14+18h]
;;   0x0569: mov r15, [r15]
;;   0x056c: mov eax, [rbp+10h]
;;   0x056f: mov r11, [r14+18h]
;;   0x0573: lea rcx, [rax+4]
;;   0x0577: cmp rcx, [r11+8]
;;   0x057b: ja 59Fh
;;   0x0581: add rax, r15
;;   0x0584: movss xmm0, [rax]
;;   0x0588: mov rsp, rbp
;;   0x058b: pop rbp
;;   0x058c: ret 8
;;   0x058f: mov r11, [r14]
;;   0x0592: mov eax, 0Ah
;;   0x0597: mov rsp, [r11+8]
;;   0x059b: jmp qword ptr [r11+10h]
;;   0x059f: mov r11, [r14]
;;   0x05a2: mov eax, 5
;;   0x05a7: mov rsp, [r11+8]
;;   0x05ab: jmp qword ptr [r11+10h]
;; function 13 (f64_load):
;;   0x05b0: push rbp
;;   0x05b1: mov rbp, rsp
;;   0x05b4: mov r11, [r14]
;;   0x05b7: mov r11, [r11]
;;   0x05ba: add r11, 10h
;;   0x05c1: cmp rsp, r11
;;   0x05c4: jb 5FFh
;;   0x05ca: sub rsp, 10h
;;   0x05d1: mov [rbp-8], r14
;;   0x05d5: mov r15, [r14+18h]
;;   0x05d9: mov r15, [r15]
;;   0x05dc: mov eax, [rbp+10h]
;;   0x05df: mov r11, [r14+18h]
;;   0x05e3: lea rcx, [rax+8]
;;   0x05e7: cmp rcx, [r11+8]
;;   0x05eb: ja 60Fh
;;   0x05f1: add rax, r15
;;   0x05f4: movsd xmm0, [rax]
;;   0x05f8: mov rsp, rbp
;;   0x05fb: pop rbp
;;   0x05fc: ret 8
;;   0x05ff: mov r11, [r14]
;;   0x0602: mov eax, 0Ah
;;   0x0607: mov rsp, [r11+8]
;;   0x060b: jmp qword ptr [r11+10h]
;;   0x060f: mov r11, [r14]
;;   0x0612: mov eax, 5
;;   0x0617: mov rsp, [r11+8]
;;   0x061b: jmp qword ptr [r11+10h]
