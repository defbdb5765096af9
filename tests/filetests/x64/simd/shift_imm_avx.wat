;;! flags = ["popcnt", "sse4.1", "ssse3", "sse4.2", "avx"]
;; With AVX, shifts by a constant count: the immediate forms, the count reduced
;; modulo the lane width (a count that reduces to 0 is a copy); i8x16
;; shl/shr_u mask the word shift with a pool constant, i8x16.shr_s and
;; i64x2.shr_s keep their sequences with immediate shifts.
(module
  (func $i8x16_shl (param v128) (result v128)
    (i8x16.shl (local.get 0) (i32.const 11)))
  (func $i8x16_shr_s (param v128) (result v128)
    (i8x16.shr_s (local.get 0) (i32.const -1)))
  (func $i8x16_shr_u (param v128) (result v128)
    (i8x16.shr_u (local.get 0) (i32.const 7)))
  (func $i16x8_shl (param v128) (result v128)
    (i16x8.shl (local.get 0) (i32.const 19)))
  (func $i16x8_shr_s (param v128) (result v128)
    (i16x8.shr_s (local.get 0) (i32.const -1)))
  (func $i16x8_shr_u (param v128) (result v128)
    (i16x8.shr_u (local.get 0) (i32.const 15)))
  (func $i32x4_shl (param v128) (result v128)
    (i32x4.shl (local.get 0) (i32.const 35)))
  (func $i32x4_shr_s (param v128) (result v128)
    (i32x4.shr_s (local.get 0) (i32.const -1)))
  (func $i32x4_shr_u (param v128) (result v128)
    (i32x4.shr_u (local.get 0) (i32.const 31)))
  (func $i64x2_shl (param v128) (result v128)
    (i64x2.shl (local.get 0) (i32.const 67)))
  (func $i64x2_shr_s (param v128) (result v128)
    (i64x2.shr_s (local.get 0) (i32.const -1)))
  (func $i64x2_shr_u (param v128) (result v128)
    (i64x2.shr_u (local.get 0) (i32.const 63)))
  (func $by_zero (param v128) (result v128)
    (i32x4.shl (local.get 0) (i32.const 32))))
