;;! flags = ["popcnt", "sse4.1", "ssse3", "sse4.2"]
;; Lowerings that differ with AVX (three_operand_avx.wat): without it,
;; the two-operand SSE forms and the copies they need.
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
;;   0x0014: jb 41h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movups xmm0, [rbp+20h]
;;   0x0029: movups xmm1, [rbp+10h]
;;   0x002d: movaps xmm2, xmm0
;;   0x0030: pandn xmm2, xmm1
;;   0x0034: movaps xmm1, xmm2
;;   0x0037: movaps xmm0, xmm1
;;   0x003a: mov rsp, rbp
;;   0x003d: pop rbp
;;   0x003e: ret 20h
;;   0x0041: ud2
;; function 1 (not):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 88h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: movups xmm0, [rbp+10h]
;;   0x0079: pcmpeqd xmm1, xmm1
;;   0x007d: pxor xmm0, xmm1
;;   0x0081: mov rsp, rbp
;;   0x0084: pop rbp
;;   0x0085: ret 10h
;;   0x0088: ud2
;; function 2 (bitselect):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 50h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0E1h
;;   0x00aa: sub rsp, 50h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: movups xmm0, [rbp+30h]
;;   0x00b9: movups xmm1, [rbp+20h]
;;   0x00bd: movups xmm2, [rbp+10h]
;;   0x00c1: movaps xmm15, xmm2
;;   0x00c5: pxor xmm15, xmm1
;;   0x00ca: pand xmm15, xmm0
;;   0x00cf: movaps xmm2, xmm15
;;   0x00d3: pxor xmm2, xmm1
;;   0x00d7: movaps xmm0, xmm2
;;   0x00da: mov rsp, rbp
;;   0x00dd: pop rbp
;;   0x00de: ret 30h
;;   0x00e1: ud2
;; function 3 (i8x16_lt_s):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 40h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 131h
;;   0x010a: sub rsp, 40h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: movups xmm0, [rbp+20h]
;;   0x0119: movups xmm1, [rbp+10h]
;;   0x011d: movaps xmm2, xmm0
;;   0x0120: pcmpgtb xmm2, xmm1
;;   0x0124: movaps xmm1, xmm2
;;   0x0127: movaps xmm0, xmm1
;;   0x012a: mov rsp, rbp
;;   0x012d: pop rbp
;;   0x012e: ret 20h
;;   0x0131: ud2
;; function 4 (i16x8_ge_s):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 40h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 189h
;;   0x015a: sub rsp, 40h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: movups xmm0, [rbp+20h]
;;   0x0169: movups xmm1, [rbp+10h]
;;   0x016d: movaps xmm2, xmm0
;;   0x0170: pcmpgtw xmm2, xmm1
;;   0x0174: movaps xmm1, xmm2
;;   0x0177: pcmpeqd xmm2, xmm2
;;   0x017b: pxor xmm1, xmm2
;;   0x017f: movaps xmm0, xmm1
;;   0x0182: mov rsp, rbp
;;   0x0185: pop rbp
;;   0x0186: ret 20h
;;   0x0189: ud2
;; function 5 (i32x4_gt_u):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 40h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1DBh
;;   0x01aa: sub rsp, 40h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: movups xmm0, [rbp+20h]
;;   0x01b9: movups xmm1, [rbp+10h]
;;   0x01bd: movaps xmm2, xmm1
;;   0x01c0: pminud xmm2, xmm0
;;   0x01c5: pcmpeqd xmm1, xmm2
;;   0x01c9: pcmpeqd xmm2, xmm2
;;   0x01cd: pxor xmm1, xmm2
;;   0x01d1: movaps xmm0, xmm1
;;   0x01d4: mov rsp, rbp
;;   0x01d7: pop rbp
;;   0x01d8: ret 20h
;;   0x01db: ud2
;; function 6 (f32x4_gt):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 40h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 221h
;;   0x01fa: sub rsp, 40h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: movups xmm0, [rbp+20h]
;;   0x0209: movups xmm1, [rbp+10h]
;;   0x020d: movaps xmm2, xmm0
;;   0x0210: cmpltps xmm2, xmm1
;;   0x0214: movaps xmm1, xmm2
;;   0x0217: movaps xmm0, xmm1
;;   0x021a: mov rsp, rbp
;;   0x021d: pop rbp
;;   0x021e: ret 20h
;;   0x0221: ud2
;; function 7 (f64x2_ge):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 40h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 272h
;;   0x024a: sub rsp, 40h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: movups xmm0, [rbp+20h]
;;   0x0259: movups xmm1, [rbp+10h]
;;   0x025d: movaps xmm2, xmm0
;;   0x0260: cmplepd xmm2, xmm1
;;   0x0265: movaps xmm1, xmm2
;;   0x0268: movaps xmm0, xmm1
;;   0x026b: mov rsp, rbp
;;   0x026e: pop rbp
;;   0x026f: ret 20h
;;   0x0272: ud2
;; function 8 (f32x4_pmin):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 40h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2C0h
;;   0x029a: sub rsp, 40h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: movups xmm0, [rbp+20h]
;;   0x02a9: movups xmm1, [rbp+10h]
;;   0x02ad: movaps xmm2, xmm0
;;   0x02b0: minps xmm2, xmm1
;;   0x02b3: movaps xmm1, xmm2
;;   0x02b6: movaps xmm0, xmm1
;;   0x02b9: mov rsp, rbp
;;   0x02bc: pop rbp
;;   0x02bd: ret 20h
;;   0x02c0: ud2
;; function 9 (f64x2_neg):
;;   0x02d0: push rbp
;;   0x02d1: mov rbp, rsp
;;   0x02d4: mov r11, [r14]
;;   0x02d7: mov r11, [r11]
;;   0x02da: add r11, 30h
;;   0x02e1: cmp rsp, r11
;;   0x02e4: jb 30Bh
;;   0x02ea: sub rsp, 30h
;;   0x02f1: mov [rbp-8], r14
;;   0x02f5: movups xmm0, [rbp+10h]
;;   0x02f9: movups xmm1, [310h]
;;   0x0300: pxor xmm0, xmm1
;;   0x0304: mov rsp, rbp
;;   0x0307: pop rbp
;;   0x0308: ret 10h
;;   0x030b: ud2
;;   0x030d: int3
;;   0x030e: int3
;;   0x030f: int3
;;   0x0310: add [rax], al
;;   0x0312: add [rax], al
;;   0x0314: add [rax], al
;;   0x0316: add [rax], al
;;   0x031c: add [rax], al
;;   0x031e: (bad)
;; function 10 (f32x4_abs):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 30h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 35Bh
;;   0x033a: sub rsp, 30h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: movups xmm0, [rbp+10h]
;;   0x0349: movups xmm1, [360h]
;;   0x0350: pand xmm0, xmm1
;;   0x0354: mov rsp, rbp
;;   0x0357: pop rbp
;;   0x0358: ret 10h
;;   0x035b: ud2
;;   0x035d: int3
;;   0x035e: int3
;;   0x035f: int3
;;   0x0360: (bad)
;;   0x0362: (bad)
;;   0x0364: (bad)
;;   0x0366: (bad)
;;   0x0368: (bad)
;;   0x036a: (bad)
;;   0x036c: (bad)
;;   0x036e: (bad)
;; function 11 (i16x8_shr_u):
;;   0x0370: push rbp
;;   0x0371: mov rbp, rsp
;;   0x0374: mov r11, [r14]
;;   0x0377: mov r11, [r11]
;;   0x037a: add r11, 40h
;;   0x0381: cmp rsp, r11
;;   0x0384: jb 3B8h
;;   0x038a: sub rsp, 40h
;;   0x0391: mov [rbp-8], r14
;;   0x0395: mov [rbp-10h], rbx
;;   0x0399: mov ebx, [rbp+20h]
;;   0x039c: mov eax, ebx
;;   0x039e: movups xmm0, [rbp+10h]
;;   0x03a2: and eax, 0Fh
;;   0x03a5: movd xmm1, eax
;;   0x03a9: psrlw xmm0, xmm1
;;   0x03ad: mov rbx, [rbp-10h]
;;   0x03b1: mov rsp, rbp
;;   0x03b4: pop rbp
;;   0x03b5: ret 18h
;;   0x03b8: ud2
;; function 12 (i16x8_bitmask):
;;   0x03c0: push rbp
;;   0x03c1: mov rbp, rsp
;;   0x03c4: mov r11, [r14]
;;   0x03c7: mov r11, [r11]
;;   0x03ca: add r11, 30h
;;   0x03d1: cmp rsp, r11
;;   0x03d4: jb 401h
;;   0x03da: sub rsp, 30h
;;   0x03e1: mov [rbp-8], r14
;;   0x03e5: movups xmm0, [rbp+10h]
;;   0x03e9: movaps xmm15, xmm0
;;   0x03ed: packsswb xmm15, xmm0
;;   0x03f2: pmovmskb eax, xmm15
;;   0x03f7: movzx eax, al
;;   0x03fa: mov rsp, rbp
;;   0x03fd: pop rbp
;;   0x03fe: ret 10h
;;   0x0401: ud2
;; function 13 (extadd_s):
;;   0x0410: push rbp
;;   0x0411: mov rbp, rsp
;;   0x0414: mov r11, [r14]
;;   0x0417: mov r11, [r11]
;;   0x041a: add r11, 30h
;;   0x0421: cmp rsp, r11
;;   0x0424: jb 44Fh
;;   0x042a: sub rsp, 30h
;;   0x0431: mov [rbp-8], r14
;;   0x0435: movups xmm0, [rbp+10h]
;;   0x0439: movups xmm1, [460h]
;;   0x0440: pmaddubsw xmm1, xmm0
;;   0x0445: movaps xmm0, xmm1
;;   0x0448: mov rsp, rbp
;;   0x044b: pop rbp
;;   0x044c: ret 10h
;;   0x044f: ud2
;;   0x0451: int3
;;   0x0452: int3
;;   0x0453: int3
;;   0x0454: int3
;;   0x0455: int3
;;   0x0456: int3
;;   0x0457: int3
;;   0x0458: int3
;;   0x0459: int3
;;   0x045a: int3
;;   0x045b: int3
;;   0x045c: int3
;;   0x045d: int3
;;   0x045e: int3
;;   0x045f: int3
;;   0x0460: add [rcx], eax
;;   0x0462: add [rcx], eax
;;   0x0464: add [rcx], eax
;;   0x0466: add [rcx], eax
;;   0x0468: add [rcx], eax
;;   0x046a: add [rcx], eax
;;   0x046c: add [rcx], eax
;;   0x046e: add [rcx], eax
;; function 14 (extadd_u):
;;   0x0470: push rbp
;;   0x0471: mov rbp, rsp
;;   0x0474: mov r11, [r14]
;;   0x0477: mov r11, [r11]
;;   0x047a: add r11, 30h
;;   0x0481: cmp rsp, r11
;;   0x0484: jb 4B6h
;;   0x048a: sub rsp, 30h
;;   0x0491: mov [rbp-8], r14
;;   0x0495: movups xmm0, [rbp+10h]
;;   0x0499: movaps xmm1, xmm0
;;   0x049c: psrld xmm1, 10h
;;   0x04a1: pslld xmm0, 10h
;;   0x04a6: psrld xmm0, 10h
;;   0x04ab: paddd xmm0, xmm1
;;   0x04af: mov rsp, rbp
;;   0x04b2: pop rbp
;;   0x04b3: ret 10h
;;   0x04b6: ud2
;; function 15 (relaxed_dot):
;;   0x04c0: push rbp
;;   0x04c1: mov rbp, rsp
;;   0x04c4: mov r11, [r14]
;;   0x04c7: mov r11, [r11]
;;   0x04ca: add r11, 40h
;;   0x04d1: cmp rsp, r11
;;   0x04d4: jb 502h
;;   0x04da: sub rsp, 40h
;;   0x04e1: mov [rbp-8], r14
;;   0x04e5: movups xmm0, [rbp+20h]
;;   0x04e9: movups xmm1, [rbp+10h]
;;   0x04ed: movaps xmm2, xmm0
;;   0x04f0: pmaddubsw xmm2, xmm1
;;   0x04f5: movaps xmm1, xmm2
;;   0x04f8: movaps xmm0, xmm1
;;   0x04fb: mov rsp, rbp
;;   0x04fe: pop rbp
;;   0x04ff: ret 20h
;;   0x0502: ud2
;; function 16 (f64x2_trunc_sat_s):
;;   0x0510: push rbp
;;   0x0511: mov rbp, rsp
;;   0x0514: mov r11, [r14]
;;   0x0517: mov r11, [r11]
;;   0x051a: add r11, 30h
;;   0x0521: cmp rsp, r11
;;   0x0524: jb 55Dh
;;   0x052a: sub rsp, 30h
;;   0x0531: mov [rbp-8], r14
;;   0x0535: movups xmm0, [rbp+10h]
;;   0x0539: movaps xmm1, xmm0
;;   0x053c: cmpeqpd xmm1, xmm0
;;   0x0541: movups xmm15, [560h]
;;   0x0549: pand xmm1, xmm15
;;   0x054e: minpd xmm0, xmm1
;;   0x0552: cvttpd2dq xmm0, xmm0
;;   0x0556: mov rsp, rbp
;;   0x0559: pop rbp
;;   0x055a: ret 10h
;;   0x055d: ud2
;;   0x055f: int3
;;   0x0560: add [rax], al
;;   0x0562: sar bh, 0FFh
;;   0x0565: (bad)
;;   0x0567: add [r8], al
;;   0x056a: sar bh, 0FFh
;;   0x056d: (bad)
;;   0x056f: (bad)
;; function 17 (f64x2_convert_u):
;;   0x0570: push rbp
;;   0x0571: mov rbp, rsp
;;   0x0574: mov r11, [r14]
;;   0x0577: mov r11, [r11]
;;   0x057a: add r11, 30h
;;   0x0581: cmp rsp, r11
;;   0x0584: jb 5B9h
;;   0x058a: sub rsp, 30h
;;   0x0591: mov [rbp-8], r14
;;   0x0595: movups xmm0, [rbp+10h]
;;   0x0599: movups xmm15, [5C0h]
;;   0x05a1: unpcklps xmm0, xmm15
;;   0x05a5: movups xmm15, [5D0h]
;;   0x05ad: subpd xmm0, xmm15
;;   0x05b2: mov rsp, rbp
;;   0x05b5: pop rbp
;;   0x05b6: ret 10h
;;   0x05b9: ud2
;;   0x05bb: int3
;;   0x05bc: int3
;;   0x05bd: int3
;;   0x05be: int3
;;   0x05bf: int3
;;   0x05c0: add [rax], al
;;   0x05c2: xor [rbx], al
;;   0x05c5: add [rax], dh
;;   0x05c7: add [r8], al
;;   0x05ca: xor [rbx], al
;;   0x05cd: add [rax], dh
;;   0x05cf: add [r8], al
;;   0x05d2: add [rax], al
;;   0x05d4: add [rax], al
;;   0x05d6: xor [rbx], al
;;   0x05d9: add [rax], al
;;   0x05db: add [rax], al
;;   0x05dd: add [rax], dh
;;   0x05df: (bad)
