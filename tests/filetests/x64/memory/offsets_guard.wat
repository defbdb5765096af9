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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Bh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, [rbp+10h]
;;   0x002f: add rax, r15
;;   0x0032: mov eax, [rax]
;;   0x0034: mov rsp, rbp
;;   0x0037: pop rbp
;;   0x0038: ret 8
;;   0x003b: ud2
;; function 1 (load_16):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Ch
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov r15, [r14+18h]
;;   0x0069: mov r15, [r15]
;;   0x006c: mov eax, [rbp+10h]
;;   0x006f: add rax, r15
;;   0x0072: mov eax, [rax+10h]
;;   0x0075: mov rsp, rbp
;;   0x0078: pop rbp
;;   0x0079: ret 8
;;   0x007c: ud2
;; function 2 (load_7ffffffc):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BFh
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov r15, [r14+18h]
;;   0x00a9: mov r15, [r15]
;;   0x00ac: mov eax, [rbp+10h]
;;   0x00af: add rax, r15
;;   0x00b2: mov eax, [rax+7FFFFFFCh]
;;   0x00b8: mov rsp, rbp
;;   0x00bb: pop rbp
;;   0x00bc: ret 8
;;   0x00bf: ud2
;; function 3 (load_7ffffffd):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 10h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 125h
;;   0x00ea: sub rsp, 10h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov r15, [r14+18h]
;;   0x00f9: mov r15, [r15]
;;   0x00fc: mov eax, [rbp+10h]
;;   0x00ff: mov r11, [r14+18h]
;;   0x0103: mov ecx, 80000001h
;;   0x0108: add rcx, rax
;;   0x010b: cmp rcx, [r11+8]
;;   0x010f: ja 127h
;;   0x0115: add rax, r15
;;   0x0118: mov eax, [rax+7FFFFFFDh]
;;   0x011e: mov rsp, rbp
;;   0x0121: pop rbp
;;   0x0122: ret 8
;;   0x0125: ud2
;;   0x0127: ud2
;; function 4 (load_7fffffff):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 10h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 185h
;;   0x014a: sub rsp, 10h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov r15, [r14+18h]
;;   0x0159: mov r15, [r15]
;;   0x015c: mov eax, [rbp+10h]
;;   0x015f: mov r11, [r14+18h]
;;   0x0163: mov ecx, 80000003h
;;   0x0168: add rcx, rax
;;   0x016b: cmp rcx, [r11+8]
;;   0x016f: ja 187h
;;   0x0175: add rax, r15
;;   0x0178: mov eax, [rax+7FFFFFFFh]
;;   0x017e: mov rsp, rbp
;;   0x0181: pop rbp
;;   0x0182: ret 8
;;   0x0185: ud2
;;   0x0187: ud2
;; function 5 (load8_7fffffff):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 10h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1D0h
;;   0x01aa: sub rsp, 10h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov r15, [r14+18h]
;;   0x01b9: mov r15, [r15]
;;   0x01bc: mov eax, [rbp+10h]
;;   0x01bf: add rax, r15
;;   0x01c2: movzx eax, byte ptr [rax+7FFFFFFFh]
;;   0x01c9: mov rsp, rbp
;;   0x01cc: pop rbp
;;   0x01cd: ret 8
;;   0x01d0: ud2
;; function 6 (load_80000000):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 10h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 23Ah
;;   0x01fa: sub rsp, 10h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov r15, [r14+18h]
;;   0x0209: mov r15, [r15]
;;   0x020c: mov eax, [rbp+10h]
;;   0x020f: mov r11, [r14+18h]
;;   0x0213: mov ecx, 80000004h
;;   0x0218: add rcx, rax
;;   0x021b: cmp rcx, [r11+8]
;;   0x021f: ja 23Ch
;;   0x0225: add rax, r15
;;   0x0228: mov r11d, 80000000h
;;   0x022e: add rax, r11
;;   0x0231: mov eax, [rax]
;;   0x0233: mov rsp, rbp
;;   0x0236: pop rbp
;;   0x0237: ret 8
;;   0x023a: ud2
;;   0x023c: ud2
;; function 7 (load_ffffffff):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 10h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 29Fh
;;   0x025a: sub rsp, 10h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov r15, [r14+18h]
;;   0x0269: mov r15, [r15]
;;   0x026c: mov eax, [rbp+10h]
;;   0x026f: mov r11, [r14+18h]
;;   0x0273: mov rcx, 100000003h
;;   0x027d: add rcx, rax
;;   0x0280: cmp rcx, [r11+8]
;;   0x0284: ja 2A1h
;;   0x028a: add rax, r15
;;   0x028d: mov r11d, 0FFFFFFFFh
;;   0x0293: add rax, r11
;;   0x0296: mov eax, [rax]
;;   0x0298: mov rsp, rbp
;;   0x029b: pop rbp
;;   0x029c: ret 8
;;   0x029f: ud2
;;   0x02a1: ud2
;; function 8 (load8_ffffffff):
;;   0x02b0: push rbp
;;   0x02b1: mov rbp, rsp
;;   0x02b4: mov r11, [r14]
;;   0x02b7: mov r11, [r11]
;;   0x02ba: add r11, 10h
;;   0x02c1: cmp rsp, r11
;;   0x02c4: jb 310h
;;   0x02ca: sub rsp, 10h
;;   0x02d1: mov [rbp-8], r14
;;   0x02d5: mov r15, [r14+18h]
;;   0x02d9: mov r15, [r15]
;;   0x02dc: mov eax, [rbp+10h]
;;   0x02df: mov r11, [r14+18h]
;;   0x02e3: mov rcx, 100000000h
;;   0x02ed: add rcx, rax
;;   0x02f0: cmp rcx, [r11+8]
;;   0x02f4: ja 312h
;;   0x02fa: add rax, r15
;;   0x02fd: mov r11d, 0FFFFFFFFh
;;   0x0303: add rax, r11
;;   0x0306: movzx eax, byte ptr [rax]
;;   0x0309: mov rsp, rbp
;;   0x030c: pop rbp
;;   0x030d: ret 8
;;   0x0310: ud2
;;   0x0312: ud2
;; function 9 (store_7ffffff8):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 20h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 364h
;;   0x033a: sub rsp, 20h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: mov r15, [r14+18h]
;;   0x0349: mov r15, [r15]
;;   0x034c: mov rax, [rbp+18h]
;;   0x0350: mov ecx, [rbp+10h]
;;   0x0353: add rcx, r15
;;   0x0356: mov [rcx+7FFFFFF8h], rax
;;   0x035d: mov rsp, rbp
;;   0x0360: pop rbp
;;   0x0361: ret 10h
;;   0x0364: ud2
;; function 10 (store_7fffffff):
;;   0x0370: push rbp
;;   0x0371: mov rbp, rsp
;;   0x0374: mov r11, [r14]
;;   0x0377: mov r11, [r11]
;;   0x037a: add r11, 20h
;;   0x0381: cmp rsp, r11
;;   0x0384: jb 3CAh
;;   0x038a: sub rsp, 20h
;;   0x0391: mov [rbp-8], r14
;;   0x0395: mov r15, [r14+18h]
;;   0x0399: mov r15, [r15]
;;   0x039c: mov rax, [rbp+18h]
;;   0x03a0: mov ecx, [rbp+10h]
;;   0x03a3: mov r11, [r14+18h]
;;   0x03a7: mov edx, 80000007h
;;   0x03ac: add rdx, rcx
;;   0x03af: cmp rdx, [r11+8]
;;   0x03b3: ja 3CCh
;;   0x03b9: add rcx, r15
;;   0x03bc: mov [rcx+7FFFFFFFh], rax
;;   0x03c3: mov rsp, rbp
;;   0x03c6: pop rbp
;;   0x03c7: ret 10h
;;   0x03ca: ud2
;;   0x03cc: ud2
;; function 11 (store_80000000):
;;   0x03d0: push rbp
;;   0x03d1: mov rbp, rsp
;;   0x03d4: mov r11, [r14]
;;   0x03d7: mov r11, [r11]
;;   0x03da: add r11, 20h
;;   0x03e1: cmp rsp, r11
;;   0x03e4: jb 42Fh
;;   0x03ea: sub rsp, 20h
;;   0x03f1: mov [rbp-8], r14
;;   0x03f5: mov r15, [r14+18h]
;;   0x03f9: mov r15, [r15]
;;   0x03fc: mov rax, [rbp+18h]
;;   0x0400: mov ecx, [rbp+10h]
;;   0x0403: mov r11, [r14+18h]
;;   0x0407: mov edx, 80000008h
;;   0x040c: add rdx, rcx
;;   0x040f: cmp rdx, [r11+8]
;;   0x0413: ja 431h
;;   0x0419: add rcx, r15
;;   0x041c: mov r11d, 80000000h
;;   0x0422: add rcx, r11
;;   0x0425: mov [rcx], rax
;;   0x0428: mov rsp, rbp
;;   0x042b: pop rbp
;;   0x042c: ret 10h
;;   0x042f: ud2
;;   0x0431: ud2
;; function 12 (store_ffffffff):
;;   0x0440: push rbp
;;   0x0441: mov rbp, rsp
;;   0x0444: mov r11, [r14]
;;   0x0447: mov r11, [r11]
;;   0x044a: add r11, 20h
;;   0x0451: cmp rsp, r11
;;   0x0454: jb 4A4h
;;   0x045a: sub rsp, 20h
;;   0x0461: mov [rbp-8], r14
;;   0x0465: mov r15, [r14+18h]
;;   0x0469: mov r15, [r15]
;;   0x046c: mov rax, [rbp+18h]
;;   0x0470: mov ecx, [rbp+10h]
;;   0x0473: mov r11, [r14+18h]
;;   0x0477: mov rdx, 100000007h
;;   0x0481: add rdx, rcx
;;   0x0484: cmp rdx, [r11+8]
;;   0x0488: ja 4A6h
;;   0x048e: add rcx, r15
;;   0x0491: mov r11d, 0FFFFFFFFh
;;   0x0497: add rcx, r11
;;   0x049a: mov [rcx], rax
;;   0x049d: mov rsp, rbp
;;   0x04a0: pop rbp
;;   0x04a1: ret 10h
;;   0x04a4: ud2
;;   0x04a6: ud2
;; function 13 (f64_ffffffff):
;;   0x04b0: push rbp
;;   0x04b1: mov rbp, rsp
;;   0x04b4: mov r11, [r14]
;;   0x04b7: mov r11, [r11]
;;   0x04ba: add r11, 10h
;;   0x04c1: cmp rsp, r11
;;   0x04c4: jb 511h
;;   0x04ca: sub rsp, 10h
;;   0x04d1: mov [rbp-8], r14
;;   0x04d5: mov r15, [r14+18h]
;;   0x04d9: mov r15, [r15]
;;   0x04dc: mov eax, [rbp+10h]
;;   0x04df: mov r11, [r14+18h]
;;   0x04e3: mov rcx, 100000007h
;;   0x04ed: add rcx, rax
;;   0x04f0: cmp rcx, [r11+8]
;;   0x04f4: ja 513h
;;   0x04fa: add rax, r15
;;   0x04fd: mov r11d, 0FFFFFFFFh
;;   0x0503: add rax, r11
;;   0x0506: movsd xmm0, [rax]
;;   0x050a: mov rsp, rbp
;;   0x050d: pop rbp
;;   0x050e: ret 8
;;   0x0511: ud2
;;   0x0513: ud2
