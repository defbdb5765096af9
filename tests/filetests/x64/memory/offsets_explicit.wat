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
;;   0x003b: ja 4Fh
;;   0x0041: add rax, r15
;;   0x0044: mov eax, [rax]
;;   0x0046: mov rsp, rbp
;;   0x0049: pop rbp
;;   0x004a: ret 8
;;   0x004d: ud2
;;   0x004f: ud2
;; function 1 (load_16):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 10h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0AEh
;;   0x007a: sub rsp, 10h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov r15, [r14+18h]
;;   0x0089: mov r15, [r15]
;;   0x008c: mov eax, [rbp+10h]
;;   0x008f: mov r11, [r14+18h]
;;   0x0093: lea rcx, [rax+14h]
;;   0x0097: cmp rcx, [r11+8]
;;   0x009b: ja 0B0h
;;   0x00a1: add rax, r15
;;   0x00a4: mov eax, [rax+10h]
;;   0x00a7: mov rsp, rbp
;;   0x00aa: pop rbp
;;   0x00ab: ret 8
;;   0x00ae: ud2
;;   0x00b0: ud2
;; function 2 (load_7fffffff):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 10h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 115h
;;   0x00da: sub rsp, 10h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov r15, [r14+18h]
;;   0x00e9: mov r15, [r15]
;;   0x00ec: mov eax, [rbp+10h]
;;   0x00ef: mov r11, [r14+18h]
;;   0x00f3: mov ecx, 80000003h
;;   0x00f8: add rcx, rax
;;   0x00fb: cmp rcx, [r11+8]
;;   0x00ff: ja 117h
;;   0x0105: add rax, r15
;;   0x0108: mov eax, [rax+7FFFFFFFh]
;;   0x010e: mov rsp, rbp
;;   0x0111: pop rbp
;;   0x0112: ret 8
;;   0x0115: ud2
;;   0x0117: ud2
;; function 3 (load8_7fffffff):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 10h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 176h
;;   0x013a: sub rsp, 10h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov r15, [r14+18h]
;;   0x0149: mov r15, [r15]
;;   0x014c: mov eax, [rbp+10h]
;;   0x014f: mov r11, [r14+18h]
;;   0x0153: mov ecx, 80000000h
;;   0x0158: add rcx, rax
;;   0x015b: cmp rcx, [r11+8]
;;   0x015f: ja 178h
;;   0x0165: add rax, r15
;;   0x0168: movzx eax, byte ptr [rax+7FFFFFFFh]
;;   0x016f: mov rsp, rbp
;;   0x0172: pop rbp
;;   0x0173: ret 8
;;   0x0176: ud2
;;   0x0178: ud2
;; function 4 (load_80000000):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 10h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1DAh
;;   0x019a: sub rsp, 10h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov r15, [r14+18h]
;;   0x01a9: mov r15, [r15]
;;   0x01ac: mov eax, [rbp+10h]
;;   0x01af: mov r11, [r14+18h]
;;   0x01b3: mov ecx, 80000004h
;;   0x01b8: add rcx, rax
;;   0x01bb: cmp rcx, [r11+8]
;;   0x01bf: ja 1DCh
;;   0x01c5: add rax, r15
;;   0x01c8: mov r11d, 80000000h
;;   0x01ce: add rax, r11
;;   0x01d1: mov eax, [rax]
;;   0x01d3: mov rsp, rbp
;;   0x01d6: pop rbp
;;   0x01d7: ret 8
;;   0x01da: ud2
;;   0x01dc: ud2
;; function 5 (load_ffffffff):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 10h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 23Fh
;;   0x01fa: sub rsp, 10h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov r15, [r14+18h]
;;   0x0209: mov r15, [r15]
;;   0x020c: mov eax, [rbp+10h]
;;   0x020f: mov r11, [r14+18h]
;;   0x0213: mov rcx, 100000003h
;;   0x021d: add rcx, rax
;;   0x0220: cmp rcx, [r11+8]
;;   0x0224: ja 241h
;;   0x022a: add rax, r15
;;   0x022d: mov r11d, 0FFFFFFFFh
;;   0x0233: add rax, r11
;;   0x0236: mov eax, [rax]
;;   0x0238: mov rsp, rbp
;;   0x023b: pop rbp
;;   0x023c: ret 8
;;   0x023f: ud2
;;   0x0241: ud2
;; function 6 (load8_ffffffff):
;;   0x0250: push rbp
;;   0x0251: mov rbp, rsp
;;   0x0254: mov r11, [r14]
;;   0x0257: mov r11, [r11]
;;   0x025a: add r11, 10h
;;   0x0261: cmp rsp, r11
;;   0x0264: jb 2B0h
;;   0x026a: sub rsp, 10h
;;   0x0271: mov [rbp-8], r14
;;   0x0275: mov r15, [r14+18h]
;;   0x0279: mov r15, [r15]
;;   0x027c: mov eax, [rbp+10h]
;;   0x027f: mov r11, [r14+18h]
;;   0x0283: mov rcx, 100000000h
;;   0x028d: add rcx, rax
;;   0x0290: cmp rcx, [r11+8]
;;   0x0294: ja 2B2h
;;   0x029a: add rax, r15
;;   0x029d: mov r11d, 0FFFFFFFFh
;;   0x02a3: add rax, r11
;;   0x02a6: movzx eax, byte ptr [rax]
;;   0x02a9: mov rsp, rbp
;;   0x02ac: pop rbp
;;   0x02ad: ret 8
;;   0x02b0: ud2
;;   0x02b2: ud2
;; function 7 (store_7fffffff):
;;   0x02c0: push rbp
;;   0x02c1: mov rbp, rsp
;;   0x02c4: mov r11, [r14]
;;   0x02c7: mov r11, [r11]
;;   0x02ca: add r11, 20h
;;   0x02d1: cmp rsp, r11
;;   0x02d4: jb 31Ah
;;   0x02da: sub rsp, 20h
;;   0x02e1: mov [rbp-8], r14
;;   0x02e5: mov r15, [r14+18h]
;;   0x02e9: mov r15, [r15]
;;   0x02ec: mov rax, [rbp+18h]
;;   0x02f0: mov ecx, [rbp+10h]
;;   0x02f3: mov r11, [r14+18h]
;;   0x02f7: mov edx, 80000007h
;;   0x02fc: add rdx, rcx
;;   0x02ff: cmp rdx, [r11+8]
;;   0x0303: ja 31Ch
;;   0x0309: add rcx, r15
;;   0x030c: mov [rcx+7FFFFFFFh], rax
;;   0x0313: mov rsp, rbp
;;   0x0316: pop rbp
;;   0x0317: ret 10h
;;   0x031a: ud2
;;   0x031c: ud2
;; function 8 (store_80000000):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 20h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 37Fh
;;   0x033a: sub rsp, 20h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: mov r15, [r14+18h]
;;   0x0349: mov r15, [r15]
;;   0x034c: mov rax, [rbp+18h]
;;   0x0350: mov ecx, [rbp+10h]
;;   0x0353: mov r11, [r14+18h]
;;   0x0357: mov edx, 80000008h
;;   0x035c: add rdx, rcx
;;   0x035f: cmp rdx, [r11+8]
;;   0x0363: ja 381h
;;   0x0369: add rcx, r15
;;   0x036c: mov r11d, 80000000h
;;   0x0372: add rcx, r11
;;   0x0375: mov [rcx], rax
;;   0x0378: mov rsp, rbp
;;   0x037b: pop rbp
;;   0x037c: ret 10h
;;   0x037f: ud2
;;   0x0381: ud2
;; function 9 (store_ffffffff):
;;   0x0390: push rbp
;;   0x0391: mov rbp, rsp
;;   0x0394: mov r11, [r14]
;;   0x0397: mov r11, [r11]
;;   0x039a: add r11, 20h
;;   0x03a1: cmp rsp, r11
;;   0x03a4: jb 3F4h
;;   0x03aa: sub rsp, 20h
;;   0x03b1: mov [rbp-8], r14
;;   0x03b5: mov r15, [r14+18h]
;;   0x03b9: mov r15, [r15]
;;   0x03bc: mov rax, [rbp+18h]
;;   0x03c0: mov ecx, [rbp+10h]
;;   0x03c3: mov r11, [r14+18h]
;;   0x03c7: mov rdx, 100000007h
;;   0x03d1: add rdx, rcx
;;   0x03d4: cmp rdx, [r11+8]
;;   0x03d8: ja 3F6h
;;   0x03de: add rcx, r15
;;   0x03e1: mov r11d, 0FFFFFFFFh
;;   0x03e7: add rcx, r11
;;   0x03ea: mov [rcx], rax
;;   0x03ed: mov rsp, rbp
;;   0x03f0: pop rbp
;;   0x03f1: ret 10h
;;   0x03f4: ud2
;;   0x03f6: ud2
;; function 10 (f64_ffffffff):
;;   0x0400: push rbp
;;   0x0401: mov rbp, rsp
;;   0x0404: mov r11, [r14]
;;   0x0407: mov r11, [r11]
;;   0x040a: add r11, 10h
;;   0x0411: cmp rsp, r11
;;   0x0414: jb 461h
;;   0x041a: sub rsp, 10h
;;   0x0421: mov [rbp-8], r14
;;   0x0425: mov r15, [r14+18h]
;;   0x0429: mov r15, [r15]
;;   0x042c: mov eax, [rbp+10h]
;;   0x042f: mov r11, [r14+18h]
;;   0x0433: mov rcx, 100000007h
;;   0x043d: add rcx, rax
;;   0x0440: cmp rcx, [r11+8]
;;   0x0444: ja 463h
;;   0x044a: add rax, r15
;;   0x044d: mov r11d, 0FFFFFFFFh
;;   0x0453: add rax, r11
;;   0x0456: movsd xmm0, [rax]
;;   0x045a: mov rsp, rbp
;;   0x045d: pop rbp
;;   0x045e: ret 8
;;   0x0461: ud2
;;   0x0463: ud2
