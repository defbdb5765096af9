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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 46h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: mov r11, [r14+18h]
;;   0x002c: lea rcx, [rax+4]
;;   0x0030: cmp rcx, [r11+8]
;;   0x0034: ja 56h
;;   0x003a: add rax, [r11]
;;   0x003d: mov eax, [rax]
;;   0x003f: mov rsp, rbp
;;   0x0042: pop rbp
;;   0x0043: ret 8
;;   0x0046: mov r11, [r14]
;;   0x0049: mov eax, 0Ah
;;   0x004e: mov rsp, [r11+8]
;;   0x0052: jmp qword ptr [r11+10h]
;;   0x0056: mov r11, [r14]
;;   0x0059: mov eax, 5
;;   0x005e: mov rsp, [r11+8]
;;   0x0062: jmp qword ptr [r11+10h]
;; function 1 (load_16):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 10h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0B7h
;;   0x008a: sub rsp, 10h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov eax, [rbp+10h]
;;   0x0098: mov r11, [r14+18h]
;;   0x009c: lea rcx, [rax+14h]
;;   0x00a0: cmp rcx, [r11+8]
;;   0x00a4: ja 0C7h
;;   0x00aa: add rax, [r11]
;;   0x00ad: mov eax, [rax+10h]
;;   0x00b0: mov rsp, rbp
;;   0x00b3: pop rbp
;;   0x00b4: ret 8
;;   0x00b7: mov r11, [r14]
;;   0x00ba: mov eax, 0Ah
;;   0x00bf: mov rsp, [r11+8]
;;   0x00c3: jmp qword ptr [r11+10h]
;;   0x00c7: mov r11, [r14]
;;   0x00ca: mov eax, 5
;;   0x00cf: mov rsp, [r11+8]
;;   0x00d3: jmp qword ptr [r11+10h]
;; function 2 (load_7fffffff):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 10h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 12Eh
;;   0x00fa: sub rsp, 10h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov eax, [rbp+10h]
;;   0x0108: mov r11, [r14+18h]
;;   0x010c: mov ecx, 80000003h
;;   0x0111: add rcx, rax
;;   0x0114: cmp rcx, [r11+8]
;;   0x0118: ja 13Eh
;;   0x011e: add rax, [r11]
;;   0x0121: mov eax, [rax+7FFFFFFFh]
;;   0x0127: mov rsp, rbp
;;   0x012a: pop rbp
;;   0x012b: ret 8
;;   0x012e: mov r11, [r14]
;;   0x0131: mov eax, 0Ah
;;   0x0136: mov rsp, [r11+8]
;;   0x013a: jmp qword ptr [r11+10h]
;;   0x013e: mov r11, [r14]
;;   0x0141: mov eax, 5
;;   0x0146: mov rsp, [r11+8]
;;   0x014a: jmp qword ptr [r11+10h]
;; function 3 (load8_7fffffff):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 10h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 19Fh
;;   0x016a: sub rsp, 10h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov eax, [rbp+10h]
;;   0x0178: mov r11, [r14+18h]
;;   0x017c: mov ecx, 80000000h
;;   0x0181: add rcx, rax
;;   0x0184: cmp rcx, [r11+8]
;;   0x0188: ja 1AFh
;;   0x018e: add rax, [r11]
;;   0x0191: movzx eax, byte ptr [rax+7FFFFFFFh]
;;   0x0198: mov rsp, rbp
;;   0x019b: pop rbp
;;   0x019c: ret 8
;;   0x019f: mov r11, [r14]
;;   0x01a2: mov eax, 0Ah
;;   0x01a7: mov rsp, [r11+8]
;;   0x01ab: jmp qword ptr [r11+10h]
;;   0x01af: mov r11, [r14]
;;   0x01b2: mov eax, 5
;;   0x01b7: mov rsp, [r11+8]
;;   0x01bb: jmp qword ptr [r11+10h]
;; function 4 (load_80000000):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 10h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 213h
;;   0x01da: sub rsp, 10h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov eax, [rbp+10h]
;;   0x01e8: mov r11, [r14+18h]
;;   0x01ec: mov ecx, 80000004h
;;   0x01f1: add rcx, rax
;;   0x01f4: cmp rcx, [r11+8]
;;   0x01f8: ja 223h
;;   0x01fe: add rax, [r11]
;;   0x0201: mov r11d, 80000000h
;;   0x0207: add rax, r11
;;   0x020a: mov eax, [rax]
;;   0x020c: mov rsp, rbp
;;   0x020f: pop rbp
;;   0x0210: ret 8
;;   0x0213: mov r11, [r14]
;;   0x0216: mov eax, 0Ah
;;   0x021b: mov rsp, [r11+8]
;;   0x021f: jmp qword ptr [r11+10h]
;;   0x0223: mov r11, [r14]
;;   0x0226: mov eax, 5
;;   0x022b: mov rsp, [r11+8]
;;   0x022f: jmp qword ptr [r11+10h]
;; function 5 (load_ffffffff):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 10h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 298h
;;   0x025a: sub rsp, 10h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov eax, [rbp+10h]
;;   0x0268: mov r11, [r14+18h]
;;   0x026c: mov rcx, 100000003h
;;   0x0276: add rcx, rax
;;   0x0279: cmp rcx, [r11+8]
;;   0x027d: ja 2A8h
;;   0x0283: add rax, [r11]
;;   0x0286: mov r11d, 0FFFFFFFFh
;;   0x028c: add rax, r11
;;   0x028f: mov eax, [rax]
;;   0x0291: mov rsp, rbp
;;   0x0294: pop rbp
;;   0x0295: ret 8
;;   0x0298: mov r11, [r14]
;;   0x029b: mov eax, 0Ah
;;   0x02a0: mov rsp, [r11+8]
;;   0x02a4: jmp qword ptr [r11+10h]
;;   0x02a8: mov r11, [r14]
;;   0x02ab: mov eax, 5
;;   0x02b0: mov rsp, [r11+8]
;;   0x02b4: jmp qword ptr [r11+10h]
;; function 6 (load8_ffffffff):
;;   0x02c0: push rbp
;;   0x02c1: mov rbp, rsp
;;   0x02c4: mov r11, [r14]
;;   0x02c7: mov r11, [r11]
;;   0x02ca: add r11, 10h
;;   0x02d1: cmp rsp, r11
;;   0x02d4: jb 319h
;;   0x02da: sub rsp, 10h
;;   0x02e1: mov [rbp-8], r14
;;   0x02e5: mov eax, [rbp+10h]
;;   0x02e8: mov r11, [r14+18h]
;;   0x02ec: mov rcx, 100000000h
;;   0x02f6: add rcx, rax
;;   0x02f9: cmp rcx, [r11+8]
;;   0x02fd: ja 329h
;;   0x0303: add rax, [r11]
;;   0x0306: mov r11d, 0FFFFFFFFh
;;   0x030c: add rax, r11
;;   0x030f: movzx eax, byte ptr [rax]
;;   0x0312: mov rsp, rbp
;;   0x0315: pop rbp
;;   0x0316: ret 8
;;   0x0319: mov r11, [r14]
;;   0x031c: mov eax, 0Ah
;;   0x0321: mov rsp, [r11+8]
;;   0x0325: jmp qword ptr [r11+10h]
;;   0x0329: mov r11, [r14]
;;   0x032c: mov eax, 5
;;   0x0331: mov rsp, [r11+8]
;;   0x0335: jmp qword ptr [r11+10h]
;; function 7 (store_7fffffff):
;;   0x0340: push rbp
;;   0x0341: mov rbp, rsp
;;   0x0344: mov r11, [r14]
;;   0x0347: mov r11, [r11]
;;   0x034a: add r11, 20h
;;   0x0351: cmp rsp, r11
;;   0x0354: jb 393h
;;   0x035a: sub rsp, 20h
;;   0x0361: mov [rbp-8], r14
;;   0x0365: mov rax, [rbp+18h]
;;   0x0369: mov ecx, [rbp+10h]
;;   0x036c: mov r11, [r14+18h]
;;   0x0370: mov edx, 80000007h
;;   0x0375: add rdx, rcx
;;   0x0378: cmp rdx, [r11+8]
;;   0x037c: ja 3A3h
;;   0x0382: add rcx, [r11]
;;   0x0385: mov [rcx+7FFFFFFFh], rax
;;   0x038c: mov rsp, rbp
;;   0x038f: pop rbp
;;   0x0390: ret 10h
;;   0x0393: mov r11, [r14]
;;   0x0396: mov eax, 0Ah
;;   0x039b: mov rsp, [r11+8]
;;   0x039f: jmp qword ptr [r11+10h]
;;   0x03a3: mov r11, [r14]
;;   0x03a6: mov eax, 5
;;   0x03ab: mov rsp, [r11+8]
;;   0x03af: jmp qword ptr [r11+10h]
;; function 8 (store_80000000):
;;   0x03c0: push rbp
;;   0x03c1: mov rbp, rsp
;;   0x03c4: mov r11, [r14]
;;   0x03c7: mov r11, [r11]
;;   0x03ca: add r11, 20h
;;   0x03d1: cmp rsp, r11
;;   0x03d4: jb 418h
;;   0x03da: sub rsp, 20h
;;   0x03e1: mov [rbp-8], r14
;;   0x03e5: mov rax, [rbp+18h]
;;   0x03e9: mov ecx, [rbp+10h]
;;   0x03ec: mov r11, [r14+18h]
;;   0x03f0: mov edx, 80000008h
;;   0x03f5: add rdx, rcx
;;   0x03f8: cmp rdx, [r11+8]
;;   0x03fc: ja 428h
;;   0x0402: add rcx, [r11]
;;   0x0405: mov r11d, 80000000h
;;   0x040b: add rcx, r11
;;   0x040e: mov [rcx], rax
;;   0x0411: mov rsp, rbp
;;   0x0414: pop rbp
;;   0x0415: ret 10h
;;   0x0418: mov r11, [r14]
;;   0x041b: mov eax, 0Ah
;;   0x0420: mov rsp, [r11+8]
;;   0x0424: jmp qword ptr [r11+10h]
;;   0x0428: mov r11, [r14]
;;   0x042b: mov eax, 5
;;   0x0430: mov rsp, [r11+8]
;;   0x0434: jmp qword ptr [r11+10h]
;; function 9 (store_ffffffff):
;;   0x0440: push rbp
;;   0x0441: mov rbp, rsp
;;   0x0444: mov r11, [r14]
;;   0x0447: mov r11, [r11]
;;   0x044a: add r11, 20h
;;   0x0451: cmp rsp, r11
;;   0x0454: jb 49Dh
;;   0x045a: sub rsp, 20h
;;   0x0461: mov [rbp-8], r14
;;   0x0465: mov rax, [rbp+18h]
;;   0x0469: mov ecx, [rbp+10h]
;;   0x046c: mov r11, [r14+18h]
;;   0x0470: mov rdx, 100000007h
;;   0x047a: add rdx, rcx
;;   0x047d: cmp rdx, [r11+8]
;;   0x0481: ja 4ADh
;;   0x0487: add rcx, [r11]
;;   0x048a: mov r11d, 0FFFFFFFFh
;;   0x0490: add rcx, r11
;;   0x0493: mov [rcx], rax
;;   0x0496: mov rsp, rbp
;;   0x0499: pop rbp
;;   0x049a: ret 10h
;;   0x049d: mov r11, [r14]
;;   0x04a0: mov eax, 0Ah
;;   0x04a5: mov rsp, [r11+8]
;;   0x04a9: jmp qword ptr [r11+10h]
;;   0x04ad: mov r11, [r14]
;;   0x04b0: mov eax, 5
;;   0x04b5: mov rsp, [r11+8]
;;   0x04b9: jmp qword ptr [r11+10h]
;; function 10 (f64_ffffffff):
;;   0x04c0: push rbp
;;   0x04c1: mov rbp, rsp
;;   0x04c4: mov r11, [r14]
;;   0x04c7: mov r11, [r11]
;;   0x04ca: add r11, 10h
;;   0x04d1: cmp rsp, r11
;;   0x04d4: jb 51Ah
;;   0x04da: sub rsp, 10h
;;   0x04e1: mov [rbp-8], r14
;;   0x04e5: mov eax, [rbp+10h]
;;   0x04e8: mov r11, [r14+18h]
;;   0x04ec: mov rcx, 100000007h
;;   0x04f6: add rcx, rax
;;   0x04f9: cmp rcx, [r11+8]
;;   0x04fd: ja 52Ah
;;   0x0503: add rax, [r11]
;;   0x0506: mov r11d, 0FFFFFFFFh
;;   0x050c: add rax, r11
;;   0x050f: movsd xmm0, [rax]
;;   0x0513: mov rsp, rbp
;;   0x0516: pop rbp
;;   0x0517: ret 8
;;   0x051a: mov r11, [r14]
;;   0x051d: mov eax, 0Ah
;;   0x0522: mov rsp, [r11+8]
;;   0x0526: jmp qword ptr [r11+10h]
;;   0x052a: mov r11, [r14]
;;   0x052d: mov eax, 5
;;   0x0532: mov rsp, [r11+8]
;;   0x0536: jmp qword ptr [r11+10h]
