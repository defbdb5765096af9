;;! target = "x86_64"

;; Every load width at offset 0. With explicit checks every access compares index + size with the length.
(module
  (memory 1)
  (func (export "i32_load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "i32_load8_s") (param i32) (result i32) (i32.load8_s (local.get 0)))
  (func (export "i32_load8_u") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "i32_load16_s") (param i32) (result i32) (i32.load16_s (local.get 0)))
  (func (export "i32_load16_u") (param i32) (result i32) (i32.load16_u (local.get 0)))
  (func (export "i64_load") (param i32) (result i64) (i64.load (local.get 0)))
  (func (export "i64_load8_s") (param i32) (result i64) (i64.load8_s (local.get 0)))
  (func (export "i64_load8_u") (param i32) (result i64) (i64.load8_u (local.get 0)))
  (func (export "i64_load16_s") (param i32) (result i64) (i64.load16_s (local.get 0)))
  (func (export "i64_load16_u") (param i32) (result i64) (i64.load16_u (local.get 0)))
  (func (export "i64_load32_s") (param i32) (result i64) (i64.load32_s (local.get 0)))
  (func (export "i64_load32_u") (param i32) (result i64) (i64.load32_u (local.get 0)))
  (func (export "f32_load") (param i32) (result f32) (f32.load (local.get 0)))
  (func (export "f64_load") (param i32) (result f64) (f64.load (local.get 0))))
;; function 0 (i32_load):
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
;; function 1 (i32_load8_s):
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
;;   0x009c: lea rcx, [rax+1]
;;   0x00a0: cmp rcx, [r11+8]
;;   0x00a4: ja 0C7h
;;   0x00aa: add rax, [r11]
;;   0x00ad: movsx eax, byte ptr [rax]
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
;; function 2 (i32_load8_u):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 10h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 127h
;;   0x00fa: sub rsp, 10h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov eax, [rbp+10h]
;;   0x0108: mov r11, [r14+18h]
;;   0x010c: lea rcx, [rax+1]
;;   0x0110: cmp rcx, [r11+8]
;;   0x0114: ja 137h
;;   0x011a: add rax, [r11]
;;   0x011d: movzx eax, byte ptr [rax]
;;   0x0120: mov rsp, rbp
;;   0x0123: pop rbp
;;   0x0124: ret 8
;;   0x0127: mov r11, [r14]
;;   0x012a: mov eax, 0Ah
;;   0x012f: mov rsp, [r11+8]
;;   0x0133: jmp qword ptr [r11+10h]
;;   0x0137: mov r11, [r14]
;;   0x013a: mov eax, 5
;;   0x013f: mov rsp, [r11+8]
;;   0x0143: jmp qword ptr [r11+10h]
;; function 3 (i32_load16_s):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 10h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 197h
;;   0x016a: sub rsp, 10h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov eax, [rbp+10h]
;;   0x0178: mov r11, [r14+18h]
;;   0x017c: lea rcx, [rax+2]
;;   0x0180: cmp rcx, [r11+8]
;;   0x0184: ja 1A7h
;;   0x018a: add rax, [r11]
;;   0x018d: movsx eax, word ptr [rax]
;;   0x0190: mov rsp, rbp
;;   0x0193: pop rbp
;;   0x0194: ret 8
;;   0x0197: mov r11, [r14]
;;   0x019a: mov eax, 0Ah
;;   0x019f: mov rsp, [r11+8]
;;   0x01a3: jmp qword ptr [r11+10h]
;;   0x01a7: mov r11, [r14]
;;   0x01aa: mov eax, 5
;;   0x01af: mov rsp, [r11+8]
;;   0x01b3: jmp qword ptr [r11+10h]
;; function 4 (i32_load16_u):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 10h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 207h
;;   0x01da: sub rsp, 10h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov eax, [rbp+10h]
;;   0x01e8: mov r11, [r14+18h]
;;   0x01ec: lea rcx, [rax+2]
;;   0x01f0: cmp rcx, [r11+8]
;;   0x01f4: ja 217h
;;   0x01fa: add rax, [r11]
;;   0x01fd: movzx eax, word ptr [rax]
;;   0x0200: mov rsp, rbp
;;   0x0203: pop rbp
;;   0x0204: ret 8
;;   0x0207: mov r11, [r14]
;;   0x020a: mov eax, 0Ah
;;   0x020f: mov rsp, [r11+8]
;;   0x0213: jmp qword ptr [r11+10h]
;;   0x0217: mov r11, [r14]
;;   0x021a: mov eax, 5
;;   0x021f: mov rsp, [r11+8]
;;   0x0223: jmp qword ptr [r11+10h]
;; function 5 (i64_load):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 10h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 277h
;;   0x024a: sub rsp, 10h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov eax, [rbp+10h]
;;   0x0258: mov r11, [r14+18h]
;;   0x025c: lea rcx, [rax+8]
;;   0x0260: cmp rcx, [r11+8]
;;   0x0264: ja 287h
;;   0x026a: add rax, [r11]
;;   0x026d: mov rax, [rax]
;;   0x0270: mov rsp, rbp
;;   0x0273: pop rbp
;;   0x0274: ret 8
;;   0x0277: mov r11, [r14]
;;   0x027a: mov eax, 0Ah
;;   0x027f: mov rsp, [r11+8]
;;   0x0283: jmp qword ptr [r11+10h]
;;   0x0287: mov r11, [r14]
;;   0x028a: mov eax, 5
;;   0x028f: mov rsp, [r11+8]
;;   0x0293: jmp qword ptr [r11+10h]
;; function 6 (i64_load8_s):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 10h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 2E8h
;;   0x02ba: sub rsp, 10h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov eax, [rbp+10h]
;;   0x02c8: mov r11, [r14+18h]
;;   0x02cc: lea rcx, [rax+1]
;;   0x02d0: cmp rcx, [r11+8]
;;   0x02d4: ja 2F8h
;;   0x02da: add rax, [r11]
;;   0x02dd: movsx rax, byte ptr [rax]
;;   0x02e1: mov rsp, rbp
;;   0x02e4: pop rbp
;;   0x02e5: ret 8
;;   0x02e8: mov r11, [r14]
;;   0x02eb: mov eax, 0Ah
;;   0x02f0: mov rsp, [r11+8]
;;   0x02f4: jmp qword ptr [r11+10h]
;;   0x02f8: mov r11, [r14]
;;   0x02fb: mov eax, 5
;;   0x0300: mov rsp, [r11+8]
;;   0x0304: jmp qword ptr [r11+10h]
;; function 7 (i64_load8_u):
;;   0x0310: push rbp
;;   0x0311: mov rbp, rsp
;;   0x0314: mov r11, [r14]
;;   0x0317: mov r11, [r11]
;;   0x031a: add r11, 10h
;;   0x0321: cmp rsp, r11
;;   0x0324: jb 357h
;;   0x032a: sub rsp, 10h
;;   0x0331: mov [rbp-8], r14
;;   0x0335: mov eax, [rbp+10h]
;;   0x0338: mov r11, [r14+18h]
;;   0x033c: lea rcx, [rax+1]
;;   0x0340: cmp rcx, [r11+8]
;;   0x0344: ja 367h
;;   0x034a: add rax, [r11]
;;   0x034d: movzx eax, byte ptr [rax]
;;   0x0350: mov rsp, rbp
;;   0x0353: pop rbp
;;   0x0354: ret 8
;;   0x0357: mov r11, [r14]
;;   0x035a: mov eax, 0Ah
;;   0x035f: mov rsp, [r11+8]
;;   0x0363: jmp qword ptr [r11+10h]
;;   0x0367: mov r11, [r14]
;;   0x036a: mov eax, 5
;;   0x036f: mov rsp, [r11+8]
;;   0x0373: jmp qword ptr [r11+10h]
;; function 8 (i64_load16_s):
;;   0x0380: push rbp
;;   0x0381: mov rbp, rsp
;;   0x0384: mov r11, [r14]
;;   0x0387: mov r11, [r11]
;;   0x038a: add r11, 10h
;;   0x0391: cmp rsp, r11
;;   0x0394: jb 3C8h
;;   0x039a: sub rsp, 10h
;;   0x03a1: mov [rbp-8], r14
;;   0x03a5: mov eax, [rbp+10h]
;;   0x03a8: mov r11, [r14+18h]
;;   0x03ac: lea rcx, [rax+2]
;;   0x03b0: cmp rcx, [r11+8]
;;   0x03b4: ja 3D8h
;;   0x03ba: add rax, [r11]
;;   0x03bd: movsx rax, word ptr [rax]
;;   0x03c1: mov rsp, rbp
;;   0x03c4: pop rbp
;;   0x03c5: ret 8
;;   0x03c8: mov r11, [r14]
;;   0x03cb: mov eax, 0Ah
;;   0x03d0: mov rsp, [r11+8]
;;   0x03d4: jmp qword ptr [r11+10h]
;;   0x03d8: mov r11, [r14]
;;   0x03db: mov eax, 5
;;   0x03e0: mov rsp, [r11+8]
;;   0x03e4: jmp qword ptr [r11+10h]
;; function 9 (i64_load16_u):
;;   0x03f0: push rbp
;;   0x03f1: mov rbp, rsp
;;   0x03f4: mov r11, [r14]
;;   0x03f7: mov r11, [r11]
;;   0x03fa: add r11, 10h
;;   0x0401: cmp rsp, r11
;;   0x0404: jb 437h
;;   0x040a: sub rsp, 10h
;;   0x0411: mov [rbp-8], r14
;;   0x0415: mov eax, [rbp+10h]
;;   0x0418: mov r11, [r14+18h]
;;   0x041c: lea rcx, [rax+2]
;;   0x0420: cmp rcx, [r11+8]
;;   0x0424: ja 447h
;;   0x042a: add rax, [r11]
;;   0x042d: movzx eax, word ptr [rax]
;;   0x0430: mov rsp, rbp
;;   0x0433: pop rbp
;;   0x0434: ret 8
;;   0x0437: mov r11, [r14]
;;   0x043a: mov eax, 0Ah
;;   0x043f: mov rsp, [r11+8]
;;   0x0443: jmp qword ptr [r11+10h]
;;   0x0447: mov r11, [r14]
;;   0x044a: mov eax, 5
;;   0x044f: mov rsp, [r11+8]
;;   0x0453: jmp qword ptr [r11+10h]
;; function 10 (i64_load32_s):
;;   0x0460: push rbp
;;   0x0461: mov rbp, rsp
;;   0x0464: mov r11, [r14]
;;   0x0467: mov r11, [r11]
;;   0x046a: add r11, 10h
;;   0x0471: cmp rsp, r11
;;   0x0474: jb 4A7h
;;   0x047a: sub rsp, 10h
;;   0x0481: mov [rbp-8], r14
;;   0x0485: mov eax, [rbp+10h]
;;   0x0488: mov r11, [r14+18h]
;;   0x048c: lea rcx, [rax+4]
;;   0x0490: cmp rcx, [r11+8]
;;   0x0494: ja 4B7h
;;   0x049a: add rax, [r11]
;;   0x049d: movsxd rax, [rax]
;;   0x04a0: mov rsp, rbp
;;   0x04a3: pop rbp
;;   0x04a4: ret 8
;;   0x04a7: mov r11, [r14]
;;   0x04aa: mov eax, 0Ah
;;   0x04af: mov rsp, [r11+8]
;;   0x04b3: jmp qword ptr [r11+10h]
;;   0x04b7: mov r11, [r14]
;;   0x04ba: mov eax, 5
;;   0x04bf: mov rsp, [r11+8]
;;   0x04c3: jmp qword ptr [r11+10h]
;; function 11 (i64_load32_u):
;;   0x04d0: push rbp
;;   0x04d1: mov rbp, rsp
;;   0x04d4: mov r11, [r14]
;;   0x04d7: mov r11, [r11]
;;   0x04da: add r11, 10h
;;   0x04e1: cmp rsp, r11
;;   0x04e4: jb 516h
;;   0x04ea: sub rsp, 10h
;;   0x04f1: mov [rbp-8], r14
;;   0x04f5: mov eax, [rbp+10h]
;;   0x04f8: mov r11, [r14+18h]
;;   0x04fc: lea rcx, [rax+4]
;;   0x0500: cmp rcx, [r11+8]
;;   0x0504: ja 526h
;;   0x050a: add rax, [r11]
;;   0x050d: mov eax, [rax]
;;   0x050f: mov rsp, rbp
;;   0x0512: pop rbp
;;   0x0513: ret 8
;;   0x0516: mov r11, [r14]
;;   0x0519: mov eax, 0Ah
;;   0x051e: mov rsp, [r11+8]
;;   0x0522: jmp qword ptr [r11+10h]
;;   0x0526: mov r11, [r14]
;;   0x0529: mov eax, 5
;;   0x052e: mov rsp, [r11+8]
;;   0x0532: jmp qword ptr [r11+10h]
;; function 12 (f32_load):
;;   0x0540: push rbp
;;   0x0541: mov rbp, rsp
;;   0x0544: mov r11, [r14]
;;   0x0547: mov r11, [r11]
;;   0x054a: add r11, 10h
;;   0x0551: cmp rsp, r11
;;   0x0554: jb 588h
;;   0x055a: sub rsp, 10h
;;   0x0561: mov [rbp-8], r14
;;   0x0565: mov eax, [rbp+10h]
;;   0x0568: mov r11, [r14+18h]
;;   0x056c: lea rcx, [rax+4]
;;   0x0570: cmp rcx, [r11+8]
;;   0x0574: ja 598h
;;   0x057a: add rax, [r11]
;;   0x057d: movss xmm0, [rax]
;;   0x0581: mov rsp, rbp
;;   0x0584: pop rbp
;;   0x0585: ret 8
;;   0x0588: mov r11, [r14]
;;   0x058b: mov eax, 0Ah
;;   0x0590: mov rsp, [r11+8]
;;   0x0594: jmp qword ptr [r11+10h]
;;   0x0598: mov r11, [r14]
;;   0x059b: mov eax, 5
;;   0x05a0: mov rsp, [r11+8]
;;   0x05a4: jmp qword ptr [r11+10h]
;; function 13 (f64_load):
;;   0x05b0: push rbp
;;   0x05b1: mov rbp, rsp
;;   0x05b4: mov r11, [r14]
;;   0x05b7: mov r11, [r11]
;;   0x05ba: add r11, 10h
;;   0x05c1: cmp rsp, r11
;;   0x05c4: jb 5F8h
;;   0x05ca: sub rsp, 10h
;;   0x05d1: mov [rbp-8], r14
;;   0x05d5: mov eax, [rbp+10h]
;;   0x05d8: mov r11, [r14+18h]
;;   0x05dc: lea rcx, [rax+8]
;;   0x05e0: cmp rcx, [r11+8]
;;   0x05e4: ja 608h
;;   0x05ea: add rax, [r11]
;;   0x05ed: movsd xmm0, [rax]
;;   0x05f1: mov rsp, rbp
;;   0x05f4: pop rbp
;;   0x05f5: ret 8
;;   0x05f8: mov r11, [r14]
;;   0x05fb: mov eax, 0Ah
;;   0x0600: mov rsp, [r11+8]
;;   0x0604: jmp qword ptr [r11+10h]
;;   0x0608: mov r11, [r14]
;;   0x060b: mov eax, 5
;;   0x0610: mov rsp, [r11+8]
;;   0x0614: jmp qword ptr [r11+10h]
