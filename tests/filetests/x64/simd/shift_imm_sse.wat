;;! flags = ["popcnt", "sse4.1", "ssse3", "sse4.2"]
;; Shifts by a constant count: the immediate forms, the count reduced
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
;;   0x0014: jb 40h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movups xmm0, [rbp+10h]
;;   0x0029: psllw xmm0, 3
;;   0x002e: movups xmm1, [50h]
;;   0x0035: pand xmm0, xmm1
;;   0x0039: mov rsp, rbp
;;   0x003c: pop rbp
;;   0x003d: ret 10h
;;   0x0040: ud2
;;   0x0042: int3
;;   0x0043: int3
;;   0x0044: int3
;;   0x0045: int3
;;   0x0046: int3
;;   0x0047: int3
;;   0x0048: int3
;;   0x0049: int3
;;   0x004a: int3
;;   0x004b: int3
;;   0x004c: int3
;;   0x004d: int3
;;   0x004e: int3
;;   0x004f: int3
;;   0x0050: clc
;;   0x0051: clc
;;   0x0052: clc
;;   0x0053: clc
;;   0x0054: clc
;;   0x0055: clc
;;   0x0056: clc
;;   0x0057: clc
;;   0x0058: clc
;;   0x0059: clc
;;   0x005a: clc
;;   0x005b: clc
;;   0x005c: clc
;;   0x005d: clc
;;   0x005e: clc
;;   0x005f: clc
;; function 1 (i8x16_shr_s):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 40h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0A9h
;;   0x007a: sub rsp, 40h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: movups xmm0, [rbp+10h]
;;   0x0089: movaps xmm1, xmm0
;;   0x008c: punpckhbw xmm1, xmm0
;;   0x0090: psraw xmm1, 0Fh
;;   0x0095: punpcklbw xmm0, xmm0
;;   0x0099: psraw xmm0, 0Fh
;;   0x009e: packsswb xmm0, xmm1
;;   0x00a2: mov rsp, rbp
;;   0x00a5: pop rbp
;;   0x00a6: ret 10h
;;   0x00a9: ud2
;; function 2 (i8x16_shr_u):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 40h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0F0h
;;   0x00ca: sub rsp, 40h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: movups xmm0, [rbp+10h]
;;   0x00d9: psrlw xmm0, 7
;;   0x00de: movups xmm1, [100h]
;;   0x00e5: pand xmm0, xmm1
;;   0x00e9: mov rsp, rbp
;;   0x00ec: pop rbp
;;   0x00ed: ret 10h
;;   0x00f0: ud2
;;   0x00f2: int3
;;   0x00f3: int3
;;   0x00f4: int3
;;   0x00f5: int3
;;   0x00f6: int3
;;   0x00f7: int3
;;   0x00f8: int3
;;   0x00f9: int3
;;   0x00fa: int3
;;   0x00fb: int3
;;   0x00fc: int3
;;   0x00fd: int3
;;   0x00fe: int3
;;   0x00ff: int3
;;   0x0100: add [rcx], eax
;;   0x0102: add [rcx], eax
;;   0x0104: add [rcx], eax
;;   0x0106: add [rcx], eax
;;   0x0108: add [rcx], eax
;;   0x010a: add [rcx], eax
;;   0x010c: add [rcx], eax
;;   0x010e: add [rcx], eax
;; function 3 (i16x8_shl):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 40h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 145h
;;   0x012a: sub rsp, 40h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: movups xmm0, [rbp+10h]
;;   0x0139: psllw xmm0, 3
;;   0x013e: mov rsp, rbp
;;   0x0141: pop rbp
;;   0x0142: ret 10h
;;   0x0145: ud2
;; function 4 (i16x8_shr_s):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 40h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 185h
;;   0x016a: sub rsp, 40h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: movups xmm0, [rbp+10h]
;;   0x0179: psraw xmm0, 0Fh
;;   0x017e: mov rsp, rbp
;;   0x0181: pop rbp
;;   0x0182: ret 10h
;;   0x0185: ud2
;; function 5 (i16x8_shr_u):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 40h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1C5h
;;   0x01aa: sub rsp, 40h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: movups xmm0, [rbp+10h]
;;   0x01b9: psrlw xmm0, 0Fh
;;   0x01be: mov rsp, rbp
;;   0x01c1: pop rbp
;;   0x01c2: ret 10h
;;   0x01c5: ud2
;; function 6 (i32x4_shl):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 40h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 205h
;;   0x01ea: sub rsp, 40h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: movups xmm0, [rbp+10h]
;;   0x01f9: pslld xmm0, 3
;;   0x01fe: mov rsp, rbp
;;   0x0201: pop rbp
;;   0x0202: ret 10h
;;   0x0205: ud2
;; function 7 (i32x4_shr_s):
;;   0x0210: push rbp
;;   0x0211: mov rbp, rsp
;;   0x0214: mov r11, [r14]
;;   0x0217: mov r11, [r11]
;;   0x021a: add r11, 40h
;;   0x0221: cmp rsp, r11
;;   0x0224: jb 245h
;;   0x022a: sub rsp, 40h
;;   0x0231: mov [rbp-8], r14
;;   0x0235: movups xmm0, [rbp+10h]
;;   0x0239: psrad xmm0, 1Fh
;;   0x023e: mov rsp, rbp
;;   0x0241: pop rbp
;;   0x0242: ret 10h
;;   0x0245: ud2
;; function 8 (i32x4_shr_u):
;;   0x0250: push rbp
;;   0x0251: mov rbp, rsp
;;   0x0254: mov r11, [r14]
;;   0x0257: mov r11, [r11]
;;   0x025a: add r11, 40h
;;   0x0261: cmp rsp, r11
;;   0x0264: jb 285h
;;   0x026a: sub rsp, 40h
;;   0x0271: mov [rbp-8], r14
;;   0x0275: movups xmm0, [rbp+10h]
;;   0x0279: psrld xmm0, 1Fh
;;   0x027e: mov rsp, rbp
;;   0x0281: pop rbp
;;   0x0282: ret 10h
;;   0x0285: ud2
;; function 9 (i64x2_shl):
;;   0x0290: push rbp
;;   0x0291: mov rbp, rsp
;;   0x0294: mov r11, [r14]
;;   0x0297: mov r11, [r11]
;;   0x029a: add r11, 40h
;;   0x02a1: cmp rsp, r11
;;   0x02a4: jb 2C5h
;;   0x02aa: sub rsp, 40h
;;   0x02b1: mov [rbp-8], r14
;;   0x02b5: movups xmm0, [rbp+10h]
;;   0x02b9: psllq xmm0, 3
;;   0x02be: mov rsp, rbp
;;   0x02c1: pop rbp
;;   0x02c2: ret 10h
;;   0x02c5: ud2
;; function 10 (i64x2_shr_s):
;;   0x02d0: push rbp
;;   0x02d1: mov rbp, rsp
;;   0x02d4: mov r11, [r14]
;;   0x02d7: mov r11, [r11]
;;   0x02da: add r11, 40h
;;   0x02e1: cmp rsp, r11
;;   0x02e4: jb 317h
;;   0x02ea: sub rsp, 40h
;;   0x02f1: mov [rbp-8], r14
;;   0x02f5: movups xmm0, [rbp+10h]
;;   0x02f9: pshufd xmm1, xmm0, 0F5h
;;   0x02fe: psrad xmm1, 1Fh
;;   0x0303: pxor xmm0, xmm1
;;   0x0307: psrlq xmm0, 3Fh
;;   0x030c: pxor xmm0, xmm1
;;   0x0310: mov rsp, rbp
;;   0x0313: pop rbp
;;   0x0314: ret 10h
;;   0x0317: ud2
;; function 11 (i64x2_shr_u):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 40h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 355h
;;   0x033a: sub rsp, 40h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: movups xmm0, [rbp+10h]
;;   0x0349: psrlq xmm0, 3Fh
;;   0x034e: mov rsp, rbp
;;   0x0351: pop rbp
;;   0x0352: ret 10h
;;   0x0355: ud2
;; function 12 (by_zero):
;;   0x0360: push rbp
;;   0x0361: mov rbp, rsp
;;   0x0364: mov r11, [r14]
;;   0x0367: mov r11, [r11]
;;   0x036a: add r11, 40h
;;   0x0371: cmp rsp, r11
;;   0x0374: jb 390h
;;   0x037a: sub rsp, 40h
;;   0x0381: mov [rbp-8], r14
;;   0x0385: movups xmm0, [rbp+10h]
;;   0x0389: mov rsp, rbp
;;   0x038c: pop rbp
;;   0x038d: ret 10h
;;   0x0390: ud2
