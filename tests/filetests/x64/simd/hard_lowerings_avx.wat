;;! flags = ["popcnt", "sse4.1", "ssse3", "sse4.2", "avx"]
;; hard_lowerings.wat with AVX: the VEX three-operand forms save the copies
;; of the SSE forms, and constant-pool entries are memory operands.
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
;;   0x003a: vpsllw xmm0, xmm0, xmm15
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
;;   0x0084: jb 0CEh
;;   0x008a: sub rsp, 40h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov ebx, [rbp+20h]
;;   0x009c: mov eax, ebx
;;   0x009e: movups xmm0, [rbp+10h]
;;   0x00a2: and eax, 7
;;   0x00a5: add eax, 8
;;   0x00a8: movd xmm15, eax
;;   0x00ad: vpunpckhbw xmm1, xmm0, xmm0
;;   0x00b1: psraw xmm1, xmm15
;;   0x00b6: vpunpcklbw xmm0, xmm0, xmm0
;;   0x00ba: psraw xmm0, xmm15
;;   0x00bf: packsswb xmm0, xmm1
;;   0x00c3: mov rbx, [rbp-10h]
;;   0x00c7: mov rsp, rbp
;;   0x00ca: pop rbp
;;   0x00cb: ret 18h
;;   0x00ce: ud2
;; function 2 (i64x2_shr_s):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 40h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 12Ch
;;   0x00ea: sub rsp, 40h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov ebx, [rbp+20h]
;;   0x00fc: mov eax, ebx
;;   0x00fe: movups xmm0, [rbp+10h]
;;   0x0102: and eax, 3Fh
;;   0x0105: movd xmm15, eax
;;   0x010a: pshufd xmm1, xmm0, 0F5h
;;   0x010f: psrad xmm1, 1Fh
;;   0x0114: vpxor xmm0, xmm0, xmm1
;;   0x0118: psrlq xmm0, xmm15
;;   0x011d: pxor xmm0, xmm1
;;   0x0121: mov rbx, [rbp-10h]
;;   0x0125: mov rsp, rbp
;;   0x0128: pop rbp
;;   0x0129: ret 18h
;;   0x012c: ud2
;; function 3 (i64x2_abs):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 30h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 172h
;;   0x014a: sub rsp, 30h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: movups xmm0, [rbp+10h]
;;   0x0159: pshufd xmm1, xmm0, 0F5h
;;   0x015e: psrad xmm1, 1Fh
;;   0x0163: vpxor xmm0, xmm0, xmm1
;;   0x0167: psubq xmm0, xmm1
;;   0x016b: mov rsp, rbp
;;   0x016e: pop rbp
;;   0x016f: ret 10h
;;   0x0172: ud2
;; function 4 (i64x2_mul):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 40h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1DCh
;;   0x019a: sub rsp, 40h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: movups xmm0, [rbp+20h]
;;   0x01a9: movups xmm1, [rbp+10h]
;;   0x01ad: vpsrlq xmm2, xmm1, 20h
;;   0x01b2: pmuludq xmm2, xmm0
;;   0x01b6: vpsrlq xmm15, xmm0, 20h
;;   0x01bb: pmuludq xmm15, xmm1
;;   0x01c0: paddq xmm2, xmm15
;;   0x01c5: psllq xmm2, 20h
;;   0x01ca: pmuludq xmm1, xmm0
;;   0x01ce: paddq xmm1, xmm2
;;   0x01d2: movaps xmm0, xmm1
;;   0x01d5: mov rsp, rbp
;;   0x01d8: pop rbp
;;   0x01d9: ret 20h
;;   0x01dc: ud2
;; function 5 (i8x16_popcnt):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 30h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 23Dh
;;   0x01fa: sub rsp, 30h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: movups xmm0, [rbp+10h]
;;   0x0209: movups xmm15, [240h]
;;   0x0211: vpsrlw xmm1, xmm0, 4
;;   0x0216: pand xmm1, xmm15
;;   0x021b: vpand xmm0, xmm0, xmm15
;;   0x0220: movups xmm15, [250h]
;;   0x0228: vpshufb xmm0, xmm15, xmm0
;;   0x022d: vpshufb xmm1, xmm15, xmm1
;;   0x0232: paddb xmm0, xmm1
;;   0x0236: mov rsp, rbp
;;   0x0239: pop rbp
;;   0x023a: ret 10h
;;   0x023d: ud2
;;   0x023f: int3
;;   0x0240: (bad)
;;   0x0244: (bad)
;;   0x0248: (bad)
;;   0x024c: (bad)
;;   0x0250: add [rcx], al
;;   0x0252: add [rdx], eax
;;   0x0254: add [rdx], eax
;;   0x0256: add al, [rbx]
;;   0x0258: add [rdx], eax
;;   0x025a: add al, [rbx]
;;   0x025c: add al, [rbx]
;;   0x025e: (bad)
;; function 6 (i8x16_swizzle):
;;   0x0260: push rbp
;;   0x0261: mov rbp, rsp
;;   0x0264: mov r11, [r14]
;;   0x0267: mov r11, [r11]
;;   0x026a: add r11, 40h
;;   0x0271: cmp rsp, r11
;;   0x0274: jb 2A4h
;;   0x027a: sub rsp, 40h
;;   0x0281: mov [rbp-8], r14
;;   0x0285: movups xmm0, [rbp+20h]
;;   0x0289: movups xmm1, [rbp+10h]
;;   0x028d: vpaddusb xmm2, xmm0, [2B0h]
;;   0x0295: pshufb xmm1, xmm2
;;   0x029a: movaps xmm0, xmm1
;;   0x029d: mov rsp, rbp
;;   0x02a0: pop rbp
;;   0x02a1: ret 20h
;;   0x02a4: ud2
;;   0x02a6: int3
;;   0x02a7: int3
;;   0x02a8: int3
;;   0x02a9: int3
;;   0x02aa: int3
;;   0x02ab: int3
;;   0x02ac: int3
;;   0x02ad: int3
;;   0x02ae: int3
;;   0x02af: int3
;;   0x02b0: jo short 322h
;;   0x02b2: jo short 324h
;;   0x02b4: jo short 326h
;;   0x02b6: jo short 328h
;;   0x02b8: jo short 32Ah
;;   0x02ba: jo short 32Ch
;;   0x02bc: jo short 32Eh
;;   0x02be: jo short 330h
;; function 7 (f32x4_min):
;;   0x02c0: push rbp
;;   0x02c1: mov rbp, rsp
;;   0x02c4: mov r11, [r14]
;;   0x02c7: mov r11, [r11]
;;   0x02ca: add r11, 40h
;;   0x02d1: cmp rsp, r11
;;   0x02d4: jb 314h
;;   0x02da: sub rsp, 40h
;;   0x02e1: mov [rbp-8], r14
;;   0x02e5: movups xmm0, [rbp+20h]
;;   0x02e9: movups xmm1, [rbp+10h]
;;   0x02ed: vminps xmm2, xmm0, xmm1
;;   0x02f1: minps xmm1, xmm0
;;   0x02f4: por xmm2, xmm1
;;   0x02f8: vcmpunordps xmm1, xmm2, xmm2
;;   0x02fd: por xmm2, xmm1
;;   0x0301: psrld xmm1, 0Ah
;;   0x0306: pandn xmm1, xmm2
;;   0x030a: movaps xmm0, xmm1
;;   0x030d: mov rsp, rbp
;;   0x0310: pop rbp
;;   0x0311: ret 20h
;;   0x0314: ud2
;; function 8 (f64x2_max):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 40h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 37Dh
;;   0x033a: sub rsp, 40h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: movups xmm0, [rbp+20h]
;;   0x0349: movups xmm1, [rbp+10h]
;;   0x034d: vmaxpd xmm2, xmm0, xmm1
;;   0x0351: maxpd xmm1, xmm0
;;   0x0355: pxor xmm1, xmm2
;;   0x0359: por xmm2, xmm1
;;   0x035d: subpd xmm2, xmm1
;;   0x0361: vcmpunordpd xmm1, xmm2, xmm2
;;   0x0366: por xmm2, xmm1
;;   0x036a: psrlq xmm1, 0Dh
;;   0x036f: pandn xmm1, xmm2
;;   0x0373: movaps xmm0, xmm1
;;   0x0376: mov rsp, rbp
;;   0x0379: pop rbp
;;   0x037a: ret 20h
;;   0x037d: ud2
;; function 9 (trunc_sat_s):
;;   0x0380: push rbp
;;   0x0381: mov rbp, rsp
;;   0x0384: mov r11, [r14]
;;   0x0387: mov r11, [r11]
;;   0x038a: add r11, 30h
;;   0x0391: cmp rsp, r11
;;   0x0394: jb 3CEh
;;   0x039a: sub rsp, 30h
;;   0x03a1: mov [rbp-8], r14
;;   0x03a5: movups xmm0, [rbp+10h]
;;   0x03a9: vcmpeqps xmm1, xmm0, xmm0
;;   0x03ae: vpand xmm0, xmm0, xmm1
;;   0x03b2: pxor xmm1, xmm0
;;   0x03b6: cvttps2dq xmm0, xmm0
;;   0x03ba: pand xmm1, xmm0
;;   0x03be: psrad xmm1, 1Fh
;;   0x03c3: pxor xmm0, xmm1
;;   0x03c7: mov rsp, rbp
;;   0x03ca: pop rbp
;;   0x03cb: ret 10h
;;   0x03ce: ud2
;; function 10 (trunc_sat_u):
;;   0x03d0: push rbp
;;   0x03d1: mov rbp, rsp
;;   0x03d4: mov r11, [r14]
;;   0x03d7: mov r11, [r11]
;;   0x03da: add r11, 30h
;;   0x03e1: cmp rsp, r11
;;   0x03e4: jb 43Fh
;;   0x03ea: sub rsp, 30h
;;   0x03f1: mov [rbp-8], r14
;;   0x03f5: movups xmm0, [rbp+10h]
;;   0x03f9: pxor xmm15, xmm15
;;   0x03fe: vmaxps xmm0, xmm0, xmm15
;;   0x0403: pcmpeqd xmm15, xmm15
;;   0x0408: psrld xmm15, 1
;;   0x040e: cvtdq2ps xmm15, xmm15
;;   0x0412: vsubps xmm1, xmm0, xmm15
;;   0x0417: cmpleps xmm15, xmm1
;;   0x041c: cvttps2dq xmm1, xmm1
;;   0x0420: pxor xmm1, xmm15
;;   0x0425: pxor xmm15, xmm15
;;   0x042a: pmaxsd xmm1, xmm15
;;   0x0430: cvttps2dq xmm0, xmm0
;;   0x0434: paddd xmm0, xmm1
;;   0x0438: mov rsp, rbp
;;   0x043b: pop rbp
;;   0x043c: ret 10h
;;   0x043f: ud2
;; function 11 (q15mulr):
;;   0x0450: push rbp
;;   0x0451: mov rbp, rsp
;;   0x0454: mov r11, [r14]
;;   0x0457: mov r11, [r11]
;;   0x045a: add r11, 40h
;;   0x0461: cmp rsp, r11
;;   0x0464: jb 498h
;;   0x046a: sub rsp, 40h
;;   0x0471: mov [rbp-8], r14
;;   0x0475: movups xmm0, [rbp+20h]
;;   0x0479: movups xmm1, [rbp+10h]
;;   0x047d: pmulhrsw xmm1, xmm0
;;   0x0482: vpcmpeqw xmm2, xmm1, [4A0h]
;;   0x048a: pxor xmm1, xmm2
;;   0x048e: movaps xmm0, xmm1
;;   0x0491: mov rsp, rbp
;;   0x0494: pop rbp
;;   0x0495: ret 20h
;;   0x0498: ud2
;;   0x049a: int3
;;   0x049b: int3
;;   0x049c: int3
;;   0x049d: int3
;;   0x049e: int3
;;   0x049f: int3
;;   0x04a0: add [rax-7FFF8000h], al
;;   0x04a6: add [rax-7FFF8000h], al
;;   0x04ac: (bad)
;; function 12 (convert_u):
;;   0x04b0: push rbp
;;   0x04b1: mov rbp, rsp
;;   0x04b4: mov r11, [r14]
;;   0x04b7: mov r11, [r11]
;;   0x04ba: add r11, 30h
;;   0x04c1: cmp rsp, r11
;;   0x04c4: jb 500h
;;   0x04ca: sub rsp, 30h
;;   0x04d1: mov [rbp-8], r14
;;   0x04d5: movups xmm0, [rbp+10h]
;;   0x04d9: vpslld xmm1, xmm0, 10h
;;   0x04de: psrld xmm1, 10h
;;   0x04e3: cvtdq2ps xmm1, xmm1
;;   0x04e6: vpsrld xmm0, xmm0, 10h
;;   0x04eb: cvtdq2ps xmm0, xmm0
;;   0x04ee: vmulps xmm0, xmm0, [510h]
;;   0x04f6: addps xmm0, xmm1
;;   0x04f9: mov rsp, rbp
;;   0x04fc: pop rbp
;;   0x04fd: ret 10h
;;   0x0500: ud2
;;   0x0502: int3
;;   0x0503: int3
;;   0x0504: int3
;;   0x0505: int3
;;   0x0506: int3
;;   0x0507: int3
;;   0x0508: int3
;;   0x0509: int3
;;   0x050a: int3
;;   0x050b: int3
;;   0x050c: int3
;;   0x050d: int3
;;   0x050e: int3
;;   0x050f: int3
;;   0x0510: add [rax], al
;;   0x0512: add byte ptr [rdi], 0
;;   0x0516: add byte ptr [rdi], 0
;;   0x051a: add byte ptr [rdi], 0
;;   0x051e: (bad)
;; function 13 (shuffle):
;;   0x0520: push rbp
;;   0x0521: mov rbp, rsp
;;   0x0524: mov r11, [r14]
;;   0x0527: mov r11, [r11]
;;   0x052a: add r11, 40h
;;   0x0531: cmp rsp, r11
;;   0x0534: jb 56Dh
;;   0x053a: sub rsp, 40h
;;   0x0541: mov [rbp-8], r14
;;   0x0545: movups xmm0, [rbp+20h]
;;   0x0549: movups xmm1, [rbp+10h]
;;   0x054d: vpshufb xmm1, xmm1, [570h]
;;   0x0556: vpshufb xmm0, xmm0, [580h]
;;   0x055f: por xmm1, xmm0
;;   0x0563: movaps xmm0, xmm1
;;   0x0566: mov rsp, rbp
;;   0x0569: pop rbp
;;   0x056a: ret 20h
;;   0x056d: ud2
;;   0x056f: int3
;;   0x0570: add [rax-7FFB7FFEh], al
;;   0x0576: (bad)
;;   0x0578: or [rax-7FF37FF6h], al
;;   0x057e: (bad)
;;   0x0580: add byte ptr [rcx], 80h
;;   0x0583: add eax, [rax-7FF87FFBh]
;;   0x0589: or [rax-7FF27FF5h], eax
;;   0x058f: (bad)
