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
;;   0x01d4: jb 225h
;;   0x01da: sub rsp, 30h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov [rbp-10h], rbx
;;   0x01e9: mov ebx, [rbp+10h]
;;   0x01ec: mov r15, [r14+18h]
;;   0x01f0: mov r15, [r15]
;;   0x01f3: mov r11, [r14+18h]
;;   0x01f7: mov eax, 80000004h
;;   0x01fc: add rax, rbx
;;   0x01ff: cmp rax, [r11+8]
;;   0x0203: ja 227h
;;   0x0209: lea rax, [r15+rax-4]
;;   0x020e: mov r11d, 0
;;   0x0214: cmova rax, r11
;;   0x0218: mov eax, [rax]
;;   0x021a: mov rbx, [rbp-10h]
;;   0x021e: mov rsp, rbp
;;   0x0221: pop rbp
;;   0x0222: ret 8
;;   0x0225: ud2
;;   0x0227: ud2
;; function 5 (load_ffffffff):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 30h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 29Ah
;;   0x024a: sub rsp, 30h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov [rbp-10h], rbx
;;   0x0259: mov ebx, [rbp+10h]
;;   0x025c: mov r15, [r14+18h]
;;   0x0260: mov r15, [r15]
;;   0x0263: mov r11, [r14+18h]
;;   0x0267: mov rax, 100000003h
;;   0x0271: add rax, rbx
;;   0x0274: cmp rax, [r11+8]
;;   0x0278: ja 29Ch
;;   0x027e: lea rax, [r15+rax-4]
;;   0x0283: mov r11d, 0
;;   0x0289: cmova rax, r11
;;   0x028d: mov eax, [rax]
;;   0x028f: mov rbx, [rbp-10h]
;;   0x0293: mov rsp, rbp
;;   0x0296: pop rbp
;;   0x0297: ret 8
;;   0x029a: ud2
;;   0x029c: ud2
;; function 6 (load8_ffffffff):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 30h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 30Bh
;;   0x02ba: sub rsp, 30h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov [rbp-10h], rbx
;;   0x02c9: mov ebx, [rbp+10h]
;;   0x02cc: mov r15, [r14+18h]
;;   0x02d0: mov r15, [r15]
;;   0x02d3: mov r11, [r14+18h]
;;   0x02d7: mov rax, 100000000h
;;   0x02e1: add rax, rbx
;;   0x02e4: cmp rax, [r11+8]
;;   0x02e8: ja 30Dh
;;   0x02ee: lea rax, [r15+rax-1]
;;   0x02f3: mov r11d, 0
;;   0x02f9: cmova rax, r11
;;   0x02fd: movzx eax, byte ptr [rax]
;;   0x0300: mov rbx, [rbp-10h]
;;   0x0304: mov rsp, rbp
;;   0x0307: pop rbp
;;   0x0308: ret 8
;;   0x030b: ud2
;;   0x030d: ud2
;; function 7 (store_7fffffff):
;;   0x0310: push rbp
;;   0x0311: mov rbp, rsp
;;   0x0314: mov r11, [r14]
;;   0x0317: mov r11, [r11]
;;   0x031a: add r11, 30h
;;   0x0321: cmp rsp, r11
;;   0x0324: jb 382h
;;   0x032a: sub rsp, 30h
;;   0x0331: mov [rbp-8], r14
;;   0x0335: mov [rbp-10h], rbx
;;   0x0339: mov [rbp-18h], r12
;;   0x033d: mov ebx, [rbp+10h]
;;   0x0340: mov r12, [rbp+18h]
;;   0x0344: mov r15, [r14+18h]
;;   0x0348: mov r15, [r15]
;;   0x034b: mov r11, [r14+18h]
;;   0x034f: mov eax, 80000007h
;;   0x0354: add rax, rbx
;;   0x0357: cmp rax, [r11+8]
;;   0x035b: ja 384h
;;   0x0361: lea rax, [r15+rax-8]
;;   0x0366: mov r11d, 0
;;   0x036c: cmova rax, r11
;;   0x0370: mov [rax], r12
;;   0x0373: mov rbx, [rbp-10h]
;;   0x0377: mov r12, [rbp-18h]
;;   0x037b: mov rsp, rbp
;;   0x037e: pop rbp
;;   0x037f: ret 10h
;;   0x0382: ud2
;;   0x0384: ud2
;; function 8 (store_80000000):
;;   0x0390: push rbp
;;   0x0391: mov rbp, rsp
;;   0x0394: mov r11, [r14]
;;   0x0397: mov r11, [r11]
;;   0x039a: add r11, 30h
;;   0x03a1: cmp rsp, r11
;;   0x03a4: jb 402h
;;   0x03aa: sub rsp, 30h
;;   0x03b1: mov [rbp-8], r14
;;   0x03b5: mov [rbp-10h], rbx
;;   0x03b9: mov [rbp-18h], r12
;;   0x03bd: mov ebx, [rbp+10h]
;;   0x03c0: mov r12, [rbp+18h]
;;   0x03c4: mov r15, [r14+18h]
;;   0x03c8: mov r15, [r15]
;;   0x03cb: mov r11, [r14+18h]
;;   0x03cf: mov eax, 80000008h
;;   0x03d4: add rax, rbx
;;   0x03d7: cmp rax, [r11+8]
;;   0x03db: ja 404h
;;   0x03e1: lea rax, [r15+rax-8]
;;   0x03e6: mov r11d, 0
;;   0x03ec: cmova rax, r11
;;   0x03f0: mov [rax], r12
;;   0x03f3: mov rbx, [rbp-10h]
;;   0x03f7: mov r12, [rbp-18h]
;;   0x03fb: mov rsp, rbp
;;   0x03fe: pop rbp
;;   0x03ff: ret 10h
;;   0x0402: ud2
;;   0x0404: ud2
;; function 9 (store_ffffffff):
;;   0x0410: push rbp
;;   0x0411: mov rbp, rsp
;;   0x0414: mov r11, [r14]
;;   0x0417: mov r11, [r11]
;;   0x041a: add r11, 30h
;;   0x0421: cmp rsp, r11
;;   0x0424: jb 487h
;;   0x042a: sub rsp, 30h
;;   0x0431: mov [rbp-8], r14
;;   0x0435: mov [rbp-10h], rbx
;;   0x0439: mov [rbp-18h], r12
;;   0x043d: mov ebx, [rbp+10h]
;;   0x0440: mov r12, [rbp+18h]
;;   0x0444: mov r15, [r14+18h]
;;   0x0448: mov r15, [r15]
;;   0x044b: mov r11, [r14+18h]
;;   0x044f: mov rax, 100000007h
;;   0x0459: add rax, rbx
;;   0x045c: cmp rax, [r11+8]
;;   0x0460: ja 489h
;;   0x0466: lea rax, [r15+rax-8]
;;   0x046b: mov r11d, 0
;;   0x0471: cmova rax, r11
;;   0x0475: mov [rax], r12
;;   0x0478: mov rbx, [rbp-10h]
;;   0x047c: mov r12, [rbp-18h]
;;   0x0480: mov rsp, rbp
;;   0x0483: pop rbp
;;   0x0484: ret 10h
;;   0x0487: ud2
;;   0x0489: ud2
;; function 10 (f64_ffffffff):
;;   0x0490: push rbp
;;   0x0491: mov rbp, rsp
;;   0x0494: mov r11, [r14]
;;   0x0497: mov r11, [r11]
;;   0x049a: add r11, 30h
;;   0x04a1: cmp rsp, r11
;;   0x04a4: jb 4FCh
;;   0x04aa: sub rsp, 30h
;;   0x04b1: mov [rbp-8], r14
;;   0x04b5: mov [rbp-10h], rbx
;;   0x04b9: mov ebx, [rbp+10h]
;;   0x04bc: mov r15, [r14+18h]
;;   0x04c0: mov r15, [r15]
;;   0x04c3: mov r11, [r14+18h]
;;   0x04c7: mov rax, 100000007h
;;   0x04d1: add rax, rbx
;;   0x04d4: cmp rax, [r11+8]
;;   0x04d8: ja 4FEh
;;   0x04de: lea rax, [r15+rax-8]
;;   0x04e3: mov r11d, 0
;;   0x04e9: cmova rax, r11
;;   0x04ed: movsd xmm0, [rax]
;;   0x04f1: mov rbx, [rbp-10h]
;;   0x04f5: mov rsp, rbp
;;   0x04f8: pop rbp
;;   0x04f9: ret 8
;;   0x04fc: ud2
;;   0x04fe: ud2
