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
;;   0x0234: jb 285h
;;   0x023a: sub rsp, 30h
;;   0x0241: mov [rbp-8], r14
;;   0x0245: mov [rbp-10h], rbx
;;   0x0249: mov ebx, [rbp+10h]
;;   0x024c: mov r15, [r14+18h]
;;   0x0250: mov r15, [r15]
;;   0x0253: mov r11, [r14+18h]
;;   0x0257: mov eax, 80000004h
;;   0x025c: add rax, rbx
;;   0x025f: cmp rax, [r11+8]
;;   0x0263: ja 287h
;;   0x0269: lea rax, [r15+rax-4]
;;   0x026e: mov r11d, 0
;;   0x0274: cmova rax, r11
;;   0x0278: mov eax, [rax]
;;   0x027a: mov rbx, [rbp-10h]
;;   0x027e: mov rsp, rbp
;;   0x0281: pop rbp
;;   0x0282: ret 8
;;   0x0285: ud2
;;   0x0287: ud2
;; function 7 (load_ffffffff):
;;   0x0290: push rbp
;;   0x0291: mov rbp, rsp
;;   0x0294: mov r11, [r14]
;;   0x0297: mov r11, [r11]
;;   0x029a: add r11, 30h
;;   0x02a1: cmp rsp, r11
;;   0x02a4: jb 2FAh
;;   0x02aa: sub rsp, 30h
;;   0x02b1: mov [rbp-8], r14
;;   0x02b5: mov [rbp-10h], rbx
;;   0x02b9: mov ebx, [rbp+10h]
;;   0x02bc: mov r15, [r14+18h]
;;   0x02c0: mov r15, [r15]
;;   0x02c3: mov r11, [r14+18h]
;;   0x02c7: mov rax, 100000003h
;;   0x02d1: add rax, rbx
;;   0x02d4: cmp rax, [r11+8]
;;   0x02d8: ja 2FCh
;;   0x02de: lea rax, [r15+rax-4]
;;   0x02e3: mov r11d, 0
;;   0x02e9: cmova rax, r11
;;   0x02ed: mov eax, [rax]
;;   0x02ef: mov rbx, [rbp-10h]
;;   0x02f3: mov rsp, rbp
;;   0x02f6: pop rbp
;;   0x02f7: ret 8
;;   0x02fa: ud2
;;   0x02fc: ud2
;; function 8 (load8_ffffffff):
;;   0x0300: push rbp
;;   0x0301: mov rbp, rsp
;;   0x0304: mov r11, [r14]
;;   0x0307: mov r11, [r11]
;;   0x030a: add r11, 30h
;;   0x0311: cmp rsp, r11
;;   0x0314: jb 36Bh
;;   0x031a: sub rsp, 30h
;;   0x0321: mov [rbp-8], r14
;;   0x0325: mov [rbp-10h], rbx
;;   0x0329: mov ebx, [rbp+10h]
;;   0x032c: mov r15, [r14+18h]
;;   0x0330: mov r15, [r15]
;;   0x0333: mov r11, [r14+18h]
;;   0x0337: mov rax, 100000000h
;;   0x0341: add rax, rbx
;;   0x0344: cmp rax, [r11+8]
;;   0x0348: ja 36Dh
;;   0x034e: lea rax, [r15+rax-1]
;;   0x0353: mov r11d, 0
;;   0x0359: cmova rax, r11
;;   0x035d: movzx eax, byte ptr [rax]
;;   0x0360: mov rbx, [rbp-10h]
;;   0x0364: mov rsp, rbp
;;   0x0367: pop rbp
;;   0x0368: ret 8
;;   0x036b: ud2
;;   0x036d: ud2
;; function 9 (store_7ffffff8):
;;   0x0370: push rbp
;;   0x0371: mov rbp, rsp
;;   0x0374: mov r11, [r14]
;;   0x0377: mov r11, [r11]
;;   0x037a: add r11, 30h
;;   0x0381: cmp rsp, r11
;;   0x0384: jb 3C2h
;;   0x038a: sub rsp, 30h
;;   0x0391: mov [rbp-8], r14
;;   0x0395: mov [rbp-10h], rbx
;;   0x0399: mov [rbp-18h], r12
;;   0x039d: mov ebx, [rbp+10h]
;;   0x03a0: mov r12, [rbp+18h]
;;   0x03a4: mov r15, [r14+18h]
;;   0x03a8: mov r15, [r15]
;;   0x03ab: mov [r15+rbx+7FFFFFF8h], r12
;;   0x03b3: mov rbx, [rbp-10h]
;;   0x03b7: mov r12, [rbp-18h]
;;   0x03bb: mov rsp, rbp
;;   0x03be: pop rbp
;;   0x03bf: ret 10h
;;   0x03c2: ud2
;; function 10 (store_7fffffff):
;;   0x03d0: push rbp
;;   0x03d1: mov rbp, rsp
;;   0x03d4: mov r11, [r14]
;;   0x03d7: mov r11, [r11]
;;   0x03da: add r11, 30h
;;   0x03e1: cmp rsp, r11
;;   0x03e4: jb 442h
;;   0x03ea: sub rsp, 30h
;;   0x03f1: mov [rbp-8], r14
;;   0x03f5: mov [rbp-10h], rbx
;;   0x03f9: mov [rbp-18h], r12
;;   0x03fd: mov ebx, [rbp+10h]
;;   0x0400: mov r12, [rbp+18h]
;;   0x0404: mov r15, [r14+18h]
;;   0x0408: mov r15, [r15]
;;   0x040b: mov r11, [r14+18h]
;;   0x040f: mov eax, 80000007h
;;   0x0414: add rax, rbx
;;   0x0417: cmp rax, [r11+8]
;;   0x041b: ja 444h
;;   0x0421: lea rax, [r15+rax-8]
;;   0x0426: mov r11d, 0
;;   0x042c: cmova rax, r11
;;   0x0430: mov [rax], r12
;;   0x0433: mov rbx, [rbp-10h]
;;   0x0437: mov r12, [rbp-18h]
;;   0x043b: mov rsp, rbp
;;   0x043e: pop rbp
;;   0x043f: ret 10h
;;   0x0442: ud2
;;   0x0444: ud2
;; function 11 (store_80000000):
;;   0x0450: push rbp
;;   0x0451: mov rbp, rsp
;;   0x0454: mov r11, [r14]
;;   0x0457: mov r11, [r11]
;;   0x045a: add r11, 30h
;;   0x0461: cmp rsp, r11
;;   0x0464: jb 4C2h
;;   0x046a: sub rsp, 30h
;;   0x0471: mov [rbp-8], r14
;;   0x0475: mov [rbp-10h], rbx
;;   0x0479: mov [rbp-18h], r12
;;   0x047d: mov ebx, [rbp+10h]
;;   0x0480: mov r12, [rbp+18h]
;;   0x0484: mov r15, [r14+18h]
;;   0x0488: mov r15, [r15]
;;   0x048b: mov r11, [r14+18h]
;;   0x048f: mov eax, 80000008h
;;   0x0494: add rax, rbx
;;   0x0497: cmp rax, [r11+8]
;;   0x049b: ja 4C4h
;;   0x04a1: lea rax, [r15+rax-8]
;;   0x04a6: mov r11d, 0
;;   0x04ac: cmova rax, r11
;;   0x04b0: mov [rax], r12
;;   0x04b3: mov rbx, [rbp-10h]
;;   0x04b7: mov r12, [rbp-18h]
;;   0x04bb: mov rsp, rbp
;;   0x04be: pop rbp
;;   0x04bf: ret 10h
;;   0x04c2: ud2
;;   0x04c4: ud2
;; function 12 (store_ffffffff):
;;   0x04d0: push rbp
;;   0x04d1: mov rbp, rsp
;;   0x04d4: mov r11, [r14]
;;   0x04d7: mov r11, [r11]
;;   0x04da: add r11, 30h
;;   0x04e1: cmp rsp, r11
;;   0x04e4: jb 547h
;;   0x04ea: sub rsp, 30h
;;   0x04f1: mov [rbp-8], r14
;;   0x04f5: mov [rbp-10h], rbx
;;   0x04f9: mov [rbp-18h], r12
;;   0x04fd: mov ebx, [rbp+10h]
;;   0x0500: mov r12, [rbp+18h]
;;   0x0504: mov r15, [r14+18h]
;;   0x0508: mov r15, [r15]
;;   0x050b: mov r11, [r14+18h]
;;   0x050f: mov rax, 100000007h
;;   0x0519: add rax, rbx
;;   0x051c: cmp rax, [r11+8]
;;   0x0520: ja 549h
;;   0x0526: lea rax, [r15+rax-8]
;;   0x052b: mov r11d, 0
;;   0x0531: cmova rax, r11
;;   0x0535: mov [rax], r12
;;   0x0538: mov rbx, [rbp-10h]
;;   0x053c: mov r12, [rbp-18h]
;;   0x0540: mov rsp, rbp
;;   0x0543: pop rbp
;;   0x0544: ret 10h
;;   0x0547: ud2
;;   0x0549: ud2
;; function 13 (f64_ffffffff):
;;   0x0550: push rbp
;;   0x0551: mov rbp, rsp
;;   0x0554: mov r11, [r14]
;;   0x0557: mov r11, [r11]
;;   0x055a: add r11, 30h
;;   0x0561: cmp rsp, r11
;;   0x0564: jb 5BCh
;;   0x056a: sub rsp, 30h
;;   0x0571: mov [rbp-8], r14
;;   0x0575: mov [rbp-10h], rbx
;;   0x0579: mov ebx, [rbp+10h]
;;   0x057c: mov r15, [r14+18h]
;;   0x0580: mov r15, [r15]
;;   0x0583: mov r11, [r14+18h]
;;   0x0587: mov rax, 100000007h
;;   0x0591: add rax, rbx
;;   0x0594: cmp rax, [r11+8]
;;   0x0598: ja 5BEh
;;   0x059e: lea rax, [r15+rax-8]
;;   0x05a3: mov r11d, 0
;;   0x05a9: cmova rax, r11
;;   0x05ad: movsd xmm0, [rax]
;;   0x05b1: mov rbx, [rbp-10h]
;;   0x05b5: mov rsp, rbp
;;   0x05b8: pop rbp
;;   0x05b9: ret 8
;;   0x05bc: ud2
;;   0x05be: ud2
