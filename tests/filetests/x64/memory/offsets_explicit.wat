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
;; function 1 (load_16):
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
;;   0x0097: lea rax, [rbx+14h]
;;   0x009b: cmp rax, [r11+8]
;;   0x009f: ja 0B7h
;;   0x00a5: mov eax, [r15+rbx+10h]
;;   0x00aa: mov rbx, [rbp-10h]
;;   0x00ae: mov rsp, rbp
;;   0x00b1: pop rbp
;;   0x00b2: ret 8
;;   0x00b5: ud2
;;   0x00b7: ud2
;; function 2 (load_7fffffff):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 11Ch
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov ebx, [rbp+10h]
;;   0x00ec: mov r15, [r14+18h]
;;   0x00f0: mov r15, [r15]
;;   0x00f3: mov r11, [r14+18h]
;;   0x00f7: mov eax, 80000003h
;;   0x00fc: add rax, rbx
;;   0x00ff: cmp rax, [r11+8]
;;   0x0103: ja 11Eh
;;   0x0109: mov eax, [r15+rbx+7FFFFFFFh]
;;   0x0111: mov rbx, [rbp-10h]
;;   0x0115: mov rsp, rbp
;;   0x0118: pop rbp
;;   0x0119: ret 8
;;   0x011c: ud2
;;   0x011e: ud2
;; function 3 (load8_7fffffff):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 30h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 17Dh
;;   0x013a: sub rsp, 30h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov [rbp-10h], rbx
;;   0x0149: mov ebx, [rbp+10h]
;;   0x014c: mov r15, [r14+18h]
;;   0x0150: mov r15, [r15]
;;   0x0153: mov r11, [r14+18h]
;;   0x0157: mov eax, 80000000h
;;   0x015c: add rax, rbx
;;   0x015f: cmp rax, [r11+8]
;;   0x0163: ja 17Fh
;;   0x0169: movzx eax, byte ptr [r15+rbx+7FFFFFFFh]
;;   0x0172: mov rbx, [rbp-10h]
;;   0x0176: mov rsp, rbp
;;   0x0179: pop rbp
;;   0x017a: ret 8
;;   0x017d: ud2
;;   0x017f: ud2
;; function 4 (load_80000000):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1F3h
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov [rbp-10h], rbx
;;   0x01b9: mov ebx, [rbp+10h]
;;   0x01bc: mov r15, [r14+18h]
;;   0x01c0: mov r15, [r15]
;;   0x01c3: mov eax, ebx
;;   0x01c5: mov r11, [r14+18h]
;;   0x01c9: mov ecx, 80000004h
;;   0x01ce: add rcx, rax
;;   0x01d1: cmp rcx, [r11+8]
;;   0x01d5: ja 1F5h
;;   0x01db: mov r11d, 80000000h
;;   0x01e1: add rax, r11
;;   0x01e4: mov eax, [r15+rax]
;;   0x01e8: mov rbx, [rbp-10h]
;;   0x01ec: mov rsp, rbp
;;   0x01ef: pop rbp
;;   0x01f0: ret 8
;;   0x01f3: ud2
;;   0x01f5: ud2
;; function 5 (load_ffffffff):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 30h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 268h
;;   0x021a: sub rsp, 30h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: mov [rbp-10h], rbx
;;   0x0229: mov ebx, [rbp+10h]
;;   0x022c: mov r15, [r14+18h]
;;   0x0230: mov r15, [r15]
;;   0x0233: mov eax, ebx
;;   0x0235: mov r11, [r14+18h]
;;   0x0239: mov rcx, 100000003h
;;   0x0243: add rcx, rax
;;   0x0246: cmp rcx, [r11+8]
;;   0x024a: ja 26Ah
;;   0x0250: mov r11d, 0FFFFFFFFh
;;   0x0256: add rax, r11
;;   0x0259: mov eax, [r15+rax]
;;   0x025d: mov rbx, [rbp-10h]
;;   0x0261: mov rsp, rbp
;;   0x0264: pop rbp
;;   0x0265: ret 8
;;   0x0268: ud2
;;   0x026a: ud2
;; function 6 (load8_ffffffff):
;;   0x0270: push rbp
;;   0x0271: mov rbp, rsp
;;   0x0274: mov r11, [r14]
;;   0x0277: mov r11, [r11]
;;   0x027a: add r11, 30h
;;   0x0281: cmp rsp, r11
;;   0x0284: jb 2D9h
;;   0x028a: sub rsp, 30h
;;   0x0291: mov [rbp-8], r14
;;   0x0295: mov [rbp-10h], rbx
;;   0x0299: mov ebx, [rbp+10h]
;;   0x029c: mov r15, [r14+18h]
;;   0x02a0: mov r15, [r15]
;;   0x02a3: mov eax, ebx
;;   0x02a5: mov r11, [r14+18h]
;;   0x02a9: mov rcx, 100000000h
;;   0x02b3: add rcx, rax
;;   0x02b6: cmp rcx, [r11+8]
;;   0x02ba: ja 2DBh
;;   0x02c0: mov r11d, 0FFFFFFFFh
;;   0x02c6: add rax, r11
;;   0x02c9: movzx eax, byte ptr [r15+rax]
;;   0x02ce: mov rbx, [rbp-10h]
;;   0x02d2: mov rsp, rbp
;;   0x02d5: pop rbp
;;   0x02d6: ret 8
;;   0x02d9: ud2
;;   0x02db: ud2
;; function 7 (store_7fffffff):
;;   0x02e0: push rbp
;;   0x02e1: mov rbp, rsp
;;   0x02e4: mov r11, [r14]
;;   0x02e7: mov r11, [r11]
;;   0x02ea: add r11, 30h
;;   0x02f1: cmp rsp, r11
;;   0x02f4: jb 34Bh
;;   0x02fa: sub rsp, 30h
;;   0x0301: mov [rbp-8], r14
;;   0x0305: mov [rbp-10h], rbx
;;   0x0309: mov [rbp-18h], r12
;;   0x030d: mov ebx, [rbp+10h]
;;   0x0310: mov r12, [rbp+18h]
;;   0x0314: mov r15, [r14+18h]
;;   0x0318: mov r15, [r15]
;;   0x031b: mov rax, r12
;;   0x031e: mov r11, [r14+18h]
;;   0x0322: mov ecx, 80000007h
;;   0x0327: add rcx, rbx
;;   0x032a: cmp rcx, [r11+8]
;;   0x032e: ja 34Dh
;;   0x0334: mov [r15+rbx+7FFFFFFFh], rax
;;   0x033c: mov rbx, [rbp-10h]
;;   0x0340: mov r12, [rbp-18h]
;;   0x0344: mov rsp, rbp
;;   0x0347: pop rbp
;;   0x0348: ret 10h
;;   0x034b: ud2
;;   0x034d: ud2
;; function 8 (store_80000000):
;;   0x0350: push rbp
;;   0x0351: mov rbp, rsp
;;   0x0354: mov r11, [r14]
;;   0x0357: mov r11, [r11]
;;   0x035a: add r11, 30h
;;   0x0361: cmp rsp, r11
;;   0x0364: jb 3C2h
;;   0x036a: sub rsp, 30h
;;   0x0371: mov [rbp-8], r14
;;   0x0375: mov [rbp-10h], rbx
;;   0x0379: mov [rbp-18h], r12
;;   0x037d: mov ebx, [rbp+10h]
;;   0x0380: mov r12, [rbp+18h]
;;   0x0384: mov r15, [r14+18h]
;;   0x0388: mov r15, [r15]
;;   0x038b: mov rax, r12
;;   0x038e: mov ecx, ebx
;;   0x0390: mov r11, [r14+18h]
;;   0x0394: mov edx, 80000008h
;;   0x0399: add rdx, rcx
;;   0x039c: cmp rdx, [r11+8]
;;   0x03a0: ja 3C4h
;;   0x03a6: mov r11d, 80000000h
;;   0x03ac: add rcx, r11
;;   0x03af: mov [r15+rcx], rax
;;   0x03b3: mov rbx, [rbp-10h]
;;   0x03b7: mov r12, [rbp-18h]
;;   0x03bb: mov rsp, rbp
;;   0x03be: pop rbp
;;   0x03bf: ret 10h
;;   0x03c2: ud2
;;   0x03c4: ud2
;; function 9 (store_ffffffff):
;;   0x03d0: push rbp
;;   0x03d1: mov rbp, rsp
;;   0x03d4: mov r11, [r14]
;;   0x03d7: mov r11, [r11]
;;   0x03da: add r11, 30h
;;   0x03e1: cmp rsp, r11
;;   0x03e4: jb 447h
;;   0x03ea: sub rsp, 30h
;;   0x03f1: mov [rbp-8], r14
;;   0x03f5: mov [rbp-10h], rbx
;;   0x03f9: mov [rbp-18h], r12
;;   0x03fd: mov ebx, [rbp+10h]
;;   0x0400: mov r12, [rbp+18h]
;;   0x0404: mov r15, [r14+18h]
;;   0x0408: mov r15, [r15]
;;   0x040b: mov rax, r12
;;   0x040e: mov ecx, ebx
;;   0x0410: mov r11, [r14+18h]
;;   0x0414: mov rdx, 100000007h
;;   0x041e: add rdx, rcx
;;   0x0421: cmp rdx, [r11+8]
;;   0x0425: ja 449h
;;   0x042b: mov r11d, 0FFFFFFFFh
;;   0x0431: add rcx, r11
;;   0x0434: mov [r15+rcx], rax
;;   0x0438: mov rbx, [rbp-10h]
;;   0x043c: mov r12, [rbp-18h]
;;   0x0440: mov rsp, rbp
;;   0x0443: pop rbp
;;   0x0444: ret 10h
;;   0x0447: ud2
;;   0x0449: ud2
;; function 10 (f64_ffffffff):
;;   0x0450: push rbp
;;   0x0451: mov rbp, rsp
;;   0x0454: mov r11, [r14]
;;   0x0457: mov r11, [r11]
;;   0x045a: add r11, 30h
;;   0x0461: cmp rsp, r11
;;   0x0464: jb 4BAh
;;   0x046a: sub rsp, 30h
;;   0x0471: mov [rbp-8], r14
;;   0x0475: mov [rbp-10h], rbx
;;   0x0479: mov ebx, [rbp+10h]
;;   0x047c: mov r15, [r14+18h]
;;   0x0480: mov r15, [r15]
;;   0x0483: mov eax, ebx
;;   0x0485: mov r11, [r14+18h]
;;   0x0489: mov rcx, 100000007h
;;   0x0493: add rcx, rax
;;   0x0496: cmp rcx, [r11+8]
;;   0x049a: ja 4BCh
;;   0x04a0: mov r11d, 0FFFFFFFFh
;;   0x04a6: add rax, r11
;;   0x04a9: movsd xmm0, [r15+rax]
;;   0x04af: mov rbx, [rbp-10h]
;;   0x04b3: mov rsp, rbp
;;   0x04b6: pop rbp
;;   0x04b7: ret 8
;;   0x04ba: ud2
;;   0x04bc: ud2
