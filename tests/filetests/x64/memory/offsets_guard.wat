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
;;   0x0014: jb 38h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: mov r11, [r14+18h]
;;   0x002c: add rax, [r11]
;;   0x002f: mov eax, [rax]
;;   0x0031: mov rsp, rbp
;;   0x0034: pop rbp
;;   0x0035: ret 8
;;   0x0038: mov r11, [r14]
;;   0x003b: mov eax, 0Ah
;;   0x0040: mov rsp, [r11+8]
;;   0x0044: jmp qword ptr [r11+10h]
;; function 1 (load_16):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 89h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: mov r11, [r14+18h]
;;   0x007c: add rax, [r11]
;;   0x007f: mov eax, [rax+10h]
;;   0x0082: mov rsp, rbp
;;   0x0085: pop rbp
;;   0x0086: ret 8
;;   0x0089: mov r11, [r14]
;;   0x008c: mov eax, 0Ah
;;   0x0091: mov rsp, [r11+8]
;;   0x0095: jmp qword ptr [r11+10h]
;; function 2 (load_7ffffffc):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0DCh
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, [rbp+10h]
;;   0x00c8: mov r11, [r14+18h]
;;   0x00cc: add rax, [r11]
;;   0x00cf: mov eax, [rax+7FFFFFFCh]
;;   0x00d5: mov rsp, rbp
;;   0x00d8: pop rbp
;;   0x00d9: ret 8
;;   0x00dc: mov r11, [r14]
;;   0x00df: mov eax, 0Ah
;;   0x00e4: mov rsp, [r11+8]
;;   0x00e8: jmp qword ptr [r11+10h]
;; function 3 (load_7ffffffd):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 10h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 13Eh
;;   0x010a: sub rsp, 10h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov eax, [rbp+10h]
;;   0x0118: mov r11, [r14+18h]
;;   0x011c: mov ecx, 80000001h
;;   0x0121: add rcx, rax
;;   0x0124: cmp rcx, [r11+8]
;;   0x0128: ja 14Eh
;;   0x012e: add rax, [r11]
;;   0x0131: mov eax, [rax+7FFFFFFDh]
;;   0x0137: mov rsp, rbp
;;   0x013a: pop rbp
;;   0x013b: ret 8
;;   0x013e: mov r11, [r14]
;;   0x0141: mov eax, 0Ah
;;   0x0146: mov rsp, [r11+8]
;;   0x014a: jmp qword ptr [r11+10h]
;;   0x014e: mov r11, [r14]
;;   0x0151: mov eax, 5
;;   0x0156: mov rsp, [r11+8]
;;   0x015a: jmp qword ptr [r11+10h]
;; function 4 (load_7fffffff):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 10h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1AEh
;;   0x017a: sub rsp, 10h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov eax, [rbp+10h]
;;   0x0188: mov r11, [r14+18h]
;;   0x018c: mov ecx, 80000003h
;;   0x0191: add rcx, rax
;;   0x0194: cmp rcx, [r11+8]
;;   0x0198: ja 1BEh
;;   0x019e: add rax, [r11]
;;   0x01a1: mov eax, [rax+7FFFFFFFh]
;;   0x01a7: mov rsp, rbp
;;   0x01aa: pop rbp
;;   0x01ab: ret 8
;;   0x01ae: mov r11, [r14]
;;   0x01b1: mov eax, 0Ah
;;   0x01b6: mov rsp, [r11+8]
;;   0x01ba: jmp qword ptr [r11+10h]
;;   0x01be: mov r11, [r14]
;;   0x01c1: mov eax, 5
;;   0x01c6: mov rsp, [r11+8]
;;   0x01ca: jmp qword ptr [r11+10h]
;; function 5 (load8_7fffffff):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 10h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 20Dh
;;   0x01ea: sub rsp, 10h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov eax, [rbp+10h]
;;   0x01f8: mov r11, [r14+18h]
;;   0x01fc: add rax, [r11]
;;   0x01ff: movzx eax, byte ptr [rax+7FFFFFFFh]
;;   0x0206: mov rsp, rbp
;;   0x0209: pop rbp
;;   0x020a: ret 8
;;   0x020d: mov r11, [r14]
;;   0x0210: mov eax, 0Ah
;;   0x0215: mov rsp, [r11+8]
;;   0x0219: jmp qword ptr [r11+10h]
;; function 6 (load_80000000):
;;   0x0220: push rbp
;;   0x0221: mov rbp, rsp
;;   0x0224: mov r11, [r14]
;;   0x0227: mov r11, [r11]
;;   0x022a: add r11, 10h
;;   0x0231: cmp rsp, r11
;;   0x0234: jb 273h
;;   0x023a: sub rsp, 10h
;;   0x0241: mov [rbp-8], r14
;;   0x0245: mov eax, [rbp+10h]
;;   0x0248: mov r11, [r14+18h]
;;   0x024c: mov ecx, 80000004h
;;   0x0251: add rcx, rax
;;   0x0254: cmp rcx, [r11+8]
;;   0x0258: ja 283h
;;   0x025e: add rax, [r11]
;;   0x0261: mov r11d, 80000000h
;;   0x0267: add rax, r11
;;   0x026a: mov eax, [rax]
;;   0x026c: mov rsp, rbp
;;   0x026f: pop rbp
;;   0x0270: ret 8
;;   0x0273: mov r11, [r14]
;;   0x0276: mov eax, 0Ah
;;   0x027b: mov rsp, [r11+8]
;;   0x027f: jmp qword ptr [r11+10h]
;;   0x0283: mov r11, [r14]
;;   0x0286: mov eax, 5
;;   0x028b: mov rsp, [r11+8]
;;   0x028f: jmp qword ptr [r11+10h]
;; function 7 (load_ffffffff):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 10h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 2F8h
;;   0x02ba: sub rsp, 10h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov eax, [rbp+10h]
;;   0x02c8: mov r11, [r14+18h]
;;   0x02cc: mov rcx, 100000003h
;;   0x02d6: add rcx, rax
;;   0x02d9: cmp rcx, [r11+8]
;;   0x02dd: ja 308h
;;   0x02e3: add rax, [r11]
;;   0x02e6: mov r11d, 0FFFFFFFFh
;;   0x02ec: add rax, r11
;;   0x02ef: mov eax, [rax]
;;   0x02f1: mov rsp, rbp
;;   0x02f4: pop rbp
;;   0x02f5: ret 8
;;   0x02f8: mov r11, [r14]
;;   0x02fb: mov eax, 0Ah
;;   0x0300: mov rsp, [r11+8]
;;   0x0304: jmp qword ptr [r11+10h]
;;   0x0308: mov r11, [r14]
;;   0x030b: mov eax, 5
;;   0x0310: mov rsp, [r11+8]
;;   0x0314: jmp qword ptr [r11+10h]
;; function 8 (load8_ffffffff):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 10h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 379h
;;   0x033a: sub rsp, 10h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: mov eax, [rbp+10h]
;;   0x0348: mov r11, [r14+18h]
;;   0x034c: mov rcx, 100000000h
;;   0x0356: add rcx, rax
;;   0x0359: cmp rcx, [r11+8]
;;   0x035d: ja 389h
;;   0x0363: add rax, [r11]
;;   0x0366: mov r11d, 0FFFFFFFFh
;;   0x036c: add rax, r11
;;   0x036f: movzx eax, byte ptr [rax]
;;   0x0372: mov rsp, rbp
;;   0x0375: pop rbp
;;   0x0376: ret 8
;;   0x0379: mov r11, [r14]
;;   0x037c: mov eax, 0Ah
;;   0x0381: mov rsp, [r11+8]
;;   0x0385: jmp qword ptr [r11+10h]
;;   0x0389: mov r11, [r14]
;;   0x038c: mov eax, 5
;;   0x0391: mov rsp, [r11+8]
;;   0x0395: jmp qword ptr [r11+10h]
;; function 9 (store_7ffffff8):
;;   0x03a0: push rbp
;;   0x03a1: mov rbp, rsp
;;   0x03a4: mov r11, [r14]
;;   0x03a7: mov r11, [r11]
;;   0x03aa: add r11, 20h
;;   0x03b1: cmp rsp, r11
;;   0x03b4: jb 3E1h
;;   0x03ba: sub rsp, 20h
;;   0x03c1: mov [rbp-8], r14
;;   0x03c5: mov rax, [rbp+18h]
;;   0x03c9: mov ecx, [rbp+10h]
;;   0x03cc: mov r11, [r14+18h]
;;   0x03d0: add rcx, [r11]
;;   0x03d3: mov [rcx+7FFFFFF8h], rax
;;   0x03da: mov rsp, rbp
;;   0x03dd: pop rbp
;;   0x03de: ret 10h
;;   0x03e1: mov r11, [r14]
;;   0x03e4: mov eax, 0Ah
;;   0x03e9: mov rsp, [r11+8]
;;   0x03ed: jmp qword ptr [r11+10h]
;; function 10 (store_7fffffff):
;;   0x0400: push rbp
;;   0x0401: mov rbp, rsp
;;   0x0404: mov r11, [r14]
;;   0x0407: mov r11, [r11]
;;   0x040a: add r11, 20h
;;   0x0411: cmp rsp, r11
;;   0x0414: jb 453h
;;   0x041a: sub rsp, 20h
;;   0x0421: mov [rbp-8], r14
;;   0x0425: mov rax, [rbp+18h]
;;   0x0429: mov ecx, [rbp+10h]
;;   0x042c: mov r11, [r14+18h]
;;   0x0430: mov edx, 80000007h
;;   0x0435: add rdx, rcx
;;   0x0438: cmp rdx, [r11+8]
;;   0x043c: ja 463h
;;   0x0442: add rcx, [r11]
;;   0x0445: mov [rcx+7FFFFFFFh], rax
;;   0x044c: mov rsp, rbp
;;   0x044f: pop rbp
;;   0x0450: ret 10h
;;   0x0453: mov r11, [r14]
;;   0x0456: mov eax, 0Ah
;;   0x045b: mov rsp, [r11+8]
;;   0x045f: jmp qword ptr [r11+10h]
;;   0x0463: mov r11, [r14]
;;   0x0466: mov eax, 5
;;   0x046b: mov rsp, [r11+8]
;;   0x046f: jmp qword ptr [r11+10h]
;; function 11 (store_80000000):
;;   0x0480: push rbp
;;   0x0481: mov rbp, rsp
;;   0x0484: mov r11, [r14]
;;   0x0487: mov r11, [r11]
;;   0x048a: add r11, 20h
;;   0x0491: cmp rsp, r11
;;   0x0494: jb 4D8h
;;   0x049a: sub rsp, 20h
;;   0x04a1: mov [rbp-8], r14
;;   0x04a5: mov rax, [rbp+18h]
;;   0x04a9: mov ecx, [rbp+10h]
;;   0x04ac: mov r11, [r14+18h]
;;   0x04b0: mov edx, 80000008h
;;   0x04b5: add rdx, rcx
;;   0x04b8: cmp rdx, [r11+8]
;;   0x04bc: ja 4E8h
;;   0x04c2: add rcx, [r11]
;;   0x04c5: mov r11d, 80000000h
;;   0x04cb: add rcx, r11
;;   0x04ce: mov [rcx], rax
;;   0x04d1: mov rsp, rbp
;;   0x04d4: pop rbp
;;   0x04d5: ret 10h
;;   0x04d8: mov r11, [r14]
;;   0x04db: mov eax, 0Ah
;;   0x04e0: mov rsp, [r11+8]
;;   0x04e4: jmp qword ptr [r11+10h]
;;   0x04e8: mov r11, [r14]
;;   0x04eb: mov eax, 5
;;   0x04f0: mov rsp, [r11+8]
;;   0x04f4: jmp qword ptr [r11+10h]
;; function 12 (store_ffffffff):
;;   0x0500: push rbp
;;   0x0501: mov rbp, rsp
;;   0x0504: mov r11, [r14]
;;   0x0507: mov r11, [r11]
;;   0x050a: add r11, 20h
;;   0x0511: cmp rsp, r11
;;   0x0514: jb 55Dh
;;   0x051a: sub rsp, 20h
;;   0x0521: mov [rbp-8], r14
;;   0x0525: mov rax, [rbp+18h]
;;   0x0529: mov ecx, [rbp+10h]
;;   0x052c: mov r11, [r14+18h]
;;   0x0530: mov rdx, 100000007h
;;   0x053a: add rdx, rcx
;;   0x053d: cmp rdx, [r11+8]
;;   0x0541: ja 56Dh
;;   0x0547: add rcx, [r11]
;;   0x054a: mov r11d, 0FFFFFFFFh
;;   0x0550: add rcx, r11
;;   0x0553: mov [rcx], rax
;;   0x0556: mov rsp, rbp
;;   0x0559: pop rbp
;;   0x055a: ret 10h
;;   0x055d: mov r11, [r14]
;;   0x0560: mov eax, 0Ah
;;   0x0565: mov rsp, [r11+8]
;;   0x0569: jmp qword ptr [r11+10h]
;;   0x056d: mov r11, [r14]
;;   0x0570: mov eax, 5
;;   0x0575: mov rsp, [r11+8]
;;   0x0579: jmp qword ptr [r11+10h]
;; function 13 (f64_ffffffff):
;;   0x0580: push rbp
;;   0x0581: mov rbp, rsp
;;   0x0584: mov r11, [r14]
;;   0x0587: mov r11, [r11]
;;   0x058a: add r11, 10h
;;   0x0591: cmp rsp, r11
;;   0x0594: jb 5DAh
;;   0x059a: sub rsp, 10h
;;   0x05a1: mov [rbp-8], r14
;;   0x05a5: mov eax, [rbp+10h]
;;   0x05a8: mov r11, [r14+18h]
;;   0x05ac: mov rcx, 100000007h
;;   0x05b6: add rcx, rax
;;   0x05b9: cmp rcx, [r11+8]
;;   0x05bd: ja 5EAh
;;   0x05c3: add rax, [r11]
;;   0x05c6: mov r11d, 0FFFFFFFFh
;;   0x05cc: add rax, r11
;;   0x05cf: movsd xmm0, [rax]
;;   0x05d3: mov rsp, rbp
;;   0x05d6: pop rbp
;;   0x05d7: ret 8
;;   0x05da: mov r11, [r14]
;;   0x05dd: mov eax, 0Ah
;;   0x05e2: mov rsp, [r11+8]
;;   0x05e6: jmp qword ptr [r11+10h]
;;   0x05ea: mov r11, [r14]
;;   0x05ed: mov eax, 5
;;   0x05f2: mov rsp, [r11+8]
;;   0x05f6: jmp qword ptr [r11+10h]
