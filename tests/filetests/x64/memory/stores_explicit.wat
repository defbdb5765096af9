;;! target = "x86_64"

;; Every store width at offset 0, from registers and immediates. With explicit checks every access compares index + size with the length.
(module
  (memory 1)
  (func (export "i32_store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "i32_store8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "i32_store16") (param i32 i32) (i32.store16 (local.get 0) (local.get 1)))
  (func (export "i64_store") (param i32 i64) (i64.store (local.get 0) (local.get 1)))
  (func (export "i64_store8") (param i32 i64) (i64.store8 (local.get 0) (local.get 1)))
  (func (export "i64_store16") (param i32 i64) (i64.store16 (local.get 0) (local.get 1)))
  (func (export "i64_store32") (param i32 i64) (i64.store32 (local.get 0) (local.get 1)))
  (func (export "f32_store") (param i32 f32) (f32.store (local.get 0) (local.get 1)))
  (func (export "f64_store") (param i32 f64) (f64.store (local.get 0) (local.get 1)))
  (func (export "i32_store16_imm") (param i32) (i32.store16 (local.get 0) (i32.const -2)))
  (func (export "i64_store_imm") (param i32) (i64.store (local.get 0) (i64.const -5)))
  (func (export "f32_store_const") (param i32) (f32.store (local.get 0) (f32.const 1.5))))
