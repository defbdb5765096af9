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
;;   0x0014: jb 4Dh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, [rbp+10h]
;;   0x002f: mov r11, [r14+18h]
;;   0x0033: lea rcx, [rax+4]
;;   0x0037: cmp rcx, [r11+8]
;;   0x003b: ja 5Dh
;;   0x0041: add rax, r15
;;   0x0044: mov eax, [rax]
;;   0x0046: mov rsp, rbp
;;   0x0049: pop rbp
;;   0x004a: ret 8
;;   0x004d: mov r11, [r14]
;;   0x0050: mov eax, 0Ah
;;   0x0055: mov rsp, [r11+8]
;;   0x0059: jmp qword ptr [r11+10h]
;;   0x005d: mov r11, [r14]
;;   0x0060: mov eax, 5
;;   0x0065: mov rsp, [r11+8]
;;   0x0069: jmp qword ptr [r11+10h]
;; function 1 (load_16):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 10h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0BEh
;;   0x008a: sub rsp, 10h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov r15, [r14+18h]
;;   0x0099: mov r15, [r15]
;;   0x009c: mov eax, [rbp+10h]
;;   0x009f: mov r11, [r14+18h]
;;   0x00a3: lea rcx, [rax+14h]
;;   0x00a7: cmp rcx, [r11+8]
;;   0x00ab: ja 0CEh
;;   0x00b1: add rax, r15
;;   0x00b4: mov eax, [rax+10h]
;;   0x00b7: mov rsp, rbp
;;   0x00ba: pop rbp
;;   0x00bb: ret 8
;;   0x00be: mov r11, [r14]
;;   0x00c1: mov eax, 0Ah
;;   0x00c6: mov rsp, [r11+8]
;;   0x00ca: jmp qword ptr [r11+10h]
;;   0x00ce: mov r11, [r14]
;;   0x00d1: mov eax, 5
;;   0x00d6: mov rsp, [r11+8]
;;   0x00da: jmp qword ptr [r11+10h]
;; function 2 (load_7fffffff):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 10h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 135h
;;   0x00fa: sub rsp, 10h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov r15, [r14+18h]
;;   0x0109: mov r15, [r15]
;;   0x010c: mov eax, [rbp+10h]
;;   0x010f: mov r11, [r14+18h]
;;   0x0113: mov ecx, 80000003h
;;   0x0118: add rcx, rax
;;   0x011b: cmp rcx, [r11+8]
;;   0x011f: ja 145h
;;   0x0125: add rax, r15
;;   0x0128: mov eax, [rax+7FFFFFFFh]
;;   0x012e: mov rsp, rbp
;;   0x0131: pop rbp
;;   0x0132: ret 8
;;   0x0135: mov r11, [r14]
;;   0x0138: mov eax, 0Ah
;;   0x013d: mov rsp, [r11+8]
;;   0x0141: jmp qword ptr [r11+10h]
;;   0x0145: mov r11, [r14]
;;   0x0148: mov eax, 5
;;   0x014d: mov rsp, [r11+8]
;;   0x0151: jmp qword ptr [r11+10h]
;; function 3 (load8_7fffffff):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 10h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1B6h
;;   0x017a: sub rsp, 10h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov r15, [r14+18h]
;;   0x0189: mov r15, [r15]
;;   0x018c: mov eax, [rbp+10h]
;;   0x018f: mov r11, [r14+18h]
;;   0x0193: mov ecx, 80000000h
;;   0x0198: add rcx, rax
;;   0x019b: cmp rcx, [r11+8]
;;   0x019f: ja 1C6h
;;   0x01a5: add rax, r15
;;   0x01a8: movzx eax, byte ptr [rax+7FFFFFFFh]
;;   0x01af: mov rsp, rbp
;;   0x01b2: pop rbp
;;   0x01b3: ret 8
;;   0x01b6: mov r11, [r14]
;;   0x01b9: mov eax, 0Ah
;;   0x01be: mov rsp, [r11+8]
;;   0x01c2: jmp qword ptr [r11+10h]
;;   0x01c6: mov r11, [r14]
;;   0x01c9: mov eax, 5
;;   0x01ce: mov rsp, [r11+8]
;;   0x01d2: jmp qword ptr [r11+10h]
;; function 4 (load_80000000):
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
;;   0x021f: ja 24Ah
;;   0x0225: add rax, r15
;;   0x0228: mov r11d, 80000000h
;;   0x022e: add rax, r11
;;   0x0231: mov eax, [rax]
;;   0x0233: mov rsp, rbp
;;   0x0236: pop rbp
;;   0x0237: ret 8
;;   0x023a: mov r11, [r14]
;;   0x023d: mov eax, 0Ah
;;   0x0242: mov rsp, [r11+8]
;;   0x0246: jmp qword ptr [r11+10h]
;;   0x024a: mov r11, [r14]
;;   0x024d: mov eax, 5
;;   0x0252: mov rsp, [r11+8]
;;   0x0256: jmp qword ptr [r11+10h]
;; function 5 (load_ffffffff):
;;   0x0260: push rbp
;;   0x0261: mov rbp, rsp
;;   0x0264: mov r11, [r14]
;;   0x0267: mov r11, [r11]
;;   0x026a: add r11, 10h
;;   0x0271: cmp rsp, r11
;;   0x0274: jb 2BFh
;;   0x027a: sub rsp, 10h
;;   0x0281: mov [rbp-8], r14
;;   0x0285: mov r15, [r14+18h]
;;   0x0289: mov r15, [r15]
;;   0x028c: mov eax, [rbp+10h]
;;   0x028f: mov r11, [r14+18h]
;;   0x0293: mov rcx, 100000003h
;;   0x029d: add rcx, rax
;;   0x02a0: cmp rcx, [r11+8]
;;   0x02a4: ja 2CFh
;;   0x02aa: add rax, r15
;;   0x02ad: mov r11d, 0FFFFFFFFh
;;   0x02b3: add rax, r11
;;   0x02b6: mov eax, [rax]
;;   0x02b8: mov rsp, rbp
;;   0x02bb: pop rbp
;;   0x02bc: ret 8
;;   0x02bf: mov r11, [r14]
;;   0x02c2: mov eax, 0Ah
;;   0x02c7: mov rsp, [r11+8]
;;   0x02cb: jmp qword ptr [r11+10h]
;;   0x02cf: mov r11, [r14]
;;   0x02d2: mov eax, 5
;;   0x02d7: mov rsp, [r11+8]
;;   0x02db: jmp qword ptr [r11+10h]
;; function 6 (load8_ffffffff):
;;   0x02e0: push rbp
;;   0x02e1: mov rbp, rsp
;;   0x02e4: mov r11, [r14]
;;   0x02e7: mov r11, [r11]
;;   0x02ea: add r11, 10h
;;   0x02f1: cmp rsp, r11
;;   0x02f4: jb 340h
;;   0x02fa: sub rsp, 10h
;;   0x0301: mov [rbp-8], r14
;;   0x0305: mov r15, [r14+18h]
;;   0x0309: mov r15, [r15]
;;   0x030c: mov eax, [rbp+10h]
;;   0x030f: mov r11, [r14+18h]
;;   0x0313: mov rcx, 100000000h
;;   0x031d: add rcx, rax
;;   0x0320: cmp rcx, [r11+8]
;;   0x0324: ja 350h
;;   0x032a: add rax, r15
;;   0x032d: mov r11d, 0FFFFFFFFh
;;   0x0333: add rax, r11
;;   0x0336: movzx eax, byte ptr [rax]
;;   0x0339: mov rsp, rbp
;;   0x033c: pop rbp
;;   0x033d: ret 8
;;   0x0340: mov r11, [r14]
;;   0x0343: mov eax, 0Ah
;;   0x0348: mov rsp, [r11+8]
;;   0x034c: jmp qword ptr [r11+10h]
;;   0x0350: mov r11, [r14]
;;   0x0353: mov eax, 5
;;   0x0358: mov rsp, [r11+8]
;;   0x035c: jmp qword ptr [r11+10h]
;; function 7 (store_7fffffff):
;;   0x0360: push rbp
;;   0x0361: mov rbp, rsp
;;   0x0364: mov r11, [r14]
;;   0x0367: mov r11, [r11]
;;   0x036a: add r11, 20h
;;   0x0371: cmp rsp, r11
;;   0x0374: jb 3BAh
;;   0x037a: sub rsp, 20h
;;   0x0381: mov [rbp-8], r14
;;   0x0385: mov r15, [r14+18h]
;;   0x0389: mov r15, [r15]
;;   0x038c: mov rax, [rbp+18h]
;;   0x0390: mov ecx, [rbp+10h]
;;   0x0393: mov r11, [r14+18h]
;;   0x0397: mov edx, 80000007h
;;   0x039c: add rdx, rcx
;;   0x039f: cmp rdx, [r11+8]
;;   0x03a3: ja 3CAh
;;   0x03a9: add rcx, r15
;;   0x03ac: mov [rcx+7FFFFFFFh], rax
;;   0x03b3: mov rsp, rbp
;;   0x03b6: pop rbp
;;   0x03b7: ret 10h
;;   0x03ba: mov r11, [r14]
;;   0x03bd: mov eax, 0Ah
;;   0x03c2: mov rsp, [r11+8]
;;   0x03c6: jmp qword ptr [r11+10h]
;;   0x03ca: mov r11, [r14]
;;   0x03cd: mov eax, 5
;;   0x03d2: mov rsp, [r11+8]
;;   0x03d6: jmp qword ptr [r11+10h]
;; function 8 (store_80000000):
;;   0x03e0: push rbp
;;   0x03e1: mov rbp, rsp
;;   0x03e4: mov r11, [r14]
;;   0x03e7: mov r11, [r11]
;;   0x03ea: add r11, 20h
;;   0x03f1: cmp rsp, r11
;;   0x03f4: jb 43Fh
;;   0x03fa: sub rsp, 20h
;;   0x0401: mov [rbp-8], r14
;;   0x0405: mov r15, [r14+18h]
;;   0x0409: mov r15, [r15]
;;   0x040c: mov rax, [rbp+18h]
;;   0x0410: mov ecx, [rbp+10h]
;;   0x0413: mov r11, [r14+18h]
;;   0x0417: mov edx, 80000008h
;;   0x041c: add rdx, rcx
;;   0x041f: cmp rdx, [r11+8]
;;   0x0423: ja 44Fh
;;   0x0429: add rcx, r15
;;   0x042c: mov r11d, 80000000h
;;   0x0432: add rcx, r11
;;   0x0435: mov [rcx], rax
;;   0x0438: mov rsp, rbp
;;   0x043b: pop rbp
;;   0x043c: ret 10h
;;   0x043f: mov r11, [r14]
;;   0x0442: mov eax, 0Ah
;;   0x0447: mov rsp, [r11+8]
;;   0x044b: jmp qword ptr [r11+10h]
;;   0x044f: mov r11, [r14]
;;   0x0452: mov eax, 5
;;   0x0457: mov rsp, [r11+8]
;;   0x045b: jmp qword ptr [r11+10h]
;; function 9 (store_ffffffff):
;;   0x0460: push rbp
;;   0x0461: mov rbp, rsp
;;   0x0464: mov r11, [r14]
;;   0x0467: mov r11, [r11]
;;   0x046a: add r11, 20h
;;   0x0471: cmp rsp, r11
;;   0x0474: jb 4C4h
;;   0x047a: sub rsp, 20h
;;   0x0481: mov [rbp-8], r14
;;   0x0485: mov r15, [r14+18h]
;;   0x0489: mov r15, [r15]
;;   0x048c: mov rax, [rbp+18h]
;;   0x0490: mov ecx, [rbp+10h]
;;   0x0493: mov r11, [r14+18h]
;;   0x0497: mov rdx, 100000007h
;;   0x04a1: add rdx, rcx
;;   0x04a4: cmp rdx, [r11+8]
;;   0x04a8: ja 4D4h
;;   0x04ae: add rcx, r15
;;   0x04b1: mov r11d, 0FFFFFFFFh
;;   0x04b7: add rcx, r11
;;   0x04ba: mov [rcx], rax
;;   0x04bd: mov rsp, rbp
;;   0x04c0: pop rbp
;;   0x04c1: ret 10h
;;   0x04c4: mov r11, [r14]
;;   0x04c7: mov eax, 0Ah
;;   0x04cc: mov rsp, [r11+8]
;;   0x04d0: jmp qword ptr [r11+10h]
;;   0x04d4: mov r11, [r14]
;;   0x04d7: mov eax, 5
;;   0x04dc: mov rsp, [r11+8]
;;   0x04e0: jmp qword ptr [r11+10h]
;; function 10 (f64_ffffffff):
;;   0x04f0: push rbp
;;   0x04f1: mov rbp, rsp
;;   0x04f4: mov r11, [r14]
;;   0x04f7: mov r11, [r11]
;;   0x04fa: add r11, 10h
;;   0x0501: cmp rsp, r11
;;   0x0504: jb 551h
;;   0x050a: sub rsp, 10h
;;   0x0511: mov [rbp-8], r14
;;   0x0515: mov r15, [r14+18h]
;;   0x0519: mov r15, [r15]
;;   0x051c: mov eax, [rbp+10h]
;;   0x051f: mov r11, [r14+18h]
;;   0x0523: mov rcx, 100000007h
;;   0x052d: add rcx, rax
;;   0x0530: cmp rcx, [r11+8]
;;   0x0534: ja 561h
;;   0x053a: add rax, r15
;;   0x053d: mov r11d, 0FFFFFFFFh
;;   0x0543: add rax, r11
;;   0x0546: movsd xmm0, [rax]
;;   0x054a: mov rsp, rbp
;;   0x054d: pop rbp
;;   0x054e: ret 8
;;   0x0551: mov r11, [r14]
;;   0x0554: mov eax, 0Ah
;;   0x0559: mov rsp, [r11+8]
;;   0x055d: jmp qword ptr [r11+10h]
;;   0x0561: mov r11, [r14]
;;   0x0564: mov eax, 5
;;   0x0569: mov rsp, [r11+8]
;;   0x056d: jmp qword ptr [r11+10h]
