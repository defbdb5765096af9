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
;;   0x0104: jb 155h
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
;;   0x0133: ja 157h
;;   0x0139: lea rax, [r15+rax-4]
;;   0x013e: mov r11d, 0
;;   0x0144: cmova rax, r11
;;   0x0148: mov eax, [rax]
;;   0x014a: mov rbx, [rbp-10h]
;;   0x014e: mov rsp, rbp
;;   0x0151: pop rbp
;;   0x0152: ret 8
;;   0x0155: ud2
;;   0x0157: ud2
;; function 4 (load_7fffffff):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 30h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1C5h
;;   0x017a: sub rsp, 30h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov [rbp-10h], rbx
;;   0x0189: mov ebx, [rbp+10h]
;;   0x018c: mov r15, [r14+18h]
;;   0x0190: mov r15, [r15]
;;   0x0193: mov r11, [r14+18h]
;;   0x0197: mov eax, 80000003h
;;   0x019c: add rax, rbx
;;   0x019f: cmp rax, [r11+8]
;;   0x01a3: ja 1C7h
;;   0x01a9: lea rax, [r15+rax-4]
;;   0x01ae: mov r11d, 0
;;   0x01b4: cmova rax, r11
;;   0x01b8: mov eax, [rax]
;;   0x01ba: mov rbx, [rbp-10h]
;;   0x01be: mov rsp, rbp
;;   0x01c1: pop rbp
;;   0x01c2: ret 8
;;   0x01c5: ud2
;;   0x01c7: ud2
;; function 5 (load8_7fffffff):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 30h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 217h
;;   0x01ea: sub rsp, 30h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov [rbp-10h], rbx
;;   0x01f9: mov ebx, [rbp+10h]
;;   0x01fc: mov r15, [r14+18h]
;;   0x0200: mov r15, [r15]
;;   0x0203: movzx eax, byte ptr [r15+rbx+7FFFFFFFh]
;;   0x020c: mov rbx, [rbp-10h]
;;   0x0210: mov rsp, rbp
;;   0x0213: pop rbp
;;   0x0214: ret 8
;;   0x0217: ud2
;; function 6 (load_80000000):
;;   0x0220: push rbp
;;   0x0221: mov rbp, rsp
;;   0x0224: mov r11, [r14]
;;   0x0227: mov r11, [r11]
;;   0x022a: add r11, 30h
;;   0x0231: cmp rsp, r11
;;   0x0234: jb 287h
;;   0x023a: sub rsp, 30h
;;   0x0241: mov [rbp-8], r14
;;   0x0245: mov [rbp-10h], rbx
;;   0x0249: mov ebx, [rbp+10h]
;;   0x024c: mov r15, [r14+18h]
;;   0x0250: mov r15, [r15]
;;   0x0253: mov eax, ebx
;;   0x0255: mov r11, [r14+18h]
;;   0x0259: mov ecx, 80000004h
;;   0x025e: add rcx, rax
;;   0x0261: cmp rcx, [r11+8]
;;   0x0265: ja 289h
;;   0x026b: lea rcx, [r15+rcx-4]
;;   0x0270: mov r11d, 0
;;   0x0276: cmova rcx, r11
;;   0x027a: mov eax, [rcx]
;;   0x027c: mov rbx, [rbp-10h]
;;   0x0280: mov rsp, rbp
;;   0x0283: pop rbp
;;   0x0284: ret 8
;;   0x0287: ud2
;;   0x0289: ud2
;; function 7 (load_ffffffff):
;;   0x0290: push rbp
;;   0x0291: mov rbp, rsp
;;   0x0294: mov r11, [r14]
;;   0x0297: mov r11, [r11]
;;   0x029a: add r11, 30h
;;   0x02a1: cmp rsp, r11
;;   0x02a4: jb 2FCh
;;   0x02aa: sub rsp, 30h
;;   0x02b1: mov [rbp-8], r14
;;   0x02b5: mov [rbp-10h], rbx
;;   0x02b9: mov ebx, [rbp+10h]
;;   0x02bc: mov r15, [r14+18h]
;;   0x02c0: mov r15, [r15]
;;   0x02c3: mov eax, ebx
;;   0x02c5: mov r11, [r14+18h]
;;   0x02c9: mov rcx, 100000003h
;;   0x02d3: add rcx, rax
;;   0x02d6: cmp rcx, [r11+8]
;;   0x02da: ja 2FEh
;;   0x02e0: lea rcx, [r15+rcx-4]
;;   0x02e5: mov r11d, 0
;;   0x02eb: cmova rcx, r11
;;   0x02ef: mov eax, [rcx]
;;   0x02f1: mov rbx, [rbp-10h]
;;   0x02f5: mov rsp, rbp
;;   0x02f8: pop rbp
;;   0x02f9: ret 8
;;   0x02fc: ud2
;;   0x02fe: ud2
;; function 8 (load8_ffffffff):
;;   0x0300: push rbp
;;   0x0301: mov rbp, rsp
;;   0x0304: mov r11, [r14]
;;   0x0307: mov r11, [r11]
;;   0x030a: add r11, 30h
;;   0x0311: cmp rsp, r11
;;   0x0314: jb 36Dh
;;   0x031a: sub rsp, 30h
;;   0x0321: mov [rbp-8], r14
;;   0x0325: mov [rbp-10h], rbx
;;   0x0329: mov ebx, [rbp+10h]
;;   0x032c: mov r15, [r14+18h]
;;   0x0330: mov r15, [r15]
;;   0x0333: mov eax, ebx
;;   0x0335: mov r11, [r14+18h]
;;   0x0339: mov rcx, 100000000h
;;   0x0343: add rcx, rax
;;   0x0346: cmp rcx, [r11+8]
;;   0x034a: ja 36Fh
;;   0x0350: lea rcx, [r15+rcx-1]
;;   0x0355: mov r11d, 0
;;   0x035b: cmova rcx, r11
;;   0x035f: movzx eax, byte ptr [rcx]
;;   0x0362: mov rbx, [rbp-10h]
;;   0x0366: mov rsp, rbp
;;   0x0369: pop rbp
;;   0x036a: ret 8
;;   0x036d: ud2
;;   0x036f: ud2
;; function 9 (store_7ffffff8):
;;   0x0380: push rbp
;;   0x0381: mov rbp, rsp
;;   0x0384: mov r11, [r14]
;;   0x0387: mov r11, [r11]
;;   0x038a: add r11, 30h
;;   0x0391: cmp rsp, r11
;;   0x0394: jb 3D5h
;;   0x039a: sub rsp, 30h
;;   0x03a1: mov [rbp-8], r14
;;   0x03a5: mov [rbp-10h], rbx
;;   0x03a9: mov [rbp-18h], r12
;;   0x03ad: mov ebx, [rbp+10h]
;;   0x03b0: mov r12, [rbp+18h]
;;   0x03b4: mov r15, [r14+18h]
;;   0x03b8: mov r15, [r15]
;;   0x03bb: mov rax, r12
;;   0x03be: mov [r15+rbx+7FFFFFF8h], rax
;;   0x03c6: mov rbx, [rbp-10h]
;;   0x03ca: mov r12, [rbp-18h]
;;   0x03ce: mov rsp, rbp
;;   0x03d1: pop rbp
;;   0x03d2: ret 10h
;;   0x03d5: ud2
;; function 10 (store_7fffffff):
;;   0x03e0: push rbp
;;   0x03e1: mov rbp, rsp
;;   0x03e4: mov r11, [r14]
;;   0x03e7: mov r11, [r11]
;;   0x03ea: add r11, 30h
;;   0x03f1: cmp rsp, r11
;;   0x03f4: jb 455h
;;   0x03fa: sub rsp, 30h
;;   0x0401: mov [rbp-8], r14
;;   0x0405: mov [rbp-10h], rbx
;;   0x0409: mov [rbp-18h], r12
;;   0x040d: mov ebx, [rbp+10h]
;;   0x0410: mov r12, [rbp+18h]
;;   0x0414: mov r15, [r14+18h]
;;   0x0418: mov r15, [r15]
;;   0x041b: mov rax, r12
;;   0x041e: mov r11, [r14+18h]
;;   0x0422: mov ecx, 80000007h
;;   0x0427: add rcx, rbx
;;   0x042a: cmp rcx, [r11+8]
;;   0x042e: ja 457h
;;   0x0434: lea rcx, [r15+rcx-8]
;;   0x0439: mov r11d, 0
;;   0x043f: cmova rcx, r11
;;   0x0443: mov [rcx], rax
;;   0x0446: mov rbx, [rbp-10h]
;;   0x044a: mov r12, [rbp-18h]
;;   0x044e: mov rsp, rbp
;;   0x0451: pop rbp
;;   0x0452: ret 10h
;;   0x0455: ud2
;;   0x0457: ud2
;; function 11 (store_80000000):
;;   0x0460: push rbp
;;   0x0461: mov rbp, rsp
;;   0x0464: mov r11, [r14]
;;   0x0467: mov r11, [r11]
;;   0x046a: add r11, 30h
;;   0x0471: cmp rsp, r11
;;   0x0474: jb 4D7h
;;   0x047a: sub rsp, 30h
;;   0x0481: mov [rbp-8], r14
;;   0x0485: mov [rbp-10h], rbx
;;   0x0489: mov [rbp-18h], r12
;;   0x048d: mov ebx, [rbp+10h]
;;   0x0490: mov r12, [rbp+18h]
;;   0x0494: mov r15, [r14+18h]
;;   0x0498: mov r15, [r15]
;;   0x049b: mov rax, r12
;;   0x049e: mov ecx, ebx
;;   0x04a0: mov r11, [r14+18h]
;;   0x04a4: mov edx, 80000008h
;;   0x04a9: add rdx, rcx
;;   0x04ac: cmp rdx, [r11+8]
;;   0x04b0: ja 4D9h
;;   0x04b6: lea rdx, [r15+rdx-8]
;;   0x04bb: mov r11d, 0
;;   0x04c1: cmova rdx, r11
;;   0x04c5: mov [rdx], rax
;;   0x04c8: mov rbx, [rbp-10h]
;;   0x04cc: mov r12, [rbp-18h]
;;   0x04d0: mov rsp, rbp
;;   0x04d3: pop rbp
;;   0x04d4: ret 10h
;;   0x04d7: ud2
;;   0x04d9: ud2
;; function 12 (store_ffffffff):
;;   0x04e0: push rbp
;;   0x04e1: mov rbp, rsp
;;   0x04e4: mov r11, [r14]
;;   0x04e7: mov r11, [r11]
;;   0x04ea: add r11, 30h
;;   0x04f1: cmp rsp, r11
;;   0x04f4: jb 55Ch
;;   0x04fa: sub rsp, 30h
;;   0x0501: mov [rbp-8], r14
;;   0x0505: mov [rbp-10h], rbx
;;   0x0509: mov [rbp-18h], r12
;;   0x050d: mov ebx, [rbp+10h]
;;   0x0510: mov r12, [rbp+18h]
;;   0x0514: mov r15, [r14+18h]
;;   0x0518: mov r15, [r15]
;;   0x051b: mov rax, r12
;;   0x051e: mov ecx, ebx
;;   0x0520: mov r11, [r14+18h]
;;   0x0524: mov rdx, 100000007h
;;   0x052e: add rdx, rcx
;;   0x0531: cmp rdx, [r11+8]
;;   0x0535: ja 55Eh
;;   0x053b: lea rdx, [r15+rdx-8]
;;   0x0540: mov r11d, 0
;;   0x0546: cmova rdx, r11
;;   0x054a: mov [rdx], rax
;;   0x054d: mov rbx, [rbp-10h]
;;   0x0551: mov r12, [rbp-18h]
;;   0x0555: mov rsp, rbp
;;   0x0558: pop rbp
;;   0x0559: ret 10h
;;   0x055c: ud2
;;   0x055e: ud2
;; function 13 (f64_ffffffff):
;;   0x0560: push rbp
;;   0x0561: mov rbp, rsp
;;   0x0564: mov r11, [r14]
;;   0x0567: mov r11, [r11]
;;   0x056a: add r11, 30h
;;   0x0571: cmp rsp, r11
;;   0x0574: jb 5CEh
;;   0x057a: sub rsp, 30h
;;   0x0581: mov [rbp-8], r14
;;   0x0585: mov [rbp-10h], rbx
;;   0x0589: mov ebx, [rbp+10h]
;;   0x058c: mov r15, [r14+18h]
;;   0x0590: mov r15, [r15]
;;   0x0593: mov eax, ebx
;;   0x0595: mov r11, [r14+18h]
;;   0x0599: mov rcx, 100000007h
;;   0x05a3: add rcx, rax
;;   0x05a6: cmp rcx, [r11+8]
;;   0x05aa: ja 5D0h
;;   0x05b0: lea rcx, [r15+rcx-8]
;;   0x05b5: mov r11d, 0
;;   0x05bb: cmova rcx, r11
;;   0x05bf: movsd xmm0, [rcx]
;;   0x05c3: mov rbx, [rbp-10h]
;;   0x05c7: mov rsp, rbp
;;   0x05ca: pop rbp
;;   0x05cb: ret 8
;;   0x05ce: ud2
;;   0x05d0: ud2
