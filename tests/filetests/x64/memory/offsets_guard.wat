;;! target = "x86_64"
;;! bounds = "guard"

;; Guard pages: the check is elided exactly when offset + size <= 2 GiB
;; (load_7ffffffc and load8_7fffffff end at 2^31; load_7ffffffd does not).
;; Checked accesses compute the end in 64 bits, and no offset or end of
;; 2^31 or more is a sign-extended disp32/imm32.
(module
  (memory 1)
  (func (export "load_0") (param i32) (result i32) (i32.load offset=0 (local.get 0)))
  (func (export "load_16") (param i32) (result i32) (i32.load offset=16 (local.get 0)))
  (func (export "load_7ffffffc") (param i32) (result i32) (i32.load offset=0x7ffffffc (local.get 0)))
  (func (export "load_7ffffffd") (param i32) (result i32) (i32.load offset=0x7ffffffd (local.get 0)))
  (func (export "load_7fffffff") (param i32) (result i32) (i32.load offset=0x7fffffff (local.get 0)))
  (func (export "load8_7fffffff") (param i32) (result i32) (i32.load8_u offset=0x7fffffff (local.get 0)))
  (func (export "load_80000000") (param i32) (result i32) (i32.load offset=0x80000000 (local.get 0)))
  (func (export "load_ffffffff") (param i32) (result i32) (i32.load offset=0xffffffff (local.get 0)))
  (func (export "load8_ffffffff") (param i32) (result i32) (i32.load8_u offset=0xffffffff (local.get 0)))
  (func (export "store_7ffffff8") (param i32 i64) (i64.store offset=0x7ffffff8 (local.get 0) (local.get 1)))
  (func (export "store_7fffffff") (param i32 i64) (i64.store offset=0x7fffffff (local.get 0) (local.get 1)))
  (func (export "store_80000000") (param i32 i64) (i64.store offset=0x80000000 (local.get 0) (local.get 1)))
  (func (export "store_ffffffff") (param i32 i64) (i64.store offset=0xffffffff (local.get 0) (local.get 1)))
  (func (export "f64_ffffffff") (param i32) (result f64) (f64.load offset=0xffffffff (local.get 0))))
