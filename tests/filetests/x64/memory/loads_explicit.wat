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
;;   0x0014: jb 57h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov eax, ebx
;;   0x0035: mov r11, [r14+18h]
;;   0x0039: lea rcx, [rax+4]
;;   0x003d: cmp rcx, [r11+8]
;;   0x0041: ja 59h
;;   0x0047: add rax, r15
;;   0x004a: mov eax, [rax]
;;   0x004c: mov rbx, [rbp-10h]
;;   0x0050: mov rsp, rbp
;;   0x0053: pop rbp
;;   0x0054: ret 8
;;   0x0057: ud2
;;   0x0059: ud2
;; function 1 (i32_load8_s):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0B8h
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov ebx, [rbp+10h]
;;   0x008c: mov r15, [r14+18h]
;;   0x0090: mov r15, [r15]
;;   0x0093: mov eax, ebx
;;   0x0095: mov r11, [r14+18h]
;;   0x0099: lea rcx, [rax+1]
;;   0x009d: cmp rcx, [r11+8]
;;   0x00a1: ja 0BAh
;;   0x00a7: add rax, r15
;;   0x00aa: movsx eax, byte ptr [rax]
;;   0x00ad: mov rbx, [rbp-10h]
;;   0x00b1: mov rsp, rbp
;;   0x00b4: pop rbp
;;   0x00b5: ret 8
;;   0x00b8: ud2
;;   0x00ba: ud2
;; function 2 (i32_load8_u):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 118h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov ebx, [rbp+10h]
;;   0x00ec: mov r15, [r14+18h]
;;   0x00f0: mov r15, [r15]
;;   0x00f3: mov eax, ebx
;;   0x00f5: mov r11, [r14+18h]
;;   0x00f9: lea rcx, [rax+1]
;;   0x00fd: cmp rcx, [r11+8]
;;   0x0101: ja 11Ah
;;   0x0107: add rax, r15
;;   0x010a: movzx eax, byte ptr [rax]
;;   0x010d: mov rbx, [rbp-10h]
;;   0x0111: mov rsp, rbp
;;   0x0114: pop rbp
;;   0x0115: ret 8
;;   0x0118: ud2
;;   0x011a: ud2
;; function 3 (i32_load16_s):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 30h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 178h
;;   0x013a: sub rsp, 30h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov [rbp-10h], rbx
;;   0x0149: mov ebx, [rbp+10h]
;;   0x014c: mov r15, [r14+18h]
;;   0x0150: mov r15, [r15]
;;   0x0153: mov eax, ebx
;;   0x0155: mov r11, [r14+18h]
;;   0x0159: lea rcx, [rax+2]
;;   0x015d: cmp rcx, [r11+8]
;;   0x0161: ja 17Ah
;;   0x0167: add rax, r15
;;   0x016a: movsx eax, word ptr [rax]
;;   0x016d: mov rbx, [rbp-10h]
;;   0x0171: mov rsp, rbp
;;   0x0174: pop rbp
;;   0x0175: ret 8
;;   0x0178: ud2
;;   0x017a: ud2
;; function 4 (i32_load16_u):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 30h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1D8h
;;   0x019a: sub rsp, 30h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov [rbp-10h], rbx
;;   0x01a9: mov ebx, [rbp+10h]
;;   0x01ac: mov r15, [r14+18h]
;;   0x01b0: mov r15, [r15]
;;   0x01b3: mov eax, ebx
;;   0x01b5: mov r11, [r14+18h]
;;   0x01b9: lea rcx, [rax+2]
;;   0x01bd: cmp rcx, [r11+8]
;;   0x01c1: ja 1DAh
;;   0x01c7: add rax, r15
;;   0x01ca: movzx eax, word ptr [rax]
;;   0x01cd: mov rbx, [rbp-10h]
;;   0x01d1: mov rsp, rbp
;;   0x01d4: pop rbp
;;   0x01d5: ret 8
;;   0x01d8: ud2
;;   0x01da: ud2
;; function 5 (i64_load):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 30h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 238h
;;   0x01fa: sub rsp, 30h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov [rbp-10h], rbx
;;   0x0209: mov ebx, [rbp+10h]
;;   0x020c: mov r15, [r14+18h]
;;   0x0210: mov r15, [r15]
;;   0x0213: mov eax, ebx
;;   0x0215: mov r11, [r14+18h]
;;   0x0219: lea rcx, [rax+8]
;;   0x021d: cmp rcx, [r11+8]
;;   0x0221: ja 23Ah
;;   0x0227: add rax, r15
;;   0x022a: mov rax, [rax]
;;   0x022d: mov rbx, [rbp-10h]
;;   0x0231: mov rsp, rbp
;;   0x0234: pop rbp
;;   0x0235: ret 8
;;   0x0238: ud2
;;   0x023a: ud2
;; function 6 (i64_load8_s):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 30h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 299h
;;   0x025a: sub rsp, 30h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov [rbp-10h], rbx
;;   0x0269: mov ebx, [rbp+10h]
;;   0x026c: mov r15, [r14+18h]
;;   0x0270: mov r15, [r15]
;;   0x0273: mov eax, ebx
;;   0x0275: mov r11, [r14+18h]
;;   0x0279: lea rcx, [rax+1]
;;   0x027d: cmp rcx, [r11+8]
;;   0x0281: ja 29Bh
;;   0x0287: add rax, r15
;;   0x028a: movsx rax, byte ptr [rax]
;;   0x028e: mov rbx, [rbp-10h]
;;   0x0292: mov rsp, rbp
;;   0x0295: pop rbp
;;   0x0296: ret 8
;;   0x0299: ud2
;;   0x029b: ud2
;; function 7 (i64_load8_u):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 30h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 2F8h
;;   0x02ba: sub rsp, 30h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov [rbp-10h], rbx
;;   0x02c9: mov ebx, [rbp+10h]
;;   0x02cc: mov r15, [r14+18h]
;;   0x02d0: mov r15, [r15]
;;   0x02d3: mov eax, ebx
;;   0x02d5: mov r11, [r14+18h]
;;   0x02d9: lea rcx, [rax+1]
;;   0x02dd: cmp rcx, [r11+8]
;;   0x02e1: ja 2FAh
;;   0x02e7: add rax, r15
;;   0x02ea: movzx eax, byte ptr [rax]
;;   0x02ed: mov rbx, [rbp-10h]
;;   0x02f1: mov rsp, rbp
;;   0x02f4: pop rbp
;;   0x02f5: ret 8
;;   0x02f8: ud2
;;   0x02fa: ud2
;; function 8 (i64_load16_s):
;;   0x0300: push rbp
;;   0x0301: mov rbp, rsp
;;   0x0304: mov r11, [r14]
;;   0x0307: mov r11, [r11]
;;   0x030a: add r11, 30h
;;   0x0311: cmp rsp, r11
;;   0x0314: jb 359h
;;   0x031a: sub rsp, 30h
;;   0x0321: mov [rbp-8], r14
;;   0x0325: mov [rbp-10h], rbx
;;   0x0329: mov ebx, [rbp+10h]
;;   0x032c: mov r15, [r14+18h]
;;   0x0330: mov r15, [r15]
;;   0x0333: mov eax, ebx
;;   0x0335: mov r11, [r14+18h]
;;   0x0339: lea rcx, [rax+2]
;;   0x033d: cmp rcx, [r11+8]
;;   0x0341: ja 35Bh
;;   0x0347: add rax, r15
;;   0x034a: movsx rax, word ptr [rax]
;;   0x034e: mov rbx, [rbp-10h]
;;   0x0352: mov rsp, rbp
;;   0x0355: pop rbp
;;   0x0356: ret 8
;;   0x0359: ud2
;;   0x035b: ud2
;; function 9 (i64_load16_u):
;;   0x0360: push rbp
;;   0x0361: mov rbp, rsp
;;   0x0364: mov r11, [r14]
;;   0x0367: mov r11, [r11]
;;   0x036a: add r11, 30h
;;   0x0371: cmp rsp, r11
;;   0x0374: jb 3B8h
;;   0x037a: sub rsp, 30h
;;   0x0381: mov [rbp-8], r14
;;   0x0385: mov [rbp-10h], rbx
;;   0x0389: mov ebx, [rbp+10h]
;;   0x038c: mov r15, [r14+18h]
;;   0x0390: mov r15, [r15]
;;   0x0393: mov eax, ebx
;;   0x0395: mov r11, [r14+18h]
;;   0x0399: lea rcx, [rax+2]
;;   0x039d: cmp rcx, [r11+8]
;;   0x03a1: ja 3BAh
;;   0x03a7: add rax, r15
;;   0x03aa: movzx eax, word ptr [rax]
;;   0x03ad: mov rbx, [rbp-10h]
;;   0x03b1: mov rsp, rbp
;;   0x03b4: pop rbp
;;   0x03b5: ret 8
;;   0x03b8: ud2
;;   0x03ba: ud2
;; function 10 (i64_load32_s):
;;   0x03c0: push rbp
;;   0x03c1: mov rbp, rsp
;;   0x03c4: mov r11, [r14]
;;   0x03c7: mov r11, [r11]
;;   0x03ca: add r11, 30h
;;   0x03d1: cmp rsp, r11
;;   0x03d4: jb 418h
;;   0x03da: sub rsp, 30h
;;   0x03e1: mov [rbp-8], r14
;;   0x03e5: mov [rbp-10h], rbx
;;   0x03e9: mov ebx, [rbp+10h]
;;   0x03ec: mov r15, [r14+18h]
;;   0x03f0: mov r15, [r15]
;;   0x03f3: mov eax, ebx
;;   0x03f5: mov r11, [r14+18h]
;;   0x03f9: lea rcx, [rax+4]
;;   0x03fd: cmp rcx, [r11+8]
;;   0x0401: ja 41Ah
;;   0x0407: add rax, r15
;;   0x040a: movsxd rax, [rax]
;;   0x040d: mov rbx, [rbp-10h]
;;   0x0411: mov rsp, rbp
;;   0x0414: pop rbp
;;   0x0415: ret 8
;;   0x0418: ud2
;;   0x041a: ud2
;; function 11 (i64_load32_u):
;;   0x0420: push rbp
;;   0x0421: mov rbp, rsp
;;   0x0424: mov r11, [r14]
;;   0x0427: mov r11, [r11]
;;   0x042a: add r11, 30h
;;   0x0431: cmp rsp, r11
;;   0x0434: jb 477h
;;   0x043a: sub rsp, 30h
;;   0x0441: mov [rbp-8], r14
;;   0x0445: mov [rbp-10h], rbx
;;   0x0449: mov ebx, [rbp+10h]
;;   0x044c: mov r15, [r14+18h]
;;   0x0450: mov r15, [r15]
;;   0x0453: mov eax, ebx
;;   0x0455: mov r11, [r14+18h]
;;   0x0459: lea rcx, [rax+4]
;;   0x045d: cmp rcx, [r11+8]
;;   0x0461: ja 479h
;;   0x0467: add rax, r15
;;   0x046a: mov eax, [rax]
;;   0x046c: mov rbx, [rbp-10h]
;;   0x0470: mov rsp, rbp
;;   0x0473: pop rbp
;;   0x0474: ret 8
;;   0x0477: ud2
;;   0x0479: ud2
;; function 12 (f32_load):
;;   0x0480: push rbp
;;   0x0481: mov rbp, rsp
;;   0x0484: mov r11, [r14]
;;   0x0487: mov r11, [r11]
;;   0x048a: add r11, 30h
;;   0x0491: cmp rsp, r11
;;   0x0494: jb 4D9h
;;   0x049a: sub rsp, 30h
;;   0x04a1: mov [rbp-8], r14
;;   0x04a5: mov [rbp-10h], rbx
;;   0x04a9: mov ebx, [rbp+10h]
;;   0x04ac: mov r15, [r14+18h]
;;   0x04b0: mov r15, [r15]
;;   0x04b3: mov eax, ebx
;;   0x04b5: mov r11, [r14+18h]
;;   0x04b9: lea rcx, [rax+4]
;;   0x04bd: cmp rcx, [r11+8]
;;   0x04c1: ja 4DBh
;;   0x04c7: add rax, r15
;;   0x04ca: movss xmm0, [rax]
;;   0x04ce: mov rbx, [rbp-10h]
;;   0x04d2: mov rsp, rbp
;;   0x04d5: pop rbp
;;   0x04d6: ret 8
;;   0x04d9: ud2
;;   0x04db: ud2
;; function 13 (f64_load):
;;   0x04e0: push rbp
;;   0x04e1: mov rbp, rsp
;;   0x04e4: mov r11, [r14]
;;   0x04e7: mov r11, [r11]
;;   0x04ea: add r11, 30h
;;   0x04f1: cmp rsp, r11
;;   0x04f4: jb 539h
;;   0x04fa: sub rsp, 30h
;;   0x0501: mov [rbp-8], r14
;;   0x0505: mov [rbp-10h], rbx
;;   0x0509: mov ebx, [rbp+10h]
;;   0x050c: mov r15, [r14+18h]
;;   0x0510: mov r15, [r15]
;;   0x0513: mov eax, ebx
;;   0x0515: mov r11, [r14+18h]
;;   0x0519: lea rcx, [rax+8]
;;   0x051d: cmp rcx, [r11+8]
;;   0x0521: ja 53Bh
;;   0x0527: add rax, r15
;;   0x052a: movsd xmm0, [rax]
;;   0x052e: mov rbx, [rbp-10h]
;;   0x0532: mov rsp, rbp
;;   0x0535: pop rbp
;;   0x0536: ret 8
;;   0x0539: ud2
;;   0x053b: ud2
