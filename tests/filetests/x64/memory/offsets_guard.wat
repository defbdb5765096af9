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
;;   0x0014: jb 45h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov eax, ebx
;;   0x0035: add rax, r15
;;   0x0038: mov eax, [rax]
;;   0x003a: mov rbx, [rbp-10h]
;;   0x003e: mov rsp, rbp
;;   0x0041: pop rbp
;;   0x0042: ret 8
;;   0x0045: ud2
;; function 1 (load_16):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 96h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: mov r15, [r14+18h]
;;   0x0080: mov r15, [r15]
;;   0x0083: mov eax, ebx
;;   0x0085: add rax, r15
;;   0x0088: mov eax, [rax+10h]
;;   0x008b: mov rbx, [rbp-10h]
;;   0x008f: mov rsp, rbp
;;   0x0092: pop rbp
;;   0x0093: ret 8
;;   0x0096: ud2
;; function 2 (load_7ffffffc):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E9h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov ebx, [rbp+10h]
;;   0x00cc: mov r15, [r14+18h]
;;   0x00d0: mov r15, [r15]
;;   0x00d3: mov eax, ebx
;;   0x00d5: add rax, r15
;;   0x00d8: mov eax, [rax+7FFFFFFCh]
;;   0x00de: mov rbx, [rbp-10h]
;;   0x00e2: mov rsp, rbp
;;   0x00e5: pop rbp
;;   0x00e6: ret 8
;;   0x00e9: ud2
;; function 3 (load_7ffffffd):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 14Fh
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov ebx, [rbp+10h]
;;   0x011c: mov r15, [r14+18h]
;;   0x0120: mov r15, [r15]
;;   0x0123: mov eax, ebx
;;   0x0125: mov r11, [r14+18h]
;;   0x0129: mov ecx, 80000001h
;;   0x012e: add rcx, rax
;;   0x0131: cmp rcx, [r11+8]
;;   0x0135: ja 151h
;;   0x013b: add rax, r15
;;   0x013e: mov eax, [rax+7FFFFFFDh]
;;   0x0144: mov rbx, [rbp-10h]
;;   0x0148: mov rsp, rbp
;;   0x014b: pop rbp
;;   0x014c: ret 8
;;   0x014f: ud2
;;   0x0151: ud2
;; function 4 (load_7fffffff):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 30h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1BFh
;;   0x017a: sub rsp, 30h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov [rbp-10h], rbx
;;   0x0189: mov ebx, [rbp+10h]
;;   0x018c: mov r15, [r14+18h]
;;   0x0190: mov r15, [r15]
;;   0x0193: mov eax, ebx
;;   0x0195: mov r11, [r14+18h]
;;   0x0199: mov ecx, 80000003h
;;   0x019e: add rcx, rax
;;   0x01a1: cmp rcx, [r11+8]
;;   0x01a5: ja 1C1h
;;   0x01ab: add rax, r15
;;   0x01ae: mov eax, [rax+7FFFFFFFh]
;;   0x01b4: mov rbx, [rbp-10h]
;;   0x01b8: mov rsp, rbp
;;   0x01bb: pop rbp
;;   0x01bc: ret 8
;;   0x01bf: ud2
;;   0x01c1: ud2
;; function 5 (load8_7fffffff):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 30h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 21Ah
;;   0x01ea: sub rsp, 30h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov [rbp-10h], rbx
;;   0x01f9: mov ebx, [rbp+10h]
;;   0x01fc: mov r15, [r14+18h]
;;   0x0200: mov r15, [r15]
;;   0x0203: mov eax, ebx
;;   0x0205: add rax, r15
;;   0x0208: movzx eax, byte ptr [rax+7FFFFFFFh]
;;   0x020f: mov rbx, [rbp-10h]
;;   0x0213: mov rsp, rbp
;;   0x0216: pop rbp
;;   0x0217: ret 8
;;   0x021a: ud2
;; function 6 (load_80000000):
;;   0x0220: push rbp
;;   0x0221: mov rbp, rsp
;;   0x0224: mov r11, [r14]
;;   0x0227: mov r11, [r11]
;;   0x022a: add r11, 30h
;;   0x0231: cmp rsp, r11
;;   0x0234: jb 284h
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
;;   0x0265: ja 286h
;;   0x026b: add rax, r15
;;   0x026e: mov r11d, 80000000h
;;   0x0274: add rax, r11
;;   0x0277: mov eax, [rax]
;;   0x0279: mov rbx, [rbp-10h]
;;   0x027d: mov rsp, rbp
;;   0x0280: pop rbp
;;   0x0281: ret 8
;;   0x0284: ud2
;;   0x0286: ud2
;; function 7 (load_ffffffff):
;;   0x0290: push rbp
;;   0x0291: mov rbp, rsp
;;   0x0294: mov r11, [r14]
;;   0x0297: mov r11, [r11]
;;   0x029a: add r11, 30h
;;   0x02a1: cmp rsp, r11
;;   0x02a4: jb 2F9h
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
;;   0x02da: ja 2FBh
;;   0x02e0: add rax, r15
;;   0x02e3: mov r11d, 0FFFFFFFFh
;;   0x02e9: add rax, r11
;;   0x02ec: mov eax, [rax]
;;   0x02ee: mov rbx, [rbp-10h]
;;   0x02f2: mov rsp, rbp
;;   0x02f5: pop rbp
;;   0x02f6: ret 8
;;   0x02f9: ud2
;;   0x02fb: ud2
;; function 8 (load8_ffffffff):
;;   0x0300: push rbp
;;   0x0301: mov rbp, rsp
;;   0x0304: mov r11, [r14]
;;   0x0307: mov r11, [r11]
;;   0x030a: add r11, 30h
;;   0x0311: cmp rsp, r11
;;   0x0314: jb 36Ah
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
;;   0x034a: ja 36Ch
;;   0x0350: add rax, r15
;;   0x0353: mov r11d, 0FFFFFFFFh
;;   0x0359: add rax, r11
;;   0x035c: movzx eax, byte ptr [rax]
;;   0x035f: mov rbx, [rbp-10h]
;;   0x0363: mov rsp, rbp
;;   0x0366: pop rbp
;;   0x0367: ret 8
;;   0x036a: ud2
;;   0x036c: ud2
;; function 9 (store_7ffffff8):
;;   0x0370: push rbp
;;   0x0371: mov rbp, rsp
;;   0x0374: mov r11, [r14]
;;   0x0377: mov r11, [r11]
;;   0x037a: add r11, 30h
;;   0x0381: cmp rsp, r11
;;   0x0384: jb 3C9h
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
;;   0x03b0: add rcx, r15
;;   0x03b3: mov [rcx+7FFFFFF8h], rax
;;   0x03ba: mov rbx, [rbp-10h]
;;   0x03be: mov r12, [rbp-18h]
;;   0x03c2: mov rsp, rbp
;;   0x03c5: pop rbp
;;   0x03c6: ret 10h
;;   0x03c9: ud2
;; function 10 (store_7fffffff):
;;   0x03d0: push rbp
;;   0x03d1: mov rbp, rsp
;;   0x03d4: mov r11, [r14]
;;   0x03d7: mov r11, [r11]
;;   0x03da: add r11, 30h
;;   0x03e1: cmp rsp, r11
;;   0x03e4: jb 43Fh
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
;;   0x0414: mov edx, 80000007h
;;   0x0419: add rdx, rcx
;;   0x041c: cmp rdx, [r11+8]
;;   0x0420: ja 441h
;;   0x0426: add rcx, r15
;;   0x0429: mov [rcx+7FFFFFFFh], rax
;;   0x0430: mov rbx, [rbp-10h]
;;   0x0434: mov r12, [rbp-18h]
;;   0x0438: mov rsp, rbp
;;   0x043b: pop rbp
;;   0x043c: ret 10h
;;   0x043f: ud2
;;   0x0441: ud2
;; function 11 (store_80000000):
;;   0x0450: push rbp
;;   0x0451: mov rbp, rsp
;;   0x0454: mov r11, [r14]
;;   0x0457: mov r11, [r11]
;;   0x045a: add r11, 30h
;;   0x0461: cmp rsp, r11
;;   0x0464: jb 4C4h
;;   0x046a: sub rsp, 30h
;;   0x0471: mov [rbp-8], r14
;;   0x0475: mov [rbp-10h], rbx
;;   0x0479: mov [rbp-18h], r12
;;   0x047d: mov ebx, [rbp+10h]
;;   0x0480: mov r12, [rbp+18h]
;;   0x0484: mov r15, [r14+18h]
;;   0x0488: mov r15, [r15]
;;   0x048b: mov rax, r12
;;   0x048e: mov ecx, ebx
;;   0x0490: mov r11, [r14+18h]
;;   0x0494: mov edx, 80000008h
;;   0x0499: add rdx, rcx
;;   0x049c: cmp rdx, [r11+8]
;;   0x04a0: ja 4C6h
;;   0x04a6: add rcx, r15
;;   0x04a9: mov r11d, 80000000h
;;   0x04af: add rcx, r11
;;   0x04b2: mov [rcx], rax
;;   0x04b5: mov rbx, [rbp-10h]
;;   0x04b9: mov r12, [rbp-18h]
;;   0x04bd: mov rsp, rbp
;;   0x04c0: pop rbp
;;   0x04c1: ret 10h
;;   0x04c4: ud2
;;   0x04c6: ud2
;; function 12 (store_ffffffff):
;;   0x04d0: push rbp
;;   0x04d1: mov rbp, rsp
;;   0x04d4: mov r11, [r14]
;;   0x04d7: mov r11, [r11]
;;   0x04da: add r11, 30h
;;   0x04e1: cmp rsp, r11
;;   0x04e4: jb 549h
;;   0x04ea: sub rsp, 30h
;;   0x04f1: mov [rbp-8], r14
;;   0x04f5: mov [rbp-10h], rbx
;;   0x04f9: mov [rbp-18h], r12
;;   0x04fd: mov ebx, [rbp+10h]
;;   0x0500: mov r12, [rbp+18h]
;;   0x0504: mov r15, [r14+18h]
;;   0x0508: mov r15, [r15]
;;   0x050b: mov rax, r12
;;   0x050e: mov ecx, ebx
;;   0x0510: mov r11, [r14+18h]
;;   0x0514: mov rdx, 100000007h
;;   0x051e: add rdx, rcx
;;   0x0521: cmp rdx, [r11+8]
;;   0x0525: ja 54Bh
;;   0x052b: add rcx, r15
;;   0x052e: mov r11d, 0FFFFFFFFh
;;   0x0534: add rcx, r11
;;   0x0537: mov [rcx], rax
;;   0x053a: mov rbx, [rbp-10h]
;;   0x053e: mov r12, [rbp-18h]
;;   0x0542: mov rsp, rbp
;;   0x0545: pop rbp
;;   0x0546: ret 10h
;;   0x0549: ud2
;;   0x054b: ud2
;; function 13 (f64_ffffffff):
;;   0x0550: push rbp
;;   0x0551: mov rbp, rsp
;;   0x0554: mov r11, [r14]
;;   0x0557: mov r11, [r11]
;;   0x055a: add r11, 30h
;;   0x0561: cmp rsp, r11
;;   0x0564: jb 5BBh
;;   0x056a: sub rsp, 30h
;;   0x0571: mov [rbp-8], r14
;;   0x0575: mov [rbp-10h], rbx
;;   0x0579: mov ebx, [rbp+10h]
;;   0x057c: mov r15, [r14+18h]
;;   0x0580: mov r15, [r15]
;;   0x0583: mov eax, ebx
;;   0x0585: mov r11, [r14+18h]
;;   0x0589: mov rcx, 100000007h
;;   0x0593: add rcx, rax
;;   0x0596: cmp rcx, [r11+8]
;;   0x059a: ja 5BDh
;;   0x05a0: add rax, r15
;;   0x05a3: mov r11d, 0FFFFFFFFh
;;   0x05a9: add rax, r11
;;   0x05ac: movsd xmm0, [rax]
;;   0x05b0: mov rbx, [rbp-10h]
;;   0x05b4: mov rsp, rbp
;;   0x05b7: pop rbp
;;   0x05b8: ret 8
;;   0x05bb: ud2
;;   0x05bd: ud2