;; function 0 (i32_store):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Eh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov r15, [r14+18h]
;;   0x0038: mov r15, [r15]
;;   0x003b: mov r11, [r14+18h]
;;   0x003f: lea rax, [rbx+4]
;;   0x0043: cmp rax, [r11+8]
;;   0x0047: ja 70h
;;   0x004d: lea rax, [r15+rax-4]
;;   0x0052: mov r11d, 0
;;   0x0058: cmova rax, r11
;;   0x005c: mov [rax], r12d
;;   0x005f: mov rbx, [rbp-10h]
;;   0x0063: mov r12, [rbp-18h]
;;   0x0067: mov rsp, rbp
;;   0x006a: pop rbp
;;   0x006b: ret 10h
;;   0x006e: ud2
;;   0x0070: ud2
;; function 1 (i32_store8):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0EEh
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov [rbp-18h], r12
;;   0x00ad: mov ebx, [rbp+10h]
;;   0x00b0: mov r12d, [rbp+18h]
;;   0x00b4: mov r15, [r14+18h]
;;   0x00b8: mov r15, [r15]
;;   0x00bb: mov r11, [r14+18h]
;;   0x00bf: lea rax, [rbx+1]
;;   0x00c3: cmp rax, [r11+8]
;;   0x00c7: ja 0F0h
;;   0x00cd: lea rax, [r15+rax-1]
;;   0x00d2: mov r11d, 0
;;   0x00d8: cmova rax, r11
;;   0x00dc: mov [rax], r12b
;;   0x00df: mov rbx, [rbp-10h]
;;   0x00e3: mov r12, [rbp-18h]
;;   0x00e7: mov rsp, rbp
;;   0x00ea: pop rbp
;;   0x00eb: ret 10h
;;   0x00ee: ud2
;;   0x00f0: ud2
;; function 2 (i32_store16):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 30h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 16Fh
;;   0x011a: sub rsp, 30h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov [rbp-10h], rbx
;;   0x0129: mov [rbp-18h], r12
;;   0x012d: mov ebx, [rbp+10h]
;;   0x0130: mov r12d, [rbp+18h]
;;   0x0134: mov r15, [r14+18h]
;;   0x0138: mov r15, [r15]
;;   0x013b: mov r11, [r14+18h]
;;   0x013f: lea rax, [rbx+2]
;;   0x0143: cmp rax, [r11+8]
;;   0x0147: ja 171h
;;   0x014d: lea rax, [r15+rax-2]
;;   0x0152: mov r11d, 0
;;   0x0158: cmova rax, r11
;;   0x015c: mov [rax], r12w
;;   0x0160: mov rbx, [rbp-10h]
;;   0x0164: mov r12, [rbp-18h]
;;   0x0168: mov rsp, rbp
;;   0x016b: pop rbp
;;   0x016c: ret 10h
;;   0x016f: ud2
;;   0x0171: ud2
;; function 3 (i64_store):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 30h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1EEh
;;   0x019a: sub rsp, 30h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov [rbp-10h], rbx
;;   0x01a9: mov [rbp-18h], r12
;;   0x01ad: mov ebx, [rbp+10h]
;;   0x01b0: mov r12, [rbp+18h]
;;   0x01b4: mov r15, [r14+18h]
;;   0x01b8: mov r15, [r15]
;;   0x01bb: mov r11, [r14+18h]
;;   0x01bf: lea rax, [rbx+8]
;;   0x01c3: cmp rax, [r11+8]
;;   0x01c7: ja 1F0h
;;   0x01cd: lea rax, [r15+rax-8]
;;   0x01d2: mov r11d, 0
;;   0x01d8: cmova rax, r11
;;   0x01dc: mov [rax], r12
;;   0x01df: mov rbx, [rbp-10h]
;;   0x01e3: mov r12, [rbp-18h]
;;   0x01e7: mov rsp, rbp
;;   0x01ea: pop rbp
;;   0x01eb: ret 10h
;;   0x01ee: ud2
;;   0x01f0: ud2
;; function 4 (i64_store8):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 30h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 26Eh
;;   0x021a: sub rsp, 30h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: mov [rbp-10h], rbx
;;   0x0229: mov [rbp-18h], r12
;;   0x022d: mov ebx, [rbp+10h]
;;   0x0230: mov r12, [rbp+18h]
;;   0x0234: mov r15, [r14+18h]
;;   0x0238: mov r15, [r15]
;;   0x023b: mov r11, [r14+18h]
;;   0x023f: lea rax, [rbx+1]
;;   0x0243: cmp rax, [r11+8]
;;   0x0247: ja 270h
;;   0x024d: lea rax, [r15+rax-1]
;;   0x0252: mov r11d, 0
;;   0x0258: cmova rax, r11
;;   0x025c: mov [rax], r12b
;;   0x025f: mov rbx, [rbp-10h]
;;   0x0263: mov r12, [rbp-18h]
;;   0x0267: mov rsp, rbp
;;   0x026a: pop rbp
;;   0x026b: ret 10h
;;   0x026e: ud2
;;   0x0270: ud2
;; function 5 (i64_store16):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 30h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2EFh
;;   0x029a: sub rsp, 30h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov [rbp-10h], rbx
;;   0x02a9: mov [rbp-18h], r12
;;   0x02ad: mov ebx, [rbp+10h]
;;   0x02b0: mov r12, [rbp+18h]
;;   0x02b4: mov r15, [r14+18h]
;;   0x02b8: mov r15, [r15]
;;   0x02bb: mov r11, [r14+18h]
;;   0x02bf: lea rax, [rbx+2]
;;   0x02c3: cmp rax, [r11+8]
;;   0x02c7: ja 2F1h
;;   0x02cd: lea rax, [r15+rax-2]
;;   0x02d2: mov r11d, 0
;;   0x02d8: cmova rax, r11
;;   0x02dc: mov [rax], r12w
;;   0x02e0: mov rbx, [rbp-10h]
;;   0x02e4: mov r12, [rbp-18h]
;;   0x02e8: mov rsp, rbp
;;   0x02eb: pop rbp
;;   0x02ec: ret 10h
;;   0x02ef: ud2
;;   0x02f1: ud2
;; function 6 (i64_store32):
;;   0x0300: push rbp
;;   0x0301: mov rbp, rsp
;;   0x0304: mov r11, [r14]
;;   0x0307: mov r11, [r11]
;;   0x030a: add r11, 30h
;;   0x0311: cmp rsp, r11
;;   0x0314: jb 36Eh
;;   0x031a: sub rsp, 30h
;;   0x0321: mov [rbp-8], r14
;;   0x0325: mov [rbp-10h], rbx
;;   0x0329: mov [rbp-18h], r12
;;   0x032d: mov ebx, [rbp+10h]
;;   0x0330: mov r12, [rbp+18h]
;;   0x0334: mov r15, [r14+18h]
;;   0x0338: mov r15, [r15]
;;   0x033b: mov r11, [r14+18h]
;;   0x033f: lea rax, [rbx+4]
;;   0x0343: cmp rax, [r11+8]
;;   0x0347: ja 370h
;;   0x034d: lea rax, [r15+rax-4]
;;   0x0352: mov r11d, 0
;;   0x0358: cmova rax, r11
;;   0x035c: mov [rax], r12d
;;   0x035f: mov rbx, [rbp-10h]
;;   0x0363: mov r12, [rbp-18h]
;;   0x0367: mov rsp, rbp
;;   0x036a: pop rbp
;;   0x036b: ret 10h
;;   0x036e: ud2
;;   0x0370: ud2
;; function 7 (f32_store):
;;   0x0380: push rbp
;;   0x0381: mov rbp, rsp
;;   0x0384: mov r11, [r14]
;;   0x0387: mov r11, [r11]
;;   0x038a: add r11, 30h
;;   0x0391: cmp rsp, r11
;;   0x0394: jb 3E8h
;;   0x039a: sub rsp, 30h
;;   0x03a1: mov [rbp-8], r14
;;   0x03a5: mov [rbp-10h], rbx
;;   0x03a9: mov ebx, [rbp+10h]
;;   0x03ac: mov r15, [r14+18h]
;;   0x03b0: mov r15, [r15]
;;   0x03b3: movss xmm0, [rbp+18h]
;;   0x03b8: mov r11, [r14+18h]
;;   0x03bc: lea rax, [rbx+4]
;;   0x03c0: cmp rax, [r11+8]
;;   0x03c4: ja 3EAh
;;   0x03ca: lea rax, [r15+rax-4]
;;   0x03cf: mov r11d, 0
;;   0x03d5: cmova rax, r11
;;   0x03d9: movss [rax], xmm0
;;   0x03dd: mov rbx, [rbp-10h]
;;   0x03e1: mov rsp, rbp
;;   0x03e4: pop rbp
;;   0x03e5: ret 10h
;;   0x03e8: ud2
;;   0x03ea: ud2
;; function 8 (f64_store):
;;   0x03f0: push rbp
;;   0x03f1: mov rbp, rsp
;;   0x03f4: mov r11, [r14]
;;   0x03f7: mov r11, [r11]
;;   0x03fa: add r11, 30h
;;   0x0401: cmp rsp, r11
;;   0x0404: jb 458h
;;   0x040a: sub rsp, 30h
;;   0x0411: mov [rbp-8], r14
;;   0x0415: mov [rbp-10h], rbx
;;   0x0419: mov ebx, [rbp+10h]
;;   0x041c: mov r15, [r14+18h]
;;   0x0420: mov r15, [r15]
;;   0x0423: movsd xmm0, [rbp+18h]
;;   0x0428: mov r11, [r14+18h]
;;   0x042c: lea rax, [rbx+8]
;;   0x0430: cmp rax, [r11+8]
;;   0x0434: ja 45Ah
;;   0x043a: lea rax, [r15+rax-8]
;;   0x043f: mov r11d, 0
;;   0x0445: cmova rax, r11
;;   0x0449: movsd [rax], xmm0
;;   0x044d: mov rbx, [rbp-10h]
;;   0x0451: mov rsp, rbp
;;   0x0454: pop rbp
;;   0x0455: ret 10h
;;   0x0458: ud2
;;   0x045a: ud2
;; function 9 (i32_store16_imm):
;;   0x0460: push rbp
;;   0x0461: mov rbp, rsp
;;   0x0464: mov r11, [r14]
;;   0x0467: mov r11, [r11]
;;   0x046a: add r11, 30h
;;   0x0471: cmp rsp, r11
;;   0x0474: jb 4C4h
;;   0x047a: sub rsp, 30h
;;   0x0481: mov [rbp-8], r14
;;   0x0485: mov [rbp-10h], rbx
;;   0x0489: mov ebx, [rbp+10h]
;;   0x048c: mov r15, [r14+18h]
;;   0x0490: mov r15, [r15]
;;   0x0493: mov r11, [r14+18h]
;;   0x0497: lea rax, [rbx+2]
;;   0x049b: cmp rax, [r11+8]
;;   0x049f: ja 4C6h
;;   0x04a5: lea rax, [r15+rax-2]
;;   0x04aa: mov r11d, 0
;;   0x04b0: cmova rax, r11
;;   0x04b4: mov word ptr [rax], 0FFFEh
;;   0x04b9: mov rbx, [rbp-10h]
;;   0x04bd: mov rsp, rbp
;;   0x04c0: pop rbp
;;   0x04c1: ret 8
;;   0x04c4: ud2
;;   0x04c6: ud2
;; function 10 (i64_store_imm):
;;   0x04d0: push rbp
;;   0x04d1: mov rbp, rsp
;;   0x04d4: mov r11, [r14]
;;   0x04d7: mov r11, [r11]
;;   0x04da: add r11, 30h
;;   0x04e1: cmp rsp, r11
;;   0x04e4: jb 536h
;;   0x04ea: sub rsp, 30h
;;   0x04f1: mov [rbp-8], r14
;;   0x04f5: mov [rbp-10h], rbx
;;   0x04f9: mov ebx, [rbp+10h]
;;   0x04fc: mov r15, [r14+18h]
;;   0x0500: mov r15, [r15]
;;   0x0503: mov r11, [r14+18h]
;;   0x0507: lea rax, [rbx+8]
;;   0x050b: cmp rax, [r11+8]
;;   0x050f: ja 538h
;;   0x0515: lea rax, [r15+rax-8]
;;   0x051a: mov r11d, 0
;;   0x0520: cmova rax, r11
;;   0x0524: mov qword ptr [rax], 0FFFFFFFFFFFFFFFBh
;;   0x052b: mov rbx, [rbp-10h]
;;   0x052f: mov rsp, rbp
;;   0x0532: pop rbp
;;   0x0533: ret 8
;;   0x0536: ud2
;;   0x0538: ud2
;; function 11 (f32_store_const):
;;   0x0540: push rbp
;;   0x0541: mov rbp, rsp
;;   0x0544: mov r11, [r14]
;;   0x0547: mov r11, [r11]
;;   0x054a: add r11, 30h
;;   0x0551: cmp rsp, r11
;;   0x0554: jb 5AEh
;;   0x055a: sub rsp, 30h
;;   0x0561: mov [rbp-8], r14
;;   0x0565: mov [rbp-10h], rbx
;;   0x0569: mov ebx, [rbp+10h]
;;   0x056c: mov r15, [r14+18h]
;;   0x0570: mov r15, [r15]
;;   0x0573: mov r11d, 3FC00000h
;;   0x0579: movd xmm0, r11d
;;   0x057e: mov r11, [r14+18h]
;;   0x0582: lea rax, [rbx+4]
;;   0x0586: cmp rax, [r11+8]
;;   0x058a: ja 5B0h
;;   0x0590: lea rax, [r15+rax-4]
;;   0x0595: mov r11d, 0
;;   0x059b: cmova rax, r11
;;   0x059f: movss [rax], xmm0
;;   0x05a3: mov rbx, [rbp-10h]
;;   0x05a7: mov rsp, rbp
;;   0x05aa: pop rbp
;;   0x05ab: ret 8
;;   0x05ae: ud2
;;   0x05b0: ud2
