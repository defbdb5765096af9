;;! flags = ["popcnt", "sse4.1", "ssse3", "sse4.2", "avx"]
;; three_operand_sse.wat with AVX: VEX three-operand forms, constant-pool
;; entries as memory operands.
(module
  (func $andnot (param v128 v128) (result v128)
    (v128.andnot (local.get 0) (local.get 1)))
  (func $not (param v128) (result v128)
    (v128.not (local.get 0)))
  (func $bitselect (param v128 v128 v128) (result v128)
    (v128.bitselect (local.get 0) (local.get 1) (local.get 2)))
  (func $i8x16_lt_s (param v128 v128) (result v128)
    (i8x16.lt_s (local.get 0) (local.get 1)))
  (func $i16x8_ge_s (param v128 v128) (result v128)
    (i16x8.ge_s (local.get 0) (local.get 1)))
  (func $i32x4_gt_u (param v128 v128) (result v128)
    (i32x4.gt_u (local.get 0) (local.get 1)))
  (func $f32x4_gt (param v128 v128) (result v128)
    (f32x4.gt (local.get 0) (local.get 1)))
  (func $f64x2_ge (param v128 v128) (result v128)
    (f64x2.ge (local.get 0) (local.get 1)))
  (func $f32x4_pmin (param v128 v128) (result v128)
    (f32x4.pmin (local.get 0) (local.get 1)))
  (func $f64x2_neg (param v128) (result v128)
    (f64x2.neg (local.get 0)))
  (func $f32x4_abs (param v128) (result v128)
    (f32x4.abs (local.get 0)))
  (func $i16x8_shr_u (param v128 i32) (result v128)
    (i16x8.shr_u (local.get 0) (local.get 1)))
  (func $i16x8_bitmask (param v128) (result i32)
    (i16x8.bitmask (local.get 0)))
  (func $extadd_s (param v128) (result v128)
    (i16x8.extadd_pairwise_i8x16_s (local.get 0)))
  (func $extadd_u (param v128) (result v128)
    (i32x4.extadd_pairwise_i16x8_u (local.get 0)))
  (func $relaxed_dot (param v128 v128) (result v128)
    (i16x8.relaxed_dot_i8x16_i7x16_s (local.get 0) (local.get 1)))
  (func $f64x2_trunc_sat_s (param v128) (result v128)
    (i32x4.trunc_sat_f64x2_s_zero (local.get 0)))
  (func $f64x2_convert_u (param v128) (result v128)
    (f64x2.convert_low_i32x4_u (local.get 0)))
)
;; function 0 (andnot):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Bh
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movups xmm0, [rbp+20h]
;;   0x0029: movups xmm1, [rbp+10h]
;;   0x002d: vpandn xmm1, xmm0, xmm1
;;   0x0031: movaps xmm0, xmm1
;;   0x0034: mov rsp, rbp
;;   0x0037: pop rbp
;;   0x0038: ret 20h
;;   0x003b: ud2
;; function 1 (not):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 78h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: movups xmm0, [rbp+10h]
;;   0x0069: pcmpeqd xmm1, xmm1
;;   0x006d: vpxor xmm0, xmm0, xmm1
;;   0x0071: mov rsp, rbp
;;   0x0074: pop rbp
;;   0x0075: ret 10h
;;   0x0078: ud2
;; function 2 (bitselect):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 50h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0C8h
;;   0x009a: sub rsp, 50h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: movups xmm0, [rbp+30h]
;;   0x00a9: movups xmm1, [rbp+20h]
;;   0x00ad: movups xmm2, [rbp+10h]
;;   0x00b1: vpxor xmm15, xmm2, xmm1
;;   0x00b5: pand xmm15, xmm0
;;   0x00ba: vpxor xmm2, xmm15, xmm1
;;   0x00be: movaps xmm0, xmm2
;;   0x00c1: mov rsp, rbp
;;   0x00c4: pop rbp
;;   0x00c5: ret 30h
;;   0x00c8: ud2
;; function 3 (i8x16_lt_s):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 40h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 10Bh
;;   0x00ea: sub rsp, 40h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: movups xmm0, [rbp+20h]
;;   0x00f9: movups xmm1, [rbp+10h]
;;   0x00fd: vpcmpgtb xmm1, xmm0, xmm1
;;   0x0101: movaps xmm0, xmm1
;;   0x0104: mov rsp, rbp
;;   0x0107: pop rbp
;;   0x0108: ret 20h
;;   0x010b: ud2
;; function 4 (i16x8_ge_s):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 40h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 153h
;;   0x012a: sub rsp, 40h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: movups xmm0, [rbp+20h]
;;   0x0139: movups xmm1, [rbp+10h]
;;   0x013d: vpcmpgtw xmm1, xmm0, xmm1
;;   0x0141: pcmpeqd xmm2, xmm2
;;   0x0145: pxor xmm1, xmm2
;;   0x0149: movaps xmm0, xmm1
;;   0x014c: mov rsp, rbp
;;   0x014f: pop rbp
;;   0x0150: ret 20h
;;   0x0153: ud2
;; function 5 (i32x4_gt_u):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 40h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1A8h
;;   0x017a: sub rsp, 40h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: movups xmm0, [rbp+20h]
;;   0x0189: movups xmm1, [rbp+10h]
;;   0x018d: vpminud xmm2, xmm1, xmm0
;;   0x0192: vpcmpeqd xmm1, xmm1, xmm2
;;   0x0196: pcmpeqd xmm2, xmm2
;;   0x019a: pxor xmm1, xmm2
;;   0x019e: movaps xmm0, xmm1
;;   0x01a1: mov rsp, rbp
;;   0x01a4: pop rbp
;;   0x01a5: ret 20h
;;   0x01a8: ud2
;; function 6 (f32x4_gt):
;;   0x01b0: push rbp
;;   0x01b1: mov rbp, rsp
;;   0x01b4: mov r11, [r14]
;;   0x01b7: mov r11, [r11]
;;   0x01ba: add r11, 40h
;;   0x01c1: cmp rsp, r11
;;   0x01c4: jb 1ECh
;;   0x01ca: sub rsp, 40h
;;   0x01d1: mov [rbp-8], r14
;;   0x01d5: movups xmm0, [rbp+20h]
;;   0x01d9: movups xmm1, [rbp+10h]
;;   0x01dd: vcmpltps xmm1, xmm0, xmm1
;;   0x01e2: movaps xmm0, xmm1
;;   0x01e5: mov rsp, rbp
;;   0x01e8: pop rbp
;;   0x01e9: ret 20h
;;   0x01ec: ud2
;; function 7 (f64x2_ge):
;;   0x01f0: push rbp
;;   0x01f1: mov rbp, rsp
;;   0x01f4: mov r11, [r14]
;;   0x01f7: mov r11, [r11]
;;   0x01fa: add r11, 40h
;;   0x0201: cmp rsp, r11
;;   0x0204: jb 22Ch
;;   0x020a: sub rsp, 40h
;;   0x0211: mov [rbp-8], r14
;;   0x0215: movups xmm0, [rbp+20h]
;;   0x0219: movups xmm1, [rbp+10h]
;;   0x021d: vcmplepd xmm1, xmm0, xmm1
;;   0x0222: movaps xmm0, xmm1
;;   0x0225: mov rsp, rbp
;;   0x0228: pop rbp
;;   0x0229: ret 20h
;;   0x022c: ud2
;; function 8 (f32x4_pmin):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 40h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 26Bh
;;   0x024a: sub rsp, 40h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: movups xmm0, [rbp+20h]
;;   0x0259: movups xmm1, [rbp+10h]
;;   0x025d: vminps xmm1, xmm0, xmm1
;;   0x0261: movaps xmm0, xmm1
;;   0x0264: mov rsp, rbp
;;   0x0267: pop rbp
;;   0x0268: ret 20h
;;   0x026b: ud2
;; function 9 (f64x2_neg):
;;   0x0270: push rbp
;;   0x0271: mov rbp, rsp
;;   0x0274: mov r11, [r14]
;;   0x0277: mov r11, [r11]
;;   0x027a: add r11, 30h
;;   0x0281: cmp rsp, r11
;;   0x0284: jb 2A8h
;;   0x028a: sub rsp, 30h
;;   0x0291: mov [rbp-8], r14
;;   0x0295: movups xmm0, [rbp+10h]
;;   0x0299: vpxor xmm0, xmm0, [2B0h]
;;   0x02a1: mov rsp, rbp
;;   0x02a4: pop rbp
;;   0x02a5: ret 10h
;;   0x02a8: ud2
;;   0x02aa: int3
;;   0x02ab: int3
;;   0x02ac: int3
;;   0x02ad: int3
;;   0x02ae: int3
;;   0x02af: int3
;;   0x02b0: add [rax], al
;;   0x02b2: add [rax], al
;;   0x02b4: add [rax], al
;;   0x02b6: add [rax], al
;;   0x02bc: add [rax], al
;;   0x02be: (bad)
;; function 10 (f32x4_abs):
;;   0x02c0: push rbp
;;   0x02c1: mov rbp, rsp
;;   0x02c4: mov r11, [r14]
;;   0x02c7: mov r11, [r11]
;;   0x02ca: add r11, 30h
;;   0x02d1: cmp rsp, r11
;;   0x02d4: jb 2F8h
;;   0x02da: sub rsp, 30h
;;   0x02e1: mov [rbp-8], r14
;;   0x02e5: movups xmm0, [rbp+10h]
;;   0x02e9: vpand xmm0, xmm0, [300h]
;;   0x02f1: mov rsp, rbp
;;   0x02f4: pop rbp
;;   0x02f5: ret 10h
;;   0x02f8: ud2
;;   0x02fa: int3
;;   0x02fb: int3
;;   0x02fc: int3
;;   0x02fd: int3
;;   0x02fe: int3
;;   0x02ff: int3
;;   0x0300: (bad)
;;   0x0302: (bad)
;;   0x0304: (bad)
;;   0x0306: (bad)
;;   0x0308: (bad)
;;   0x030a: (bad)
;;   0x030c: (bad)
;;   0x030e: (bad)
;; function 11 (i16x8_shr_u):
;;   0x0310: push rbp
;;   0x0311: mov rbp, rsp
;;   0x0314: mov r11, [r14]
;;   0x0317: mov r11, [r11]
;;   0x031a: add r11, 40h
;;   0x0321: cmp rsp, r11
;;   0x0324: jb 358h
;;   0x032a: sub rsp, 40h
;;   0x0331: mov [rbp-8], r14
;;   0x0335: mov [rbp-10h], rbx
;;   0x0339: mov ebx, [rbp+20h]
;;   0x033c: mov eax, ebx
;;   0x033e: movups xmm0, [rbp+10h]
;;   0x0342: and eax, 0Fh
;;   0x0345: movd xmm1, eax
;;   0x0349: vpsrlw xmm0, xmm0, xmm1
;;   0x034d: mov rbx, [rbp-10h]
;;   0x0351: mov rsp, rbp
;;   0x0354: pop rbp
;;   0x0355: ret 18h
;;   0x0358: ud2
;; function 12 (i16x8_bitmask):
;;   0x0360: push rbp
;;   0x0361: mov rbp, rsp
;;   0x0364: mov r11, [r14]
;;   0x0367: mov r11, [r11]
;;   0x036a: add r11, 30h
;;   0x0371: cmp rsp, r11
;;   0x0374: jb 39Ch
;;   0x037a: sub rsp, 30h
;;   0x0381: mov [rbp-8], r14
;;   0x0385: movups xmm0, [rbp+10h]
;;   0x0389: vpacksswb xmm15, xmm0, xmm0
;;   0x038d: pmovmskb eax, xmm15
;;   0x0392: movzx eax, al
;;   0x0395: mov rsp, rbp
;;   0x0398: pop rbp
;;   0x0399: ret 10h
;;   0x039c: ud2
;; function 13 (extadd_s):
;;   0x03a0: push rbp
;;   0x03a1: mov rbp, rsp
;;   0x03a4: mov r11, [r14]
;;   0x03a7: mov r11, [r11]
;;   0x03aa: add r11, 30h
;;   0x03b1: cmp rsp, r11
;;   0x03b4: jb 3DCh
;;   0x03ba: sub rsp, 30h
;;   0x03c1: mov [rbp-8], r14
;;   0x03c5: movups xmm0, [rbp+10h]
;;   0x03c9: movups xmm1, [3E0h]
;;   0x03d0: vpmaddubsw xmm0, xmm1, xmm0
;;   0x03d5: mov rsp, rbp
;;   0x03d8: pop rbp
;;   0x03d9: ret 10h
;;   0x03dc: ud2
;;   0x03de: int3
;;   0x03df: int3
;;   0x03e0: add [rcx], eax
;;   0x03e2: add [rcx], eax
;;   0x03e4: add [rcx], eax
;;   0x03e6: add [rcx], eax
;;   0x03e8: add [rcx], eax
;;   0x03ea: add [rcx], eax
;;   0x03ec: add [rcx], eax
;;   0x03ee: add [rcx], eax
;; function 14 (extadd_u):
;;   0x03f0: push rbp
;;   0x03f1: mov rbp, rsp
;;   0x03f4: mov r11, [r14]
;;   0x03f7: mov r11, [r11]
;;   0x03fa: add r11, 30h
;;   0x0401: cmp rsp, r11
;;   0x0404: jb 433h
;;   0x040a: sub rsp, 30h
;;   0x0411: mov [rbp-8], r14
;;   0x0415: movups xmm0, [rbp+10h]
;;   0x0419: vpsrld xmm1, xmm0, 10h
;;   0x041e: vpslld xmm0, xmm0, 10h
;;   0x0423: psrld xmm0, 10h
;;   0x0428: paddd xmm0, xmm1
;;   0x042c: mov rsp, rbp
;;   0x042f: pop rbp
;;   0x0430: ret 10h
;;   0x0433: ud2
;; function 15 (relaxed_dot):
;;   0x0440: push rbp
;;   0x0441: mov rbp, rsp
;;   0x0444: mov r11, [r14]
;;   0x0447: mov r11, [r11]
;;   0x044a: add r11, 40h
;;   0x0451: cmp rsp, r11
;;   0x0454: jb 47Ch
;;   0x045a: sub rsp, 40h
;;   0x0461: mov [rbp-8], r14
;;   0x0465: movups xmm0, [rbp+20h]
;;   0x0469: movups xmm1, [rbp+10h]
;;   0x046d: vpmaddubsw xmm1, xmm0, xmm1
;;   0x0472: movaps xmm0, xmm1
;;   0x0475: mov rsp, rbp
;;   0x0478: pop rbp
;;   0x0479: ret 20h
;;   0x047c: ud2
;; function 16 (f64x2_trunc_sat_s):
;;   0x0480: push rbp
;;   0x0481: mov rbp, rsp
;;   0x0484: mov r11, [r14]
;;   0x0487: mov r11, [r11]
;;   0x048a: add r11, 30h
;;   0x0491: cmp rsp, r11
;;   0x0494: jb 4C5h
;;   0x049a: sub rsp, 30h
;;   0x04a1: mov [rbp-8], r14
;;   0x04a5: movups xmm0, [rbp+10h]
;;   0x04a9: vcmpeqpd xmm1, xmm0, xmm0
;;   0x04ae: vpand xmm1, xmm1, [4D0h]
;;   0x04b6: vminpd xmm0, xmm0, xmm1
;;   0x04ba: cvttpd2dq xmm0, xmm0
;;   0x04be: mov rsp, rbp
;;   0x04c1: pop rbp
;;   0x04c2: ret 10h
;;   0x04c5: ud2
;;   0x04c7: int3
;;   0x04c8: int3
;;   0x04c9: int3
;;   0x04ca: int3
;;   0x04cb: int3
;;   0x04cc: int3
;;   0x04cd: int3
;;   0x04ce: int3
;;   0x04cf: int3
;;   0x04d0: add [rax], al
;;   0x04d2: sar bh, 0FFh
;;   0x04d5: (bad)
;;   0x04d7: add [r8], al
;;   0x04da: sar bh, 0FFh
;;   0x04dd: (bad)
;;   0x04df: (bad)
;; function 17 (f64x2_convert_u):
;;   0x04e0: push rbp
;;   0x04e1: mov rbp, rsp
;;   0x04e4: mov r11, [r14]
;;   0x04e7: mov r11, [r11]
;;   0x04ea: add r11, 30h
;;   0x04f1: cmp rsp, r11
;;   0x04f4: jb 520h
;;   0x04fa: sub rsp, 30h
;;   0x0501: mov [rbp-8], r14
;;   0x0505: movups xmm0, [rbp+10h]
;;   0x0509: vunpcklps xmm0, xmm0, [530h]
;;   0x0511: vsubpd xmm0, xmm0, [540h]
;;   0x0519: mov rsp, rbp
;;   0x051c: pop rbp
;;   0x051d: ret 10h
;;   0x0520: ud2
;;   0x0522: int3
;;   0x0523: int3
;;   0x0524: int3
;;   0x0525: int3
;;   0x0526: int3
;;   0x0527: int3
;;   0x0528: int3
;;   0x0529: int3
;;   0x052a: int3
;;   0x052b: int3
;;   0x052c: int3
;;   0x052d: int3
;;   0x052e: int3
;;   0x052f: int3
;;   0x0530: add [rax], al
;;   0x0532: xor [rbx], al
;;   0x0535: add [rax], dh
;;   0x0537: add [r8], al
;;   0x053a: xor [rbx], al
;;   0x053d: add [rax], dh
;;   0x053f: add [r8], al
;;   0x0542: add [rax], al
;;   0x0544: add [rax], al
;;   0x0546: xor [rbx], al
;;   0x0549: add [rax], al
;;   0x054b: add [rax], al
;;   0x054d: add [rax], dh
;;   0x054f: (bad)
