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
;;   0x003b: mov r11, [r14]
;;   0x003e: mov eax, 0Ah
;;   0x0043: mov rsp, [r11+8]
;;   0x0047: jmp qword ptr [r11+10h]
;; function 1 (load_16):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Ch
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov r15, [r14+18h]
;;   0x0079: mov r15, [r15]
;;   0x007c: mov eax, [rbp+10h]
;;   0x007f: add rax, r15
;;   0x0082: mov eax, [rax+10h]
;;   0x0085: mov rsp, rbp
;;   0x0088: pop rbp
;;   0x0089: ret 8
;;   0x008c: mov r11, [r14]
;;   0x008f: mov eax, 0Ah
;;   0x0094: mov rsp, [r11+8]
;;   0x0098: jmp qword ptr [r11+10h]
;; function 2 (load_7ffffffc):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0DFh
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov r15, [r14+18h]
;;   0x00c9: mov r15, [r15]
;;   0x00cc: mov eax, [rbp+10h]
;;   0x00cf: add rax, r15
;;   0x00d2: mov eax, [rax+7FFFFFFCh]
;;   0x00d8: mov rsp, rbp
;;   0x00db: pop rbp
;;   0x00dc: ret 8
;;   0x00df: mov r11, [r14]
;;   0x00e2: mov eax, 0Ah
;;   0x00e7: mov rsp, [r11+8]
;;   0x00eb: jmp qword ptr [r11+10h]
;; function 3 (load_7ffffffd):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 10h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 145h
;;   0x010a: sub rsp, 10h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov r15, [r14+18h]
;;   0x0119: mov r15, [r15]
;;   0x011c: mov eax, [rbp+10h]
;;   0x011f: mov r11, [r14+18h]
;;   0x0123: mov ecx, 80000001h
;;   0x0128: add rcx, rax
;;   0x012b: cmp rcx, [r11+8]
;;   0x012f: ja 155h
;;   0x0135: add rax, r15
;;   0x0138: mov eax, [rax+7FFFFFFDh]
;;   0x013e: mov rsp, rbp
;;   0x0141: pop rbp
;;   0x0142: ret 8
;;   0x0145: mov r11, [r14]
;;   0x0148: mov eax, 0Ah
;;   0x014d: mov rsp, [r11+8]
;;   0x0151: jmp qword ptr [r11+10h]
;;   0x0155: mov r11, [r14]
;;   0x0158: mov eax, 5
;;   0x015d: mov rsp, [r11+8]
;;   0x0161: jmp qword ptr [r11+10h]
;; function 4 (load_7fffffff):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 10h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1C5h
;;   0x018a: sub rsp, 10h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: mov r15, [r14+18h]
;;   0x0199: mov r15, [r15]
;;   0x019c: mov eax, [rbp+10h]
;;   0x019f: mov r11, [r14+18h]
;;   0x01a3: mov ecx, 80000003h
;;   0x01a8: add rcx, rax
;;   0x01ab: cmp rcx, [r11+8]
;;   0x01af: ja 1D5h
;;   0x01b5: add rax, r15
;;   0x01b8: mov eax, [rax+7FFFFFFFh]
;;   0x01be: mov rsp, rbp
;;   0x01c1: pop rbp
;;   0x01c2: ret 8
;;   0x01c5: mov r11, [r14]
;;   0x01c8: mov eax, 0Ah
;;   0x01cd: mov rsp, [r11+8]
;;   0x01d1: jmp qword ptr [r11+10h]
;;   0x01d5: mov r11, [r14]
;;   0x01d8: mov eax, 5
;;   0x01dd: mov rsp, [r11+8]
;;   0x01e1: jmp qword ptr [r11+10h]
;; function 5 (load8_7fffffff):
;;   0x01f0: push rbp
;;   0x01f1: mov rbp, rsp
;;   0x01f4: mov r11, [r14]
;;   0x01f7: mov r11, [r11]
;;   0x01fa: add r11, 10h
;;   0x0201: cmp rsp, r11
;;   0x0204: jb 230h
;;   0x020a: sub rsp, 10h
;;   0x0211: mov [rbp-8], r14
;;   0x0215: mov r15, [r14+18h]
;;   0x0219: mov r15, [r15]
;;   0x021c: mov eax, [rbp+10h]
;;   0x021f: add rax, r15
;;   0x0222: movzx eax, byte ptr [rax+7FFFFFFFh]
;;   0x0229: mov rsp, rbp
;;   0x022c: pop rbp
;;   0x022d: ret 8
;;   0x0230: mov r11, [r14]
;;   0x0233: mov eax, 0Ah
;;   0x0238: mov rsp, [r11+8]
;;   0x023c: jmp qword ptr [r11+10h]
;; function 6 (load_80000000):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 10h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 29Ah
;;   0x025a: sub rsp, 10h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov r15, [r14+18h]
;;   0x0269: mov r15, [r15]
;;   0x026c: mov eax, [rbp+10h]
;;   0x026f: mov r11, [r14+18h]
;;   0x0273: mov ecx, 80000004h
;;   0x0278: add rcx, rax
;;   0x027b: cmp rcx, [r11+8]
;;   0x027f: ja 2AAh
;;   0x0285: add rax, r15
;;   0x0288: mov r11d, 80000000h
;;   0x028e: add rax, r11
;;   0x0291: mov eax, [rax]
;;   0x0293: mov rsp, rbp
;;   0x0296: pop rbp
;;   0x0297: ret 8
;;   0x029a: mov r11, [r14]
;;   0x029d: mov eax, 0Ah
;;   0x02a2: mov rsp, [r11+8]
;;   0x02a6: jmp qword ptr [r11+10h]
;;   0x02aa: mov r11, [r14]
;;   0x02ad: mov eax, 5
;;   0x02b2: mov rsp, [r11+8]
;;   0x02b6: jmp qword ptr [r11+10h]
;; function 7 (load_ffffffff):
;;   0x02c0: push rbp
;;   0x02c1: mov rbp, rsp
;;   0x02c4: mov r11, [r14]
;;   0x02c7: mov r11, [r11]
;;   0x02ca: add r11, 10h
;;   0x02d1: cmp rsp, r11
;;   0x02d4: jb 31Fh
;;   0x02da: sub rsp, 10h
;;   0x02e1: mov [rbp-8], r14
;;   0x02e5: mov r15, [r14+18h]
;;   0x02e9: mov r15, [r15]
;;   0x02ec: mov eax, [rbp+10h]
;;   0x02ef: mov r11, [r14+18h]
;;   0x02f3: mov rcx, 100000003h
;;   0x02fd: add rcx, rax
;;   0x0300: cmp rcx, [r11+8]
;;   0x0304: ja 32Fh
;;   0x030a: add rax, r15
;;   0x030d: mov r11d, 0FFFFFFFFh
;;   0x0313: add rax, r11
;;   0x0316: mov eax, [rax]
;;   0x0318: mov rsp, rbp
;;   0x031b: pop rbp
;;   0x031c: ret 8
;;   0x031f: mov r11, [r14]
;;   0x0322: mov eax, 0Ah
;;   0x0327: mov rsp, [r11+8]
;;   0x032b: jmp qword ptr [r11+10h]
;;   0x032f: mov r11, [r14]
;;   0x0332: mov eax, 5
;;   0x0337: mov rsp, [r11+8]
;;   0x033b: jmp qword ptr [r11+10h]
;; function 8 (load8_ffffffff):
;;   0x0340: push rbp
;;   0x0341: mov rbp, rsp
;;   0x0344: mov r11, [r14]
;;   0x0347: mov r11, [r11]
;;   0x034a: add r11, 10h
;;   0x0351: cmp rsp, r11
;;   0x0354: jb 3A0h
;;   0x035a: sub rsp, 10h
;;   0x0361: mov [rbp-8], r14
;;   0x0365: mov r15, [r14+18h]
;;   0x0369: mov r15, [r15]
;;   0x036c: mov eax, [rbp+10h]
;;   0x036f: mov r11, [r14+18h]
;;   0x0373: mov rcx, 100000000h
;;   0x037d: add rcx, rax
;;   0x0380: cmp rcx, [r11+8]
;;   0x0384: ja 3B0h
;;   0x038a: add rax, r15
;;   0x038d: mov r11d, 0FFFFFFFFh
;;   0x0393: add rax, r11
;;   0x0396: movzx eax, byte ptr [rax]
;;   0x0399: mov rsp, rbp
;;   0x039c: pop rbp
;;   0x039d: ret 8
;;   0x03a0: mov r11, [r14]
;;   0x03a3: mov eax, 0Ah
;;   0x03a8: mov rsp, [r11+8]
;;   0x03ac: jmp qword ptr [r11+10h]
;;   0x03b0: mov r11, [r14]
;;   0x03b3: mov eax, 5
;;   0x03b8: mov rsp, [r11+8]
;;   0x03bc: jmp qword ptr [r11+10h]
;; function 9 (store_7ffffff8):
;;   0x03c0: push rbp
;;   0x03c1: mov rbp, rsp
;;   0x03c4: mov r11, [r14]
;;   0x03c7: mov r11, [r11]
;;   0x03ca: add r11, 20h
;;   0x03d1: cmp rsp, r11
;;   0x03d4: jb 404h
;;   0x03da: sub rsp, 20h
;;   0x03e1: mov [rbp-8], r14
;;   0x03e5: mov r15, [r14+18h]
;;   0x03e9: mov r15, [r15]
;;   0x03ec: mov rax, [rbp+18h]
;;   0x03f0: mov ecx, [rbp+10h]
;;   0x03f3: add rcx, r15
;;   0x03f6: mov [rcx+7FFFFFF8h], rax
;;   0x03fd: mov rsp, rbp
;;   0x0400: pop rbp
;;   0x0401: ret 10h
;;   0x0404: mov r11, [r14]
;;   0x0407: mov eax, 0Ah
;;   0x040c: mov rsp, [r11+8]
;;   0x0410: jmp qword ptr [r11+10h]
;; function 10 (store_7fffffff):
;;   0x0420: push rbp
;;   0x0421: mov rbp, rsp
;;   0x0424: mov r11, [r14]
;;   0x0427: mov r11, [r11]
;;   0x042a: add r11, 20h
;;   0x0431: cmp rsp, r11
;;   0x0434: jb 47Ah
;;   0x043a: sub rsp, 20h
;;   0x0441: mov [rbp-8], r14
;;   0x0445: mov r15, [r14+18h]
;;   0x0449: mov r15, [r15]
;;   0x044c: mov rax, [rbp+18h]
;;   0x0450: mov ecx, [rbp+10h]
;;   0x0453: mov r11, [r14+18h]
;;   0x0457: mov edx, 80000007h
;;   0x045c: add rdx, rcx
;;   0x045f: cmp rdx, [r11+8]
;;   0x0463: ja 48Ah
;;   0x0469: add rcx, r15
;;   0x046c: mov [rcx+7FFFFFFFh], rax
;;   0x0473: mov rsp, rbp
;;   0x0476: pop rbp
;;   0x0477: ret 10h
;;   0x047a: mov r11, [r14]
;;   0x047d: mov eax, 0Ah
;;   0x0482: mov rsp, [r11+8]
;;   0x0486: jmp qword ptr [r11+10h]
;;   0x048a: mov r11, [r14]
;;   0x048d: mov eax, 5
;;   0x0492: mov rsp, [r11+8]
;;   0x0496: jmp qword ptr [r11+10h]
;; function 11 (store_80000000):
;;   0x04a0: push rbp
;;   0x04a1: mov rbp, rsp
;;   0x04a4: mov r11, [r14]
;;   0x04a7: mov r11, [r11]
;;   0x04aa: add r11, 20h
;;   0x04b1: cmp rsp, r11
;;   0x04b4: jb 4FFh
;;   0x04ba: sub rsp, 20h
;;   0x04c1: mov [rbp-8], r14
;;   0x04c5: mov r15, [r14+18h]
;;   0x04c9: mov r15, [r15]
;;   0x04cc: mov rax, [rbp+18h]
;;   0x04d0: mov ecx, [rbp+10h]
;;   0x04d3: mov r11, [r14+18h]
;;   0x04d7: mov edx, 80000008h
;;   0x04dc: add rdx, rcx
;;   0x04df: cmp rdx, [r11+8]
;;   0x04e3: ja 50Fh
;;   0x04e9: add rcx, r15
;;   0x04ec: mov r11d, 80000000h
;;   0x04f2: add rcx, r11
;;   0x04f5: mov [rcx], rax
;;   0x04f8: mov rsp, rbp
;;   0x04fb: pop rbp
;;   0x04fc: ret 10h
;;   0x04ff: mov r11, [r14]
;;   0x0502: mov eax, 0Ah
;;   0x0507: mov rsp, [r11+8]
;;   0x050b: jmp qword ptr [r11+10h]
;;   0x050f: mov r11, [r14]
;;   0x0512: mov eax, 5
;;   0x0517: mov rsp, [r11+8]
;;   0x051b: jmp qword ptr [r11+10h]
;; function 12 (store_ffffffff):
;;   0x0520: push rbp
;;   0x0521: mov rbp, rsp
;;   0x0524: mov r11, [r14]
;;   0x0527: mov r11, [r11]
;;   0x052a: add r11, 20h
;;   0x0531: cmp rsp, r11
;;   0x0534: jb 584h
;;   0x053a: sub rsp, 20h
;;   0x0541: mov [rbp-8], r14
;;   0x0545: mov r15, [r14+18h]
;;   0x0549: mov r15, [r15]
;;   0x054c: mov rax, [rbp+18h]
;;   0x0550: mov ecx, [rbp+10h]
;;   0x0553: mov r11, [r14+18h]
;;   0x0557: mov rdx, 100000007h
;;   0x0561: add rdx, rcx
;;   0x0564: cmp rdx, [r11+8]
;;   0x0568: ja 594h
;;   0x056e: add rcx, r15
;;   0x0571: mov r11d, 0FFFFFFFFh
;;   0x0577: add rcx, r11
;;   0x057a: mov [rcx], rax
;;   0x057d: mov rsp, rbp
;;   0x0580: pop rbp
;;   0x0581: ret 10h
;;   0x0584: mov r11, [r14]
;;   0x0587: mov eax, 0Ah
;;   0x058c: mov rsp, [r11+8]
;;   0x0590: jmp qword ptr [r11+10h]
;;   0x0594: mov r11, [r14]
;;   0x0597: mov eax, 5
;;   0x059c: mov rsp, [r11+8]
;;   0x05a0: jmp qword ptr [r11+10h]
;; function 13 (f64_ffffffff):
;;   0x05b0: push rbp
;;   0x05b1: mov rbp, rsp
;;   0x05b4: mov r11, [r14]
;;   0x05b7: mov r11, [r11]
;;   0x05ba: add r11, 10h
;;   0x05c1: cmp rsp, r11
;;   0x05c4: jb 611h
;;   0x05ca: sub rsp, 10h
;;   0x05d1: mov [rbp-8], r14
;;   0x05d5: mov r15, [r14+18h]
;;   0x05d9: mov r15, [r15]
;;   0x05dc: mov eax, [rbp+10h]
;;   0x05df: mov r11, [r14+18h]
;;   0x05e3: mov rcx, 100000007h
;;   0x05ed: add rcx, rax
;;   0x05f0: cmp rcx, [r11+8]
;;   0x05f4: ja 621h
;;   0x05fa: add rax, r15
;;   0x05fd: mov r11d, 0FFFFFFFFh
;;   0x0603: add rax, r11
;;   0x0606: movsd xmm0, [rax]
;;   0x060a: mov rsp, rbp
;;   0x060d: pop rbp
;;   0x060e: ret 8
;;   0x0611: mov r11, [r14]
;;   0x0614: mov eax, 0Ah
;;   0x0619: mov rsp, [r11+8]
;;   0x061d: jmp qword ptr [r11+10h]
;;   0x0621: mov r11, [r14]
;;   0x0624: mov eax, 5
;;   0x0629: mov rsp, [r11+8]
;;   0x062d: jmp qword ptr [r11+10h]
