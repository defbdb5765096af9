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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 54h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov r11, [r14+18h]
;;   0x0037: lea rax, [rbx+4]
;;   0x003b: cmp rax, [r11+8]
;;   0x003f: ja 56h
;;   0x0045: mov eax, [r15+rbx]
;;   0x0049: mov rbx, [rbp-10h]
;;   0x004d: mov rsp, rbp
;;   0x0050: pop rbp
;;   0x0051: ret 8
;;   0x0054: ud2
;;   0x0056: ud2
;; function 1 (i32_load8_s):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0B5h
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov ebx, [rbp+10h]
;;   0x008c: mov r15, [r14+18h]
;;   0x0090: mov r15, [r15]
;;   0x0093: mov r11, [r14+18h]
;;   0x0097: lea rax, [rbx+1]
;;   0x009b: cmp rax, [r11+8]
;;   0x009f: ja 0B7h
;;   0x00a5: movsx eax, byte ptr [r15+rbx]
;;   0x00aa: mov rbx, [rbp-10h]
;;   0x00ae: mov rsp, rbp
;;   0x00b1: pop rbp
;;   0x00b2: ret 8
;;   0x00b5: ud2
;;   0x00b7: ud2
;; function 2 (i32_load8_u):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 115h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov ebx, [rbp+10h]
;;   0x00ec: mov r15, [r14+18h]
;;   0x00f0: mov r15, [r15]
;;   0x00f3: mov r11, [r14+18h]
;;   0x00f7: lea rax, [rbx+1]
;;   0x00fb: cmp rax, [r11+8]
;;   0x00ff: ja 117h
;;   0x0105: movzx eax, byte ptr [r15+rbx]
;;   0x010a: mov rbx, [rbp-10h]
;;   0x010e: mov rsp, rbp
;;   0x0111: pop rbp
;;   0x0112: ret 8
;;   0x0115: ud2
;;   0x0117: ud2
;; function 3 (i32_load16_s):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 30h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 175h
;;   0x013a: sub rsp, 30h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov [rbp-10h], rbx
;;   0x0149: mov ebx, [rbp+10h]
;;   0x014c: mov r15, [r14+18h]
;;   0x0150: mov r15, [r15]
;;   0x0153: mov r11, [r14+18h]
;;   0x0157: lea rax, [rbx+2]
;;   0x015b: cmp rax, [r11+8]
;;   0x015f: ja 177h
;;   0x0165: movsx eax, word ptr [r15+rbx]
;;   0x016a: mov rbx, [rbp-10h]
;;   0x016e: mov rsp, rbp
;;   0x0171: pop rbp
;;   0x0172: ret 8
;;   0x0175: ud2
;;   0x0177: ud2
;; function 4 (i32_load16_u):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 30h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1D5h
;;   0x019a: sub rsp, 30h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov [rbp-10h], rbx
;;   0x01a9: mov ebx, [rbp+10h]
;;   0x01ac: mov r15, [r14+18h]
;;   0x01b0: mov r15, [r15]
;;   0x01b3: mov r11, [r14+18h]
;;   0x01b7: lea rax, [rbx+2]
;;   0x01bb: cmp rax, [r11+8]
;;   0x01bf: ja 1D7h
;;   0x01c5: movzx eax, word ptr [r15+rbx]
;;   0x01ca: mov rbx, [rbp-10h]
;;   0x01ce: mov rsp, rbp
;;   0x01d1: pop rbp
;;   0x01d2: ret 8
;;   0x01d5: ud2
;;   0x01d7: ud2
;; function 5 (i64_load):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 30h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 234h
;;   0x01fa: sub rsp, 30h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov [rbp-10h], rbx
;;   0x0209: mov ebx, [rbp+10h]
;;   0x020c: mov r15, [r14+18h]
;;   0x0210: mov r15, [r15]
;;   0x0213: mov r11, [r14+18h]
;;   0x0217: lea rax, [rbx+8]
;;   0x021b: cmp rax, [r11+8]
;;   0x021f: ja 236h
;;   0x0225: mov rax, [r15+rbx]
;;   0x0229: mov rbx, [rbp-10h]
;;   0x022d: mov rsp, rbp
;;   0x0230: pop rbp
;;   0x0231: ret 8
;;   0x0234: ud2
;;   0x0236: ud2
;; function 6 (i64_load8_s):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 30h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 295h
;;   0x025a: sub rsp, 30h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov [rbp-10h], rbx
;;   0x0269: mov ebx, [rbp+10h]
;;   0x026c: mov r15, [r14+18h]
;;   0x0270: mov r15, [r15]
;;   0x0273: mov r11, [r14+18h]
;;   0x0277: lea rax, [rbx+1]
;;   0x027b: cmp rax, [r11+8]
;;   0x027f: ja 297h
;;   0x0285: movsx rax, byte ptr [r15+rbx]
;;   0x028a: mov rbx, [rbp-10h]
;;   0x028e: mov rsp, rbp
;;   0x0291: pop rbp
;;   0x0292: ret 8
;;   0x0295: ud2
;;   0x0297: ud2
;; function 7 (i64_load8_u):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 30h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 2F5h
;;   0x02ba: sub rsp, 30h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov [rbp-10h], rbx
;;   0x02c9: mov ebx, [rbp+10h]
;;   0x02cc: mov r15, [r14+18h]
;;   0x02d0: mov r15, [r15]
;;   0x02d3: mov r11, [r14+18h]
;;   0x02d7: lea rax, [rbx+1]
;;   0x02db: cmp rax, [r11+8]
;;   0x02df: ja 2F7h
;;   0x02e5: movzx eax, byte ptr [r15+rbx]
;;   0x02ea: mov rbx, [rbp-10h]
;;   0x02ee: mov rsp, rbp
;;   0x02f1: pop rbp
;;   0x02f2: ret 8
;;   0x02f5: ud2
;;   0x02f7: ud2
;; function 8 (i64_load16_s):
;;   0x0300: push rbp
;;   0x0301: mov rbp, rsp
;;   0x0304: mov r11, [r14]
;;   0x0307: mov r11, [r11]
;;   0x030a: add r11, 30h
;;   0x0311: cmp rsp, r11
;;   0x0314: jb 355h
;;   0x031a: sub rsp, 30h
;;   0x0321: mov [rbp-8], r14
;;   0x0325: mov [rbp-10h], rbx
;;   0x0329: mov ebx, [rbp+10h]
;;   0x032c: mov r15, [r14+18h]
;;   0x0330: mov r15, [r15]
;;   0x0333: mov r11, [r14+18h]
;;   0x0337: lea rax, [rbx+2]
;;   0x033b: cmp rax, [r11+8]
;;   0x033f: ja 357h
;;   0x0345: movsx rax, word ptr [r15+rbx]
;;   0x034a: mov rbx, [rbp-10h]
;;   0x034e: mov rsp, rbp
;;   0x0351: pop rbp
;;   0x0352: ret 8
;;   0x0355: ud2
;;   0x0357: ud2
;; function 9 (i64_load16_u):
;;   0x0360: push rbp
;;   0x0361: mov rbp, rsp
;;   0x0364: mov r11, [r14]
;;   0x0367: mov r11, [r11]
;;   0x036a: add r11, 30h
;;   0x0371: cmp rsp, r11
;;   0x0374: jb 3B5h
;;   0x037a: sub rsp, 30h
;;   0x0381: mov [rbp-8], r14
;;   0x0385: mov [rbp-10h], rbx
;;   0x0389: mov ebx, [rbp+10h]
;;   0x038c: mov r15, [r14+18h]
;;   0x0390: mov r15, [r15]
;;   0x0393: mov r11, [r14+18h]
;;   0x0397: lea rax, [rbx+2]
;;   0x039b: cmp rax, [r11+8]
;;   0x039f: ja 3B7h
;;   0x03a5: movzx eax, word ptr [r15+rbx]
;;   0x03aa: mov rbx, [rbp-10h]
;;   0x03ae: mov rsp, rbp
;;   0x03b1: pop rbp
;;   0x03b2: ret 8
;;   0x03b5: ud2
;;   0x03b7: ud2
;; function 10 (i64_load32_s):
;;   0x03c0: push rbp
;;   0x03c1: mov rbp, rsp
;;   0x03c4: mov r11, [r14]
;;   0x03c7: mov r11, [r11]
;;   0x03ca: add r11, 30h
;;   0x03d1: cmp rsp, r11
;;   0x03d4: jb 414h
;;   0x03da: sub rsp, 30h
;;   0x03e1: mov [rbp-8], r14
;;   0x03e5: mov [rbp-10h], rbx
;;   0x03e9: mov ebx, [rbp+10h]
;;   0x03ec: mov r15, [r14+18h]
;;   0x03f0: mov r15, [r15]
;;   0x03f3: mov r11, [r14+18h]
;;   0x03f7: lea rax, [rbx+4]
;;   0x03fb: cmp rax, [r11+8]
;;   0x03ff: ja 416h
;;   0x0405: movsxd rax, [r15+rbx]
;;   0x0409: mov rbx, [rbp-10h]
;;   0x040d: mov rsp, rbp
;;   0x0410: pop rbp
;;   0x0411: ret 8
;;   0x0414: ud2
;;   0x0416: ud2
;; function 11 (i64_load32_u):
;;   0x0420: push rbp
;;   0x0421: mov rbp, rsp
;;   0x0424: mov r11, [r14]
;;   0x0427: mov r11, [r11]
;;   0x042a: add r11, 30h
;;   0x0431: cmp rsp, r11
;;   0x0434: jb 474h
;;   0x043a: sub rsp, 30h
;;   0x0441: mov [rbp-8], r14
;;   0x0445: mov [rbp-10h], rbx
;;   0x0449: mov ebx, [rbp+10h]
;;   0x044c: mov r15, [r14+18h]
;;   0x0450: mov r15, [r15]
;;   0x0453: mov r11, [r14+18h]
;;   0x0457: lea rax, [rbx+4]
;;   0x045b: cmp rax, [r11+8]
;;   0x045f: ja 476h
;;   0x0465: mov eax, [r15+rbx]
;;   0x0469: mov rbx, [rbp-10h]
;;   0x046d: mov rsp, rbp
;;   0x0470: pop rbp
;;   0x0471: ret 8
;;   0x0474: ud2
;;   0x0476: ud2
;; function 12 (f32_load):
;;   0x0480: push rbp
;;   0x0481: mov rbp, rsp
;;   0x0484: mov r11, [r14]
;;   0x0487: mov r11, [r11]
;;   0x048a: add r11, 30h
;;   0x0491: cmp rsp, r11
;;   0x0494: jb 4D6h
;;   0x049a: sub rsp, 30h
;;   0x04a1: mov [rbp-8], r14
;;   0x04a5: mov [rbp-10h], rbx
;;   0x04a9: mov ebx, [rbp+10h]
;;   0x04ac: mov r15, [r14+18h]
;;   0x04b0: mov r15, [r15]
;;   0x04b3: mov r11, [r14+18h]
;;   0x04b7: lea rax, [rbx+4]
;;   0x04bb: cmp rax, [r11+8]
;;   0x04bf: ja 4D8h
;;   0x04c5: movss xmm0, [r15+rbx]
;;   0x04cb: mov rbx, [rbp-10h]
;;   0x04cf: mov rsp, rbp
;;   0x04d2: pop rbp
;;   0x04d3: ret 8
;;   0x04d6: ud2
;;   0x04d8: ud2
;; function 13 (f64_load):
;;   0x04e0: push rbp
;;   0x04e1: mov rbp, rsp
;;   0x04e4: mov r11, [r14]
;;   0x04e7: mov r11, [r11]
;;   0x04ea: add r11, 30h
;;   0x04f1: cmp rsp, r11
;;   0x04f4: jb 536h
;;   0x04fa: sub rsp, 30h
;;   0x0501: mov [rbp-8], r14
;;   0x0505: mov [rbp-10h], rbx
;;   0x0509: mov ebx, [rbp+10h]
;;   0x050c: mov r15, [r14+18h]
;;   0x0510: mov r15, [r15]
;;   0x0513: mov r11, [r14+18h]
;;   0x0517: lea rax, [rbx+8]
;;   0x051b: cmp rax, [r11+8]
;;   0x051f: ja 538h
;;   0x0525: movsd xmm0, [r15+rbx]
;;   0x052b: mov rbx, [rbp-10h]
;;   0x052f: mov rsp, rbp
;;   0x0532: pop rbp
;;   0x0533: ret 8
;;   0x0536: ud2
;;   0x0538: ud2