;; function 0 (i8x16_shl):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Dh
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movups xmm0, [rbp+10h]
;;   0x0029: vpsllw xmm0, xmm0, 3
;;   0x002e: vpand xmm0, xmm0, [40h]
;;   0x0036: mov rsp, rbp
;;   0x0039: pop rbp
;;   0x003a: ret 10h
;;   0x003d: ud2
;;   0x003f: int3
;;   0x0040: clc
;;   0x0041: clc
;;   0x0042: clc
;;   0x0043: clc
;;   0x0044: clc
;;   0x0045: clc
;;   0x0046: clc
;;   0x0047: clc
;;   0x0048: clc
;;   0x0049: clc
;;   0x004a: clc
;;   0x004b: clc
;;   0x004c: clc
;;   0x004d: clc
;;   0x004e: clc
;;   0x004f: clc
;; function 1 (i8x16_shr_s):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 40h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 96h
;;   0x006a: sub rsp, 40h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: movups xmm0, [rbp+10h]
;;   0x0079: vpunpckhbw xmm1, xmm0, xmm0
;;   0x007d: psraw xmm1, 0Fh
;;   0x0082: vpunpcklbw xmm0, xmm0, xmm0
;;   0x0086: psraw xmm0, 0Fh
;;   0x008b: packsswb xmm0, xmm1
;;   0x008f: mov rsp, rbp
;;   0x0092: pop rbp
;;   0x0093: ret 10h
;;   0x0096: ud2
;; function 2 (i8x16_shr_u):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 40h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0DDh
;;   0x00ba: sub rsp, 40h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: movups xmm0, [rbp+10h]
;;   0x00c9: vpsrlw xmm0, xmm0, 7
;;   0x00ce: vpand xmm0, xmm0, [0E0h]
;;   0x00d6: mov rsp, rbp
;;   0x00d9: pop rbp
;;   0x00da: ret 10h
;;   0x00dd: ud2
;;   0x00df: int3
;;   0x00e0: add [rcx], eax
;;   0x00e2: add [rcx], eax
;;   0x00e4: add [rcx], eax
;;   0x00e6: add [rcx], eax
;;   0x00e8: add [rcx], eax
;;   0x00ea: add [rcx], eax
;;   0x00ec: add [rcx], eax
;;   0x00ee: add [rcx], eax
;; function 3 (i16x8_shl):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 40h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 125h
;;   0x010a: sub rsp, 40h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: movups xmm0, [rbp+10h]
;;   0x0119: vpsllw xmm0, xmm0, 3
;;   0x011e: mov rsp, rbp
;;   0x0121: pop rbp
;;   0x0122: ret 10h
;;   0x0125: ud2
;; function 4 (i16x8_shr_s):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 40h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 165h
;;   0x014a: sub rsp, 40h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: movups xmm0, [rbp+10h]
;;   0x0159: vpsraw xmm0, xmm0, 0Fh
;;   0x015e: mov rsp, rbp
;;   0x0161: pop rbp
;;   0x0162: ret 10h
;;   0x0165: ud2
;; function 5 (i16x8_shr_u):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 40h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1A5h
;;   0x018a: sub rsp, 40h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: movups xmm0, [rbp+10h]
;;   0x0199: vpsrlw xmm0, xmm0, 0Fh
;;   0x019e: mov rsp, rbp
;;   0x01a1: pop rbp
;;   0x01a2: ret 10h
;;   0x01a5: ud2
;; function 6 (i32x4_shl):
;;   0x01b0: push rbp
;;   0x01b1: mov rbp, rsp
;;   0x01b4: mov r11, [r14]
;;   0x01b7: mov r11, [r11]
;;   0x01ba: add r11, 40h
;;   0x01c1: cmp rsp, r11
;;   0x01c4: jb 1E5h
;;   0x01ca: sub rsp, 40h
;;   0x01d1: mov [rbp-8], r14
;;   0x01d5: movups xmm0, [rbp+10h]
;;   0x01d9: vpslld xmm0, xmm0, 3
;;   0x01de: mov rsp, rbp
;;   0x01e1: pop rbp
;;   0x01e2: ret 10h
;;   0x01e5: ud2
;; function 7 (i32x4_shr_s):
;;   0x01f0: push rbp
;;   0x01f1: mov rbp, rsp
;;   0x01f4: mov r11, [r14]
;;   0x01f7: mov r11, [r11]
;;   0x01fa: add r11, 40h
;;   0x0201: cmp rsp, r11
;;   0x0204: jb 225h
;;   0x020a: sub rsp, 40h
;;   0x0211: mov [rbp-8], r14
;;   0x0215: movups xmm0, [rbp+10h]
;;   0x0219: vpsrad xmm0, xmm0, 1Fh
;;   0x021e: mov rsp, rbp
;;   0x0221: pop rbp
;;   0x0222: ret 10h
;;   0x0225: ud2
;; function 8 (i32x4_shr_u):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 40h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 265h
;;   0x024a: sub rsp, 40h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: movups xmm0, [rbp+10h]
;;   0x0259: vpsrld xmm0, xmm0, 1Fh
;;   0x025e: mov rsp, rbp
;;   0x0261: pop rbp
;;   0x0262: ret 10h
;;   0x0265: ud2
;; function 9 (i64x2_shl):
;;   0x0270: push rbp
;;   0x0271: mov rbp, rsp
;;   0x0274: mov r11, [r14]
;;   0x0277: mov r11, [r11]
;;   0x027a: add r11, 40h
;;   0x0281: cmp rsp, r11
;;   0x0284: jb 2A5h
;;   0x028a: sub rsp, 40h
;;   0x0291: mov [rbp-8], r14
;;   0x0295: movups xmm0, [rbp+10h]
;;   0x0299: vpsllq xmm0, xmm0, 3
;;   0x029e: mov rsp, rbp
;;   0x02a1: pop rbp
;;   0x02a2: ret 10h
;;   0x02a5: ud2
;; function 10 (i64x2_shr_s):
;;   0x02b0: push rbp
;;   0x02b1: mov rbp, rsp
;;   0x02b4: mov r11, [r14]
;;   0x02b7: mov r11, [r11]
;;   0x02ba: add r11, 40h
;;   0x02c1: cmp rsp, r11
;;   0x02c4: jb 2F7h
;;   0x02ca: sub rsp, 40h
;;   0x02d1: mov [rbp-8], r14
;;   0x02d5: movups xmm0, [rbp+10h]
;;   0x02d9: pshufd xmm1, xmm0, 0F5h
;;   0x02de: psrad xmm1, 1Fh
;;   0x02e3: vpxor xmm0, xmm0, xmm1
;;   0x02e7: psrlq xmm0, 3Fh
;;   0x02ec: pxor xmm0, xmm1
;;   0x02f0: mov rsp, rbp
;;   0x02f3: pop rbp
;;   0x02f4: ret 10h
;;   0x02f7: ud2
;; function 11 (i64x2_shr_u):
;;   0x0300: push rbp
;;   0x0301: mov rbp, rsp
;;   0x0304: mov r11, [r14]
;;   0x0307: mov r11, [r11]
;;   0x030a: add r11, 40h
;;   0x0311: cmp rsp, r11
;;   0x0314: jb 335h
;;   0x031a: sub rsp, 40h
;;   0x0321: mov [rbp-8], r14
;;   0x0325: movups xmm0, [rbp+10h]
;;   0x0329: vpsrlq xmm0, xmm0, 3Fh
;;   0x032e: mov rsp, rbp
;;   0x0331: pop rbp
;;   0x0332: ret 10h
;;   0x0335: ud2
;; function 12 (by_zero):
;;   0x0340: push rbp
;;   0x0341: mov rbp, rsp
;;   0x0344: mov r11, [r14]
;;   0x0347: mov r11, [r11]
;;   0x034a: add r11, 40h
;;   0x0351: cmp rsp, r11
;;   0x0354: jb 370h
;;   0x035a: sub rsp, 40h
;;   0x0361: mov [rbp-8], r14
;;   0x0365: movups xmm0, [rbp+10h]
;;   0x0369: mov rsp, rbp
;;   0x036c: pop rbp
;;   0x036d: ret 10h
;;   0x0370: ud2
