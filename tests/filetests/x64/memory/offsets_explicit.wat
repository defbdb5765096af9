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
;;   0x0014: jb 61h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov r11, [r14+18h]
;;   0x0037: lea rax, [rbx+4]
;;   0x003b: cmp rax, [r11+8]
;;   0x003f: ja 63h
;;   0x0045: lea rax, [r15+rax-4]
;;   0x004a: mov r11d, 0
;;   0x0050: cmova rax, r11
;;   0x0054: mov eax, [rax]
;;   0x0056: mov rbx, [rbp-10h]
;;   0x005a: mov rsp, rbp
;;   0x005d: pop rbp
;;   0x005e: ret 8
;;   0x0061: ud2
;;   0x0063: ud2
;; function 1 (load_16):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0D1h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov ebx, [rbp+10h]
;;   0x009c: mov r15, [r14+18h]
;;   0x00a0: mov r15, [r15]
;;   0x00a3: mov r11, [r14+18h]
;;   0x00a7: lea rax, [rbx+14h]
;;   0x00ab: cmp rax, [r11+8]
;;   0x00af: ja 0D3h
;;   0x00b5: lea rax, [r15+rax-4]
;;   0x00ba: mov r11d, 0
;;   0x00c0: cmova rax, r11
;;   0x00c4: mov eax, [rax]
;;   0x00c6: mov rbx, [rbp-10h]
;;   0x00ca: mov rsp, rbp
;;   0x00cd: pop rbp
;;   0x00ce: ret 8
;;   0x00d1: ud2
;;   0x00d3: ud2
;; function 2 (load_7fffffff):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 145h
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov ebx, [rbp+10h]
;;   0x010c: mov r15, [r14+18h]
;;   0x0110: mov r15, [r15]
;;   0x0113: mov r11, [r14+18h]
;;   0x0117: mov eax, 80000003h
;;   0x011c: add rax, rbx
;;   0x011f: cmp rax, [r11+8]
;;   0x0123: ja 147h
;;   0x0129: lea rax, [r15+rax-4]
;;   0x012e: mov r11d, 0
;;   0x0134: cmova rax, r11
;;   0x0138: mov eax, [rax]
;;   0x013a: mov rbx, [rbp-10h]
;;   0x013e: mov rsp, rbp
;;   0x0141: pop rbp
;;   0x0142: ret 8
;;   0x0145: ud2
;;   0x0147: ud2
;; function 3 (load8_7fffffff):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1B6h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov ebx, [rbp+10h]
;;   0x017c: mov r15, [r14+18h]
;;   0x0180: mov r15, [r15]
;;   0x0183: mov r11, [r14+18h]
;;   0x0187: mov eax, 80000000h
;;   0x018c: add rax, rbx
;;   0x018f: cmp rax, [r11+8]
;;   0x0193: ja 1B8h
;;   0x0199: lea rax, [r15+rax-1]
;;   0x019e: mov r11d, 0
;;   0x01a4: cmova rax, r11
;;   0x01a8: movzx eax, byte ptr [rax]
;;   0x01ab: mov rbx, [rbp-10h]
;;   0x01af: mov rsp, rbp
;;   0x01b2: pop rbp
;;   0x01b3: ret 8
;;   0x01b6: ud2
;;   0x01b8: ud2
;; function 4 (load_80000000):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 30h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 227h
;;   0x01da: sub rsp, 30h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov [rbp-10h], rbx
;;   0x01e9: mov ebx, [rbp+10h]
;;   0x01ec: mov r15, [r14+18h]
;;   0x01f0: mov r15, [r15]
;;   0x01f3: mov eax, ebx
;;   0x01f5: mov r11, [r14+18h]
;;   0x01f9: mov ecx, 80000004h
;;   0x01fe: add rcx, rax
;;   0x0201: cmp rcx, [r11+8]
;;   0x0205: ja 229h
;;   0x020b: lea rcx, [r15+rcx-4]
;;   0x0210: mov r11d, 0
;;   0x0216: cmova rcx, r11
;;   0x021a: mov eax, [rcx]
;;   0x021c: mov rbx, [rbp-10h]
;;   0x0220: mov rsp, rbp
;;   0x0223: pop rbp
;;   0x0224: ret 8
;;   0x0227: ud2
;;   0x0229: ud2
;; function 5 (load_ffffffff):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 30h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 29Ch
;;   0x024a: sub rsp, 30h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov [rbp-10h], rbx
;;   0x0259: mov ebx, [rbp+10h]
;;   0x025c: mov r15, [r14+18h]
;;   0x0260: mov r15, [r15]
;;   0x0263: mov eax, ebx
;;   0x0265: mov r11, [r14+18h]
;;   0x0269: mov rcx, 100000003h
;;   0x0273: add rcx, rax
;;   0x0276: cmp rcx, [r11+8]
;;   0x027a: ja 29Eh
;;   0x0280: lea rcx, [r15+rcx-4]
;;   0x0285: mov r11d, 0
;;   0x028b: cmova rcx, r11
;;   0x028f: mov eax, [rcx]
;;   0x0291: mov rbx, [rbp-10h]
;;   0x0295: mov rsp, rbp
;;   0x0298: pop rbp
;;   0x0299: ret 8
;;   0x029c: ud2
;;   0x029e: ud2
;; function 6 (load8_ffffffff):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 30h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 30Dh
;;   0x02ba: sub rsp, 30h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov [rbp-10h], rbx
;;   0x02c9: mov ebx, [rbp+10h]
;;   0x02cc: mov r15, [r14+18h]
;;   0x02d0: mov r15, [r15]
;;   0x02d3: mov eax, ebx
;;   0x02d5: mov r11, [r14+18h]
;;   0x02d9: mov rcx, 100000000h
;;   0x02e3: add rcx, rax
;;   0x02e6: cmp rcx, [r11+8]
;;   0x02ea: ja 30Fh
;;   0x02f0: lea rcx, [r15+rcx-1]
;;   0x02f5: mov r11d, 0
;;   0x02fb: cmova rcx, r11
;;   0x02ff: movzx eax, byte ptr [rcx]
;;   0x0302: mov rbx, [rbp-10h]
;;   0x0306: mov rsp, rbp
;;   0x0309: pop rbp
;;   0x030a: ret 8
;;   0x030d: ud2
;;   0x030f: ud2
;; function 7 (store_7fffffff):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 30h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 395h
;;   0x033a: sub rsp, 30h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: mov [rbp-10h], rbx
;;   0x0349: mov [rbp-18h], r12
;;   0x034d: mov ebx, [rbp+10h]
;;   0x0350: mov r12, [rbp+18h]
;;   0x0354: mov r15, [r14+18h]
;;   0x0358: mov r15, [r15]
;;   0x035b: mov rax, r12
;;   0x035e: mov r11, [r14+18h]
;;   0x0362: mov ecx, 80000007h
;;   0x0367: add rcx, rbx
;;   0x036a: cmp rcx, [r11+8]
;;   0x036e: ja 397h
;;   0x0374: lea rcx, [r15+rcx-8]
;;   0x0379: mov r11d, 0
;;   0x037f: cmova rcx, r11
;;   0x0383: mov [rcx], rax
;;   0x0386: mov rbx, [rbp-10h]
;;   0x038a: mov r12, [rbp-18h]
;;   0x038e: mov rsp, rbp
;;   0x0391: pop rbp
;;   0x0392: ret 10h
;;   0x0395: ud2
;;   0x0397: ud2
;; function 8 (store_80000000):
;;   0x03a0: push rbp
;;   0x03a1: mov rbp, rsp
;;   0x03a4: mov r11, [r14]
;;   0x03a7: mov r11, [r11]
;;   0x03aa: add r11, 30h
;;   0x03b1: cmp rsp, r11
;;   0x03b4: jb 417h
;;   0x03ba: sub rsp, 30h
;;   0x03c1: mov [rbp-8], r14
;;   0x03c5: mov [rbp-10h], rbx
;;   0x03c9: mov [rbp-18h], r12
;;   0x03cd: mov ebx, [rbp+10h]
;;   0x03d0: mov r12, [rbp+18h]
;;   0x03d4: mov r15, [r14+18h]
;;   0x03d8: mov r15, [r15]
;;   0x03db: mov rax, r12
;;   0x03de: mov ecx, ebx
;;   0x03e0: mov r11, [r14+18h]
;;   0x03e4: mov edx, 80000008h
;;   0x03e9: add rdx, rcx
;;   0x03ec: cmp rdx, [r11+8]
;;   0x03f0: ja 419h
;;   0x03f6: lea rdx, [r15+rdx-8]
;;   0x03fb: mov r11d, 0
;;   0x0401: cmova rdx, r11
;;   0x0405: mov [rdx], rax
;;   0x0408: mov rbx, [rbp-10h]
;;   0x040c: mov r12, [rbp-18h]
;;   0x0410: mov rsp, rbp
;;   0x0413: pop rbp
;;   0x0414: ret 10h
;;   0x0417: ud2
;;   0x0419: ud2
;; function 9 (store_ffffffff):
;;   0x0420: push rbp
;;   0x0421: mov rbp, rsp
;;   0x0424: mov r11, [r14]
;;   0x0427: mov r11, [r11]
;;   0x042a: add r11, 30h
;;   0x0431: cmp rsp, r11
;;   0x0434: jb 49Ch
;;   0x043a: sub rsp, 30h
;;   0x0441: mov [rbp-8], r14
;;   0x0445: mov [rbp-10h], rbx
;;   0x0449: mov [rbp-18h], r12
;;   0x044d: mov ebx, [rbp+10h]
;;   0x0450: mov r12, [rbp+18h]
;;   0x0454: mov r15, [r14+18h]
;;   0x0458: mov r15, [r15]
;;   0x045b: mov rax, r12
;;   0x045e: mov ecx, ebx
;;   0x0460: mov r11, [r14+18h]
;;   0x0464: mov rdx, 100000007h
;;   0x046e: add rdx, rcx
;;   0x0471: cmp rdx, [r11+8]
;;   0x0475: ja 49Eh
;;   0x047b: lea rdx, [r15+rdx-8]
;;   0x0480: mov r11d, 0
;;   0x0486: cmova rdx, r11
;;   0x048a: mov [rdx], rax
;;   0x048d: mov rbx, [rbp-10h]
;;   0x0491: mov r12, [rbp-18h]
;;   0x0495: mov rsp, rbp
;;   0x0498: pop rbp
;;   0x0499: ret 10h
;;   0x049c: ud2
;;   0x049e: ud2
;; function 10 (f64_ffffffff):
;;   0x04a0: push rbp
;;   0x04a1: mov rbp, rsp
;;   0x04a4: mov r11, [r14]
;;   0x04a7: mov r11, [r11]
;;   0x04aa: add r11, 30h
;;   0x04b1: cmp rsp, r11
;;   0x04b4: jb 50Eh
;;   0x04ba: sub rsp, 30h
;;   0x04c1: mov [rbp-8], r14
;;   0x04c5: mov [rbp-10h], rbx
;;   0x04c9: mov ebx, [rbp+10h]
;;   0x04cc: mov r15, [r14+18h]
;;   0x04d0: mov r15, [r15]
;;   0x04d3: mov eax, ebx
;;   0x04d5: mov r11, [r14+18h]
;;   0x04d9: mov rcx, 100000007h
;;   0x04e3: add rcx, rax
;;   0x04e6: cmp rcx, [r11+8]
;;   0x04ea: ja 510h
;;   0x04f0: lea rcx, [r15+rcx-8]
;;   0x04f5: mov r11d, 0
;;   0x04fb: cmova rcx, r11
;;   0x04ff: movsd xmm0, [rcx]
;;   0x0503: mov rbx, [rbp-10h]
;;   0x0507: mov rsp, rbp
;;   0x050a: pop rbp
;;   0x050b: ret 8
;;   0x050e: ud2
;;   0x0510: ud2
