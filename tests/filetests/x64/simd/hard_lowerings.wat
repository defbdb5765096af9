;;! flags = ["popcnt", "sse4.1", "ssse3", "sse4.2"]
;; The SIMD lowerings with no single SSE4.2 instruction (see
;; isa/x64/masm/simd.rs; checked against Rust in crates/brisk/tests/simd.rs).
(module
  (func $i8x16_shl (param v128 i32) (result v128)
    (i8x16.shl (local.get 0) (local.get 1)))
  (func $i8x16_shr_s (param v128 i32) (result v128)
    (i8x16.shr_s (local.get 0) (local.get 1)))
  (func $i64x2_shr_s (param v128 i32) (result v128)
    (i64x2.shr_s (local.get 0) (local.get 1)))
  (func $i64x2_abs (param v128) (result v128)
    (i64x2.abs (local.get 0)))
  (func $i64x2_mul (param v128 v128) (result v128)
    (i64x2.mul (local.get 0) (local.get 1)))
  (func $i8x16_popcnt (param v128) (result v128)
    (i8x16.popcnt (local.get 0)))
  (func $i8x16_swizzle (param v128 v128) (result v128)
    (i8x16.swizzle (local.get 0) (local.get 1)))
  (func $f32x4_min (param v128 v128) (result v128)
    (f32x4.min (local.get 0) (local.get 1)))
  (func $f64x2_max (param v128 v128) (result v128)
    (f64x2.max (local.get 0) (local.get 1)))
  (func $trunc_sat_s (param v128) (result v128)
    (i32x4.trunc_sat_f32x4_s (local.get 0)))
  (func $trunc_sat_u (param v128) (result v128)
    (i32x4.trunc_sat_f32x4_u (local.get 0)))
  (func $q15mulr (param v128 v128) (result v128)
    (i16x8.q15mulr_sat_s (local.get 0) (local.get 1)))
  (func $convert_u (param v128) (result v128)
    (f32x4.convert_i32x4_u (local.get 0)))
  (func $shuffle (param v128 v128) (result v128)
    (i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31 (local.get 0) (local.get 1))))
