;;! target = "x86_64"

;; Explicit checks with offsets 0, small, 0x7fffffff, 0x80000000 and
;; 0xffffffff. The end (index + offset + size) is computed in 64 bits; an
;; end or offset of 2^31 or more is never a sign-extended disp32/imm32 but
;; is materialized with a zero-extending `mov r32, imm32` (or a 64-bit mov
;; above 2^32).
(module
  (memory 1)
  (func (export "load_0") (param i32) (result i32) (i32.load offset=0 (local.get 0)))
  (func (export "load_16") (param i32) (result i32) (i32.load offset=16 (local.get 0)))
  (func (export "load_7fffffff") (param i32) (result i32) (i32.load offset=0x7fffffff (local.get 0)))
  (func (export "load8_7fffffff") (param i32) (result i32) (i32.load8_u offset=0x7fffffff (local.get 0)))
  (func (export "load_80000000") (param i32) (result i32) (i32.load offset=0x80000000 (local.get 0)))
  (func (export "load_ffffffff") (param i32) (result i32) (i32.load offset=0xffffffff (local.get 0)))
  (func (export "load8_ffffffff") (param i32) (result i32) (i32.load8_u offset=0xffffffff (local.get 0)))
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
;; function 1 (load_16):
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
;;   0x0099: lea rcx, [rax+14h]
;;   0x009d: cmp rcx, [r11+8]
;;   0x00a1: ja 0BAh
;;   0x00a7: add rax, r15
;;   0x00aa: mov eax, [rax+10h]
;;   0x00ad: mov rbx, [rbp-10h]
;;   0x00b1: mov rsp, rbp
;;   0x00b4: pop rbp
;;   0x00b5: ret 8
;;   0x00b8: ud2
;;   0x00ba: ud2
;; function 2 (load_7fffffff):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 11Fh
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov ebx, [rbp+10h]
;;   0x00ec: mov r15, [r14+18h]
;;   0x00f0: mov r15, [r15]
;;   0x00f3: mov eax, ebx
;;   0x00f5: mov r11, [r14+18h]
;;   0x00f9: mov ecx, 80000003h
;;   0x00fe: add rcx, rax
;;   0x0101: cmp rcx, [r11+8]
;;   0x0105: ja 121h
;;   0x010b: add rax, r15
;;   0x010e: mov eax, [rax+7FFFFFFFh]
;;   0x0114: mov rbx, [rbp-10h]
;;   0x0118: mov rsp, rbp
;;   0x011b: pop rbp
;;   0x011c: ret 8
;;   0x011f: ud2
;;   0x0121: ud2
;; function 3 (load8_7fffffff):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 30h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 190h
;;   0x014a: sub rsp, 30h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov [rbp-10h], rbx
;;   0x0159: mov ebx, [rbp+10h]
;;   0x015c: mov r15, [r14+18h]
;;   0x0160: mov r15, [r15]
;;   0x0163: mov eax, ebx
;;   0x0165: mov r11, [r14+18h]
;;   0x0169: mov ecx, 80000000h
;;   0x016e: add rcx, rax
;;   0x0171: cmp rcx, [r11+8]
;;   0x0175: ja 192h
;;   0x017b: add rax, r15
;;   0x017e: movzx eax, byte ptr [rax+7FFFFFFFh]
;;   0x0185: mov rbx, [rbp-10h]
;;   0x0189: mov rsp, rbp
;;   0x018c: pop rbp
;;   0x018d: ret 8
;;   0x0190: ud2
;;   0x0192: ud2
;; function 4 (load_80000000):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 30h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 204h
;;   0x01ba: sub rsp, 30h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov [rbp-10h], rbx
;;   0x01c9: mov ebx, [rbp+10h]
;;   0x01cc: mov r15, [r14+18h]
;;   0x01d0: mov r15, [r15]
;;   0x01d3: mov eax, ebx
;;   0x01d5: mov r11, [r14+18h]
;;   0x01d9: mov ecx, 80000004h
;;   0x01de: add rcx, rax
;;   0x01e1: cmp rcx, [r11+8]
;;   0x01e5: ja 206h
;;   0x01eb: add rax, r15
;;   0x01ee: mov r11d, 80000000h
;;   0x01f4: add rax, r11
;;   0x01f7: mov eax, [rax]
;;   0x01f9: mov rbx, [rbp-10h]
;;   0x01fd: mov rsp, rbp
;;   0x0200: pop rbp
;;   0x0201: ret 8
;;   0x0204: ud2
;;   0x0206: ud2
;; function 5 (load_ffffffff):
;;   0x0210: push rbp
;;   0x0211: mov rbp, rsp
;;   0x0214: mov r11, [r14]
;;   0x0217: mov r11, [r11]
;;   0x021a: add r11, 30h
;;   0x0221: cmp rsp, r11
;;   0x0224: jb 279h
;;   0x022a: sub rsp, 30h
;;   0x0231: mov [rbp-8], r14
;;   0x0235: mov [rbp-10h], rbx
;;   0x0239: mov ebx, [rbp+10h]
;;   0x023c: mov r15, [r14+18h]
;;   0x0240: mov r15, [r15]
;;   0x0243: mov eax, ebx
;;   0x0245: mov r11, [r14+18h]
;;   0x0249: mov rcx, 100000003h
;;   0x0253: add rcx, rax
;;   0x0256: cmp rcx, [r11+8]
;;   0x025a: ja 27Bh
;;   0x0260: add rax, r15
;;   0x0263: mov r11d, 0FFFFFFFFh
;;   0x0269: add rax, r11
;;   0x026c: mov eax, [rax]
;;   0x026e: mov rbx, [rbp-10h]
;;   0x0272: mov rsp, rbp
;;   0x0275: pop rbp
;;   0x0276: ret 8
;;   0x0279: ud2
;;   0x027b: ud2
;; function 6 (load8_ffffffff):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 30h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2EAh
;;   0x029a: sub rsp, 30h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov [rbp-10h], rbx
;;   0x02a9: mov ebx, [rbp+10h]
;;   0x02ac: mov r15, [r14+18h]
;;   0x02b0: mov r15, [r15]
;;   0x02b3: mov eax, ebx
;;   0x02b5: mov r11, [r14+18h]
;;   0x02b9: mov rcx, 100000000h
;;   0x02c3: add rcx, rax
;;   0x02c6: cmp rcx, [r11+8]
;;   0x02ca: ja 2ECh
;;   0x02d0: add rax, r15
;;   0x02d3: mov r11d, 0FFFFFFFFh
;;   0x02d9: add rax, r11
;;   0x02dc: movzx eax, byte ptr [rax]
;;   0x02df: mov rbx, [rbp-10h]
;;   0x02e3: mov rsp, rbp
;;   0x02e6: pop rbp
;;   0x02e7: ret 8
;;   0x02ea: ud2
;;   0x02ec: ud2
;; function 7 (store_7fffffff):
;;   0x02f0: push rbp
;;   0x02f1: mov rbp, rsp
;;   0x02f4: mov r11, [r14]
;;   0x02f7: mov r11, [r11]
;;   0x02fa: add r11, 30h
;;   0x0301: cmp rsp, r11
;;   0x0304: jb 35Fh
;;   0x030a: sub rsp, 30h
;;   0x0311: mov [rbp-8], r14
;;   0x0315: mov [rbp-10h], rbx
;;   0x0319: mov [rbp-18h], r12
;;   0x031d: mov ebx, [rbp+10h]
;;   0x0320: mov r12, [rbp+18h]
;;   0x0324: mov r15, [r14+18h]
;;   0x0328: mov r15, [r15]
;;   0x032b: mov rax, r12
;;   0x032e: mov ecx, ebx
;;   0x0330: mov r11, [r14+18h]
;;   0x0334: mov edx, 80000007h
;;   0x0339: add rdx, rcx
;;   0x033c: cmp rdx, [r11+8]
;;   0x0340: ja 361h
;;   0x0346: add rcx, r15
;;   0x0349: mov [rcx+7FFFFFFFh], rax
;;   0x0350: mov rbx, [rbp-10h]
;;   0x0354: mov r12, [rbp-18h]
;;   0x0358: mov rsp, rbp
;;   0x035b: pop rbp
;;   0x035c: ret 10h
;;   0x035f: ud2
;;   0x0361: ud2
;; function 8 (store_80000000):
;;   0x0370: push rbp
;;   0x0371: mov rbp, rsp
;;   0x0374: mov r11, [r14]
;;   0x0377: mov r11, [r11]
;;   0x037a: add r11, 30h
;;   0x0381: cmp rsp, r11
;;   0x0384: jb 3E4h
;;   0x038a: sub rsp, 30h
;;   0x0391: mov [rbp-8], r14
;;   0x0395: mov [rbp-10h], rbx
;;   0x0399: mov [rbp-18h], r12
;;   0x039d: mov ebx, [rbp+10h]
;;   0x03a0: mov r12, [rbp+18h]
;;   0x03a4: mov r15, [r14+18h]
;;   0x03a8: mov r15, [r15]
;;   0x03ab: mov rax, r12
;;   0x03ae: mov ecx, ebx
;;   0x03b0: mov r11, [r14+18h]
;;   0x03b4: mov edx, 80000008h
;;   0x03b9: add rdx, rcx
;;   0x03bc: cmp rdx, [r11+8]
;;   0x03c0: ja 3E6h
;;   0x03c6: add rcx, r15
;;   0x03c9: mov r11d, 80000000h
;;   0x03cf: add rcx, r11
;;   0x03d2: mov [rcx], rax
;;   0x03d5: mov rbx, [rbp-10h]
;;   0x03d9: mov r12, [rbp-18h]
;;   0x03dd: mov rsp, rbp
;;   0x03e0: pop rbp
;;   0x03e1: ret 10h
;;   0x03e4: ud2
;;   0x03e6: ud2
;; function 9 (store_ffffffff):
;;   0x03f0: push rbp
;;   0x03f1: mov rbp, rsp
;;   0x03f4: mov r11, [r14]
;;   0x03f7: mov r11, [r11]
;;   0x03fa: add r11, 30h
;;   0x0401: cmp rsp, r11
;;   0x0404: jb 469h
;;   0x040a: sub rsp, 30h
;;   0x0411: mov [rbp-8], r14
;;   0x0415: mov [rbp-10h], rbx
;;   0x0419: mov [rbp-18h], r12
;;   0x041d: mov ebx, [rbp+10h]
;;   0x0420: mov r12, [rbp+18h]
;;   0x0424: mov r15, [r14+18h]
;;   0x0428: mov r15, [r15]
;;   0x042b: mov rax, r12
;;   0x042e: mov ecx, ebx
;;   0x0430: mov r11, [r14+18h]
;;   0x0434: mov rdx, 100000007h
;;   0x043e: add rdx, rcx
;;   0x0441: cmp rdx, [r11+8]
;;   0x0445: ja 46Bh
;;   0x044b: add rcx, r15
;;   0x044e: mov r11d, 0FFFFFFFFh
;;   0x0454: add rcx, r11
;;   0x0457: mov [rcx], rax
;;   0x045a: mov rbx, [rbp-10h]
;;   0x045e: mov r12, [rbp-18h]
;;   0x0462: mov rsp, rbp
;;   0x0465: pop rbp
;;   0x0466: ret 10h
;;   0x0469: ud2
;;   0x046b: ud2
;; function 10 (f64_ffffffff):
;;   0x0470: push rbp
;;   0x0471: mov rbp, rsp
;;   0x0474: mov r11, [r14]
;;   0x0477: mov r11, [r11]
;;   0x047a: add r11, 30h
;;   0x0481: cmp rsp, r11
;;   0x0484: jb 4DBh
;;   0x048a: sub rsp, 30h
;;   0x0491: mov [rbp-8], r14
;;   0x0495: mov [rbp-10h], rbx
;;   0x0499: mov ebx, [rbp+10h]
;;   0x049c: mov r15, [r14+18h]
;;   0x04a0: mov r15, [r15]
;;   0x04a3: mov eax, ebx
;;   0x04a5: mov r11, [r14+18h]
;;   0x04a9: mov rcx, 100000007h
;;   0x04b3: add rcx, rax
;;   0x04b6: cmp rcx, [r11+8]
;;   0x04ba: ja 4DDh
;;   0x04c0: add rax, r15
;;   0x04c3: mov r11d, 0FFFFFFFFh
;;   0x04c9: add rax, r11
;;   0x04cc: movsd xmm0, [rax]
;;   0x04d0: mov rbx, [rbp-10h]
;;   0x04d4: mov rsp, rbp
;;   0x04d7: pop rbp
;;   0x04d8: ret 8
;;   0x04db: ud2
;;   0x04dd: ud2