;; function 0 (load_0):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 42h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov eax, [r15+rbx]
;;   0x0037: mov rbx, [rbp-10h]
;;   0x003b: mov rsp, rbp
;;   0x003e: pop rbp
;;   0x003f: ret 8
;;   0x0042: ud2
;; function 1 (load_16):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 93h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: mov r15, [r14+18h]
;;   0x0080: mov r15, [r15]
;;   0x0083: mov eax, [r15+rbx+10h]
;;   0x0088: mov rbx, [rbp-10h]
;;   0x008c: mov rsp, rbp
;;   0x008f: pop rbp
;;   0x0090: ret 8
;;   0x0093: ud2
;; function 2 (load_7ffffffc):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E6h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov ebx, [rbp+10h]
;;   0x00cc: mov r15, [r14+18h]
;;   0x00d0: mov r15, [r15]
;;   0x00d3: mov eax, [r15+rbx+7FFFFFFCh]
;;   0x00db: mov rbx, [rbp-10h]
;;   0x00df: mov rsp, rbp
;;   0x00e2: pop rbp
;;   0x00e3: ret 8
;;   0x00e6: ud2
;; function 3 (load_7ffffffd):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 14Ch
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov ebx, [rbp+10h]
;;   0x011c: mov r15, [r14+18h]
;;   0x0120: mov r15, [r15]
;;   0x0123: mov r11, [r14+18h]
;;   0x0127: mov eax, 80000001h
;;   0x012c: add rax, rbx
;;   0x012f: cmp rax, [r11+8]
;;   0x0133: ja 14Eh
;;   0x0139: mov eax, [r15+rbx+7FFFFFFDh]
;;   0x0141: mov rbx, [rbp-10h]
;;   0x0145: mov rsp, rbp
;;   0x0148: pop rbp
;;   0x0149: ret 8
;;   0x014c: ud2
;;   0x014e: ud2
;; function 4 (load_7fffffff):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1ACh
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov ebx, [rbp+10h]
;;   0x017c: mov r15, [r14+18h]
;;   0x0180: mov r15, [r15]
;;   0x0183: mov r11, [r14+18h]
;;   0x0187: mov eax, 80000003h
;;   0x018c: add rax, rbx
;;   0x018f: cmp rax, [r11+8]
;;   0x0193: ja 1AEh
;;   0x0199: mov eax, [r15+rbx+7FFFFFFFh]
;;   0x01a1: mov rbx, [rbp-10h]
;;   0x01a5: mov rsp, rbp
;;   0x01a8: pop rbp
;;   0x01a9: ret 8
;;   0x01ac: ud2
;;   0x01ae: ud2
;; function 5 (load8_7fffffff):
;;   0x01b0: push rbp
;;   0x01b1: mov rbp, rsp
;;   0x01b4: mov r11, [r14]
;;   0x01b7: mov r11, [r11]
;;   0x01ba: add r11, 30h
;;   0x01c1: cmp rsp, r11
;;   0x01c4: jb 1F7h
;;   0x01ca: sub rsp, 30h
;;   0x01d1: mov [rbp-8], r14
;;   0x01d5: mov [rbp-10h], rbx
;;   0x01d9: mov ebx, [rbp+10h]
;;   0x01dc: mov r15, [r14+18h]
;;   0x01e0: mov r15, [r15]
;;   0x01e3: movzx eax, byte ptr [r15+rbx+7FFFFFFFh]
;;   0x01ec: mov rbx, [rbp-10h]
;;   0x01f0: mov rsp, rbp
;;   0x01f3: pop rbp
;;   0x01f4: ret 8
;;   0x01f7: ud2
;; function 6 (load_80000000):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 30h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 263h
;;   0x021a: sub rsp, 30h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: mov [rbp-10h], rbx
;;   0x0229: mov ebx, [rbp+10h]
;;   0x022c: mov r15, [r14+18h]
;;   0x0230: mov r15, [r15]
;;   0x0233: mov eax, ebx
;;   0x0235: mov r11, [r14+18h]
;;   0x0239: mov ecx, 80000004h
;;   0x023e: add rcx, rax
;;   0x0241: cmp rcx, [r11+8]
;;   0x0245: ja 265h
;;   0x024b: mov r11d, 80000000h
;;   0x0251: add rax, r11
;;   0x0254: mov eax, [r15+rax]
;;   0x0258: mov rbx, [rbp-10h]
;;   0x025c: mov rsp, rbp
;;   0x025f: pop rbp
;;   0x0260: ret 8
;;   0x0263: ud2
;;   0x0265: ud2
;; function 7 (load_ffffffff):
;;   0x0270: push rbp
;;   0x0271: mov rbp, rsp
;;   0x0274: mov r11, [r14]
;;   0x0277: mov r11, [r11]
;;   0x027a: add r11, 30h
;;   0x0281: cmp rsp, r11
;;   0x0284: jb 2D8h
;;   0x028a: sub rsp, 30h
;;   0x0291: mov [rbp-8], r14
;;   0x0295: mov [rbp-10h], rbx
;;   0x0299: mov ebx, [rbp+10h]
;;   0x029c: mov r15, [r14+18h]
;;   0x02a0: mov r15, [r15]
;;   0x02a3: mov eax, ebx
;;   0x02a5: mov r11, [r14+18h]
;;   0x02a9: mov rcx, 100000003h
;;   0x02b3: add rcx, rax
;;   0x02b6: cmp rcx, [r11+8]
;;   0x02ba: ja 2DAh
;;   0x02c0: mov r11d, 0FFFFFFFFh
;;   0x02c6: add rax, r11
;;   0x02c9: mov eax, [r15+rax]
;;   0x02cd: mov rbx, [rbp-10h]
;;   0x02d1: mov rsp, rbp
;;   0x02d4: pop rbp
;;   0x02d5: ret 8
;;   0x02d8: ud2
;;   0x02da: ud2
;; function 8 (load8_ffffffff):
;;   0x02e0: push rbp
;;   0x02e1: mov rbp, rsp
;;   0x02e4: mov r11, [r14]
;;   0x02e7: mov r11, [r11]
;;   0x02ea: add r11, 30h
;;   0x02f1: cmp rsp, r11
;;   0x02f4: jb 349h
;;   0x02fa: sub rsp, 30h
;;   0x0301: mov [rbp-8], r14
;;   0x0305: mov [rbp-10h], rbx
;;   0x0309: mov ebx, [rbp+10h]
;;   0x030c: mov r15, [r14+18h]
;;   0x0310: mov r15, [r15]
;;   0x0313: mov eax, ebx
;;   0x0315: mov r11, [r14+18h]
;;   0x0319: mov rcx, 100000000h
;;   0x0323: add rcx, rax
;;   0x0326: cmp rcx, [r11+8]
;;   0x032a: ja 34Bh
;;   0x0330: mov r11d, 0FFFFFFFFh
;;   0x0336: add rax, r11
;;   0x0339: movzx eax, byte ptr [r15+rax]
;;   0x033e: mov rbx, [rbp-10h]
;;   0x0342: mov rsp, rbp
;;   0x0345: pop rbp
;;   0x0346: ret 8
;;   0x0349: ud2
;;   0x034b: ud2
;; function 9 (store_7ffffff8):
;;   0x0350: push rbp
;;   0x0351: mov rbp, rsp
;;   0x0354: mov r11, [r14]
;;   0x0357: mov r11, [r11]
;;   0x035a: add r11, 30h
;;   0x0361: cmp rsp, r11
;;   0x0364: jb 3A5h
;;   0x036a: sub rsp, 30h
;;   0x0371: mov [rbp-8], r14
;;   0x0375: mov [rbp-10h], rbx
;;   0x0379: mov [rbp-18h], r12
;;   0x037d: mov ebx, [rbp+10h]
;;   0x0380: mov r12, [rbp+18h]
;;   0x0384: mov r15, [r14+18h]
;;   0x0388: mov r15, [r15]
;;   0x038b: mov rax, r12
;;   0x038e: mov [r15+rbx+7FFFFFF8h], rax
;;   0x0396: mov rbx, [rbp-10h]
;;   0x039a: mov r12, [rbp-18h]
;;   0x039e: mov rsp, rbp
;;   0x03a1: pop rbp
;;   0x03a2: ret 10h
;;   0x03a5: ud2
;; function 10 (store_7fffffff):
;;   0x03b0: push rbp
;;   0x03b1: mov rbp, rsp
;;   0x03b4: mov r11, [r14]
;;   0x03b7: mov r11, [r11]
;;   0x03ba: add r11, 30h
;;   0x03c1: cmp rsp, r11
;;   0x03c4: jb 41Bh
;;   0x03ca: sub rsp, 30h
;;   0x03d1: mov [rbp-8], r14
;;   0x03d5: mov [rbp-10h], rbx
;;   0x03d9: mov [rbp-18h], r12
;;   0x03dd: mov ebx, [rbp+10h]
;;   0x03e0: mov r12, [rbp+18h]
;;   0x03e4: mov r15, [r14+18h]
;;   0x03e8: mov r15, [r15]
;;   0x03eb: mov rax, r12
;;   0x03ee: mov r11, [r14+18h]
;;   0x03f2: mov ecx, 80000007h
;;   0x03f7: add rcx, rbx
;;   0x03fa: cmp rcx, [r11+8]
;;   0x03fe: ja 41Dh
;;   0x0404: mov [r15+rbx+7FFFFFFFh], rax
;;   0x040c: mov rbx, [rbp-10h]
;;   0x0410: mov r12, [rbp-18h]
;;   0x0414: mov rsp, rbp
;;   0x0417: pop rbp
;;   0x0418: ret 10h
;;   0x041b: ud2
;;   0x041d: ud2
;; function 11 (store_80000000):
;;   0x0420: push rbp
;;   0x0421: mov rbp, rsp
;;   0x0424: mov r11, [r14]
;;   0x0427: mov r11, [r11]
;;   0x042a: add r11, 30h
;;   0x0431: cmp rsp, r11
;;   0x0434: jb 492h
;;   0x043a: sub rsp, 30h
;;   0x0441: mov [rbp-8], r14
;;   0x0445: mov [rbp-10h], rbx
;;   0x0449: mov [rbp-18h], r12
;;   0x044d: mov ebx, [rbp+10h]
;;   0x0450: mov r12, [rbp+18h]
;;   0x0454: mov r15, [r14+18h]
;;   0x0458: mov r15, [r15]
;;   0x045b: mov rax, r12
;;   0x045e: mov ecx, ebx
;;   0x0460: mov r11, [r14+18h]
;;   0x0464: mov edx, 80000008h
;;   0x0469: add rdx, rcx
;;   0x046c: cmp rdx, [r11+8]
;;   0x0470: ja 494h
;;   0x0476: mov r11d, 80000000h
;;   0x047c: add rcx, r11
;;   0x047f: mov [r15+rcx], rax
;;   0x0483: mov rbx, [rbp-10h]
;;   0x0487: mov r12, [rbp-18h]
;;   0x048b: mov rsp, rbp
;;   0x048e: pop rbp
;;   0x048f: ret 10h
;;   0x0492: ud2
;;   0x0494: ud2
;; function 12 (store_ffffffff):
;;   0x04a0: push rbp
;;   0x04a1: mov rbp, rsp
;;   0x04a4: mov r11, [r14]
;;   0x04a7: mov r11, [r11]
;;   0x04aa: add r11, 30h
;;   0x04b1: cmp rsp, r11
;;   0x04b4: jb 517h
;;   0x04ba: sub rsp, 30h
;;   0x04c1: mov [rbp-8], r14
;;   0x04c5: mov [rbp-10h], rbx
;;   0x04c9: mov [rbp-18h], r12
;;   0x04cd: mov ebx, [rbp+10h]
;;   0x04d0: mov r12, [rbp+18h]
;;   0x04d4: mov r15, [r14+18h]
;;   0x04d8: mov r15, [r15]
;;   0x04db: mov rax, r12
;;   0x04de: mov ecx, ebx
;;   0x04e0: mov r11, [r14+18h]
;;   0x04e4: mov rdx, 100000007h
;;   0x04ee: add rdx, rcx
;;   0x04f1: cmp rdx, [r11+8]
;;   0x04f5: ja 519h
;;   0x04fb: mov r11d, 0FFFFFFFFh
;;   0x0501: add rcx, r11
;;   0x0504: mov [r15+rcx], rax
;;   0x0508: mov rbx, [rbp-10h]
;;   0x050c: mov r12, [rbp-18h]
;;   0x0510: mov rsp, rbp
;;   0x0513: pop rbp
;;   0x0514: ret 10h
;;   0x0517: ud2
;;   0x0519: ud2
;; function 13 (f64_ffffffff):
;;   0x0520: push rbp
;;   0x0521: mov rbp, rsp
;;   0x0524: mov r11, [r14]
;;   0x0527: mov r11, [r11]
;;   0x052a: add r11, 30h
;;   0x0531: cmp rsp, r11
;;   0x0534: jb 58Ah
;;   0x053a: sub rsp, 30h
;;   0x0541: mov [rbp-8], r14
;;   0x0545: mov [rbp-10h], rbx
;;   0x0549: mov ebx, [rbp+10h]
;;   0x054c: mov r15, [r14+18h]
;;   0x0550: mov r15, [r15]
;;   0x0553: mov eax, ebx
;;   0x0555: mov r11, [r14+18h]
;;   0x0559: mov rcx, 100000007h
;;   0x0563: add rcx, rax
;;   0x0566: cmp rcx, [r11+8]
;;   0x056a: ja 58Ch
;;   0x0570: mov r11d, 0FFFFFFFFh
;;   0x0576: add rax, r11
;;   0x0579: movsd xmm0, [r15+rax]
;;   0x057f: mov rbx, [rbp-10h]
;;   0x0583: mov rsp, rbp
;;   0x0586: pop rbp
;;   0x0587: ret 8
;;   0x058a: ud2
;;   0x058c: ud2