;; function 0 (i8x16_shl):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 65h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+20h]
;;   0x002c: mov eax, ebx
;;   0x002e: movups xmm0, [rbp+10h]
;;   0x0032: and eax, 7
;;   0x0035: movd xmm15, eax
;;   0x003a: psllw xmm0, xmm15
;;   0x003f: pcmpeqd xmm1, xmm1
;;   0x0043: psllw xmm1, xmm15
;;   0x0048: psllw xmm1, 8
;;   0x004d: psrlw xmm1, 8
;;   0x0052: packuswb xmm1, xmm1
;;   0x0056: pand xmm0, xmm1
;;   0x005a: mov rbx, [rbp-10h]
;;   0x005e: mov rsp, rbp
;;   0x0061: pop rbp
;;   0x0062: ret 18h
;;   0x0065: ud2
;; function 1 (i8x16_shr_s):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 40h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0D1h
;;   0x008a: sub rsp, 40h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov ebx, [rbp+20h]
;;   0x009c: mov eax, ebx
;;   0x009e: movups xmm0, [rbp+10h]
;;   0x00a2: and eax, 7
;;   0x00a5: add eax, 8
;;   0x00a8: movd xmm15, eax
;;   0x00ad: movaps xmm1, xmm0
;;   0x00b0: punpckhbw xmm1, xmm0
;;   0x00b4: psraw xmm1, xmm15
;;   0x00b9: punpcklbw xmm0, xmm0
;;   0x00bd: psraw xmm0, xmm15
;;   0x00c2: packsswb xmm0, xmm1
;;   0x00c6: mov rbx, [rbp-10h]
;;   0x00ca: mov rsp, rbp
;;   0x00cd: pop rbp
;;   0x00ce: ret 18h
;;   0x00d1: ud2
;; function 2 (i64x2_shr_s):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 40h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 13Ch
;;   0x00fa: sub rsp, 40h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov ebx, [rbp+20h]
;;   0x010c: mov eax, ebx
;;   0x010e: movups xmm0, [rbp+10h]
;;   0x0112: and eax, 3Fh
;;   0x0115: movd xmm15, eax
;;   0x011a: pshufd xmm1, xmm0, 0F5h
;;   0x011f: psrad xmm1, 1Fh
;;   0x0124: pxor xmm0, xmm1
;;   0x0128: psrlq xmm0, xmm15
;;   0x012d: pxor xmm0, xmm1
;;   0x0131: mov rbx, [rbp-10h]
;;   0x0135: mov rsp, rbp
;;   0x0138: pop rbp
;;   0x0139: ret 18h
;;   0x013c: ud2
;; function 3 (i64x2_abs):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 182h
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: movups xmm0, [rbp+10h]
;;   0x0169: pshufd xmm1, xmm0, 0F5h
;;   0x016e: psrad xmm1, 1Fh
;;   0x0173: pxor xmm0, xmm1
;;   0x0177: psubq xmm0, xmm1
;;   0x017b: mov rsp, rbp
;;   0x017e: pop rbp
;;   0x017f: ret 10h
;;   0x0182: ud2
;; function 4 (i64x2_mul):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 40h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1F4h
;;   0x01aa: sub rsp, 40h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: movups xmm0, [rbp+20h]
;;   0x01b9: movups xmm1, [rbp+10h]
;;   0x01bd: movaps xmm2, xmm1
;;   0x01c0: psrlq xmm2, 20h
;;   0x01c5: pmuludq xmm2, xmm0
;;   0x01c9: movaps xmm15, xmm0
;;   0x01cd: psrlq xmm15, 20h
;;   0x01d3: pmuludq xmm15, xmm1
;;   0x01d8: paddq xmm2, xmm15
;;   0x01dd: psllq xmm2, 20h
;;   0x01e2: pmuludq xmm1, xmm0
;;   0x01e6: paddq xmm1, xmm2
;;   0x01ea: movaps xmm0, xmm1
;;   0x01ed: mov rsp, rbp
;;   0x01f0: pop rbp
;;   0x01f1: ret 20h
;;   0x01f4: ud2
;; function 5 (i8x16_popcnt):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 30h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 26Fh
;;   0x021a: sub rsp, 30h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: movups xmm0, [rbp+10h]
;;   0x0229: movups xmm15, [280h]
;;   0x0231: movaps xmm1, xmm0
;;   0x0234: psrlw xmm1, 4
;;   0x0239: pand xmm1, xmm15
;;   0x023e: pand xmm0, xmm15
;;   0x0243: movups xmm15, [290h]
;;   0x024b: pshufb xmm15, xmm0
;;   0x0251: movaps xmm0, xmm15
;;   0x0255: movups xmm15, [290h]
;;   0x025d: pshufb xmm15, xmm1
;;   0x0263: paddb xmm0, xmm15
;;   0x0268: mov rsp, rbp
;;   0x026b: pop rbp
;;   0x026c: ret 10h
;;   0x026f: ud2
;;   0x0271: int3
;;   0x0272: int3
;;   0x0273: int3
;;   0x0274: int3
;;   0x0275: int3
;;   0x0276: int3
;;   0x0277: int3
;;   0x0278: int3
;;   0x0279: int3
;;   0x027a: int3
;;   0x027b: int3
;;   0x027c: int3
;;   0x027d: int3
;;   0x027e: int3
;;   0x027f: int3
;;   0x0280: (bad)
;;   0x0284: (bad)
;;   0x0288: (bad)
;;   0x028c: (bad)
;;   0x0290: add [rcx], al
;;   0x0292: add [rdx], eax
;;   0x0294: add [rdx], eax
;;   0x0296: add al, [rbx]
;;   0x0298: add [rdx], eax
;;   0x029a: add al, [rbx]
;;   0x029c: add al, [rbx]
;;   0x029e: (bad)
;; function 6 (i8x16_swizzle):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 40h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 2E7h
;;   0x02ba: sub rsp, 40h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: movups xmm0, [rbp+20h]
;;   0x02c9: movups xmm1, [rbp+10h]
;;   0x02cd: movups xmm2, [2F0h]
;;   0x02d4: paddusb xmm2, xmm0
;;   0x02d8: pshufb xmm1, xmm2
;;   0x02dd: movaps xmm0, xmm1
;;   0x02e0: mov rsp, rbp
;;   0x02e3: pop rbp
;;   0x02e4: ret 20h
;;   0x02e7: ud2
;;   0x02e9: int3
;;   0x02ea: int3
;;   0x02eb: int3
;;   0x02ec: int3
;;   0x02ed: int3
;;   0x02ee: int3
;;   0x02ef: int3
;;   0x02f0: jo short 362h
;;   0x02f2: jo short 364h
;;   0x02f4: jo short 366h
;;   0x02f6: jo short 368h
;;   0x02f8: jo short 36Ah
;;   0x02fa: jo short 36Ch
;;   0x02fc: jo short 36Eh
;;   0x02fe: jo short 370h
;; function 7 (f32x4_min):
;;   0x0300: push rbp
;;   0x0301: mov rbp, rsp
;;   0x0304: mov r11, [r14]
;;   0x0307: mov r11, [r11]
;;   0x030a: add r11, 40h
;;   0x0311: cmp rsp, r11
;;   0x0314: jb 358h
;;   0x031a: sub rsp, 40h
;;   0x0321: mov [rbp-8], r14
;;   0x0325: movups xmm0, [rbp+20h]
;;   0x0329: movups xmm1, [rbp+10h]
;;   0x032d: movaps xmm2, xmm0
;;   0x0330: minps xmm2, xmm1
;;   0x0333: minps xmm1, xmm0
;;   0x0336: por xmm2, xmm1
;;   0x033a: movaps xmm1, xmm2
;;   0x033d: cmpunordps xmm1, xmm2
;;   0x0341: por xmm2, xmm1
;;   0x0345: psrld xmm1, 0Ah
;;   0x034a: pandn xmm1, xmm2
;;   0x034e: movaps xmm0, xmm1
;;   0x0351: mov rsp, rbp
;;   0x0354: pop rbp
;;   0x0355: ret 20h
;;   0x0358: ud2
;; function 8 (f64x2_max):
;;   0x0360: push rbp
;;   0x0361: mov rbp, rsp
;;   0x0364: mov r11, [r14]
;;   0x0367: mov r11, [r11]
;;   0x036a: add r11, 40h
;;   0x0371: cmp rsp, r11
;;   0x0374: jb 3C3h
;;   0x037a: sub rsp, 40h
;;   0x0381: mov [rbp-8], r14
;;   0x0385: movups xmm0, [rbp+20h]
;;   0x0389: movups xmm1, [rbp+10h]
;;   0x038d: movaps xmm2, xmm0
;;   0x0390: maxpd xmm2, xmm1
;;   0x0394: maxpd xmm1, xmm0
;;   0x0398: pxor xmm1, xmm2
;;   0x039c: por xmm2, xmm1
;;   0x03a0: subpd xmm2, xmm1
;;   0x03a4: movaps xmm1, xmm2
;;   0x03a7: cmpunordpd xmm1, xmm2
;;   0x03ac: por xmm2, xmm1
;;   0x03b0: psrlq xmm1, 0Dh
;;   0x03b5: pandn xmm1, xmm2
;;   0x03b9: movaps xmm0, xmm1
;;   0x03bc: mov rsp, rbp
;;   0x03bf: pop rbp
;;   0x03c0: ret 20h
;;   0x03c3: ud2
;; function 9 (trunc_sat_s):
;;   0x03d0: push rbp
;;   0x03d1: mov rbp, rsp
;;   0x03d4: mov r11, [r14]
;;   0x03d7: mov r11, [r11]
;;   0x03da: add r11, 30h
;;   0x03e1: cmp rsp, r11
;;   0x03e4: jb 420h
;;   0x03ea: sub rsp, 30h
;;   0x03f1: mov [rbp-8], r14
;;   0x03f5: movups xmm0, [rbp+10h]
;;   0x03f9: movaps xmm1, xmm0
;;   0x03fc: cmpeqps xmm1, xmm0
;;   0x0400: pand xmm0, xmm1
;;   0x0404: pxor xmm1, xmm0
;;   0x0408: cvttps2dq xmm0, xmm0
;;   0x040c: pand xmm1, xmm0
;;   0x0410: psrad xmm1, 1Fh
;;   0x0415: pxor xmm0, xmm1
;;   0x0419: mov rsp, rbp
;;   0x041c: pop rbp
;;   0x041d: ret 10h
;;   0x0420: ud2
;; function 10 (trunc_sat_u):
;;   0x0430: push rbp
;;   0x0431: mov rbp, rsp
;;   0x0434: mov r11, [r14]
;;   0x0437: mov r11, [r11]
;;   0x043a: add r11, 30h
;;   0x0441: cmp rsp, r11
;;   0x0444: jb 4A0h
;;   0x044a: sub rsp, 30h
;;   0x0451: mov [rbp-8], r14
;;   0x0455: movups xmm0, [rbp+10h]
;;   0x0459: pxor xmm15, xmm15
;;   0x045e: maxps xmm0, xmm15
;;   0x0462: pcmpeqd xmm15, xmm15
;;   0x0467: psrld xmm15, 1
;;   0x046d: cvtdq2ps xmm15, xmm15
;;   0x0471: movaps xmm1, xmm0
;;   0x0474: subps xmm1, xmm15
;;   0x0478: cmpleps xmm15, xmm1
;;   0x047d: cvttps2dq xmm1, xmm1
;;   0x0481: pxor xmm1, xmm15
;;   0x0486: pxor xmm15, xmm15
;;   0x048b: pmaxsd xmm1, xmm15
;;   0x0491: cvttps2dq xmm0, xmm0
;;   0x0495: paddd xmm0, xmm1
;;   0x0499: mov rsp, rbp
;;   0x049c: pop rbp
;;   0x049d: ret 10h
;;   0x04a0: ud2
;; function 11 (q15mulr):
;;   0x04b0: push rbp
;;   0x04b1: mov rbp, rsp
;;   0x04b4: mov r11, [r14]
;;   0x04b7: mov r11, [r11]
;;   0x04ba: add r11, 40h
;;   0x04c1: cmp rsp, r11
;;   0x04c4: jb 4FBh
;;   0x04ca: sub rsp, 40h
;;   0x04d1: mov [rbp-8], r14
;;   0x04d5: movups xmm0, [rbp+20h]
;;   0x04d9: movups xmm1, [rbp+10h]
;;   0x04dd: pmulhrsw xmm1, xmm0
;;   0x04e2: movups xmm2, [500h]
;;   0x04e9: pcmpeqw xmm2, xmm1
;;   0x04ed: pxor xmm1, xmm2
;;   0x04f1: movaps xmm0, xmm1
;;   0x04f4: mov rsp, rbp
;;   0x04f7: pop rbp
;;   0x04f8: ret 20h
;;   0x04fb: ud2
;;   0x04fd: int3
;;   0x04fe: int3
;;   0x04ff: int3
;;   0x0500: add [rax-7FFF8000h], al
;;   0x0506: add [rax-7FFF8000h], al
;;   0x050c: (bad)
;; function 12 (convert_u):
;;   0x0510: push rbp
;;   0x0511: mov rbp, rsp
;;   0x0514: mov r11, [r14]
;;   0x0517: mov r11, [r11]
;;   0x051a: add r11, 30h
;;   0x0521: cmp rsp, r11
;;   0x0524: jb 567h
;;   0x052a: sub rsp, 30h
;;   0x0531: mov [rbp-8], r14
;;   0x0535: movups xmm0, [rbp+10h]
;;   0x0539: movaps xmm1, xmm0
;;   0x053c: pslld xmm1, 10h
;;   0x0541: psrld xmm1, 10h
;;   0x0546: cvtdq2ps xmm1, xmm1
;;   0x0549: psrld xmm0, 10h
;;   0x054e: cvtdq2ps xmm0, xmm0
;;   0x0551: movups xmm15, [570h]
;;   0x0559: mulps xmm0, xmm15
;;   0x055d: addps xmm0, xmm1
;;   0x0560: mov rsp, rbp
;;   0x0563: pop rbp
;;   0x0564: ret 10h
;;   0x0567: ud2
;;   0x0569: int3
;;   0x056a: int3
;;   0x056b: int3
;;   0x056c: int3
;;   0x056d: int3
;;   0x056e: int3
;;   0x056f: int3
;;   0x0570: add [rax], al
;;   0x0572: add byte ptr [rdi], 0
;;   0x0576: add byte ptr [rdi], 0
;;   0x057a: add byte ptr [rdi], 0
;;   0x057e: (bad)
;; function 13 (shuffle):
;;   0x0580: push rbp
;;   0x0581: mov rbp, rsp
;;   0x0584: mov r11, [r14]
;;   0x0587: mov r11, [r11]
;;   0x058a: add r11, 40h
;;   0x0591: cmp rsp, r11
;;   0x0594: jb 5D7h
;;   0x059a: sub rsp, 40h
;;   0x05a1: mov [rbp-8], r14
;;   0x05a5: movups xmm0, [rbp+20h]
;;   0x05a9: movups xmm1, [rbp+10h]
;;   0x05ad: movups xmm15, [5E0h]
;;   0x05b5: pshufb xmm1, xmm15
;;   0x05bb: movups xmm15, [5F0h]
;;   0x05c3: pshufb xmm0, xmm15
;;   0x05c9: por xmm1, xmm0
;;   0x05cd: movaps xmm0, xmm1
;;   0x05d0: mov rsp, rbp
;;   0x05d3: pop rbp
;;   0x05d4: ret 20h
;;   0x05d7: ud2
;;   0x05d9: int3
;;   0x05da: int3
;;   0x05db: int3
;;   0x05dc: int3
;;   0x05dd: int3
;;   0x05de: int3
;;   0x05df: int3
;;   0x05e0: add [rax-7FFB7FFEh], al
;;   0x05e6: (bad)
;;   0x05e8: or [rax-7FF37FF6h], al
;;   0x05ee: (bad)
;;   0x05f0: add byte ptr [rcx], 80h
;;   0x05f3: add eax, [rax-7FF87FFBh]
;;   0x05f9: or [rax-7FF27FF5h], eax
;;   0x05ff: (bad)
