;;! flags = ["popcnt", "sse4.1", "ssse3", "sse4.2", "avx"]
;; With AVX, i8x16.shuffle from one operand: one pshufd when whole dwords move,
;; else one pshufb; both operands: a pshufb each and por.
(module
  (func $from_first_bytes (param v128 v128) (result v128)
    (i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12 (local.get 0) (local.get 1)))
  (func $from_second_bytes (param v128 v128) (result v128)
    (i8x16.shuffle 17 16 19 18 21 20 23 22 25 24 27 26 29 28 31 30 (local.get 0) (local.get 1)))
  (func $from_first_dwords (param v128 v128) (result v128)
    (i8x16.shuffle 4 5 6 7 8 9 10 11 12 13 14 15 0 1 2 3 (local.get 0) (local.get 1)))
  (func $from_second_dwords (param v128 v128) (result v128)
    (i8x16.shuffle 28 29 30 31 16 17 18 19 16 17 18 19 24 25 26 27 (local.get 0) (local.get 1)))
  (func $two_sources (param v128 v128) (result v128)
    (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get 0) (local.get 1)))
)
;; function 0 (from_first_bytes):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 40h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movups xmm0, [rbp+20h]
;;   0x0029: movups xmm1, [rbp+10h]
;;   0x002d: vpshufb xmm1, xmm1, [50h]
;;   0x0036: movaps xmm0, xmm1
;;   0x0039: mov rsp, rbp
;;   0x003c: pop rbp
;;   0x003d: ret 20h
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
;;   0x0050: add eax, [rdx]
;;   0x0052: add [rax], eax
;;   0x0054: (bad)
;;   0x0056: add eax, 90A0B04h
;;   0x005b: or [rdi], cl
;;   0x005d: (bad)
;;   0x005f: (bad)
;; function 1 (from_second_bytes):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 40h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0A0h
;;   0x007a: sub rsp, 40h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: movups xmm0, [rbp+20h]
;;   0x0089: movups xmm1, [rbp+10h]
;;   0x008d: vpshufb xmm1, xmm0, [0B0h]
;;   0x0096: movaps xmm0, xmm1
;;   0x0099: mov rsp, rbp
;;   0x009c: pop rbp
;;   0x009d: ret 20h
;;   0x00a0: ud2
;;   0x00a2: int3
;;   0x00a3: int3
;;   0x00a4: int3
;;   0x00a5: int3
;;   0x00a6: int3
;;   0x00a7: int3
;;   0x00a8: int3
;;   0x00a9: int3
;;   0x00aa: int3
;;   0x00ab: int3
;;   0x00ac: int3
;;   0x00ad: int3
;;   0x00ae: int3
;;   0x00af: int3
;;   0x00b0: add [rax], eax
;;   0x00b2: add eax, [rdx]
;;   0x00b4: add eax, 9060704h
;;   0x00b9: or [rbx], cl
;;   0x00bb: (bad)
;; function 2 (from_first_dwords):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 40h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0FCh
;;   0x00da: sub rsp, 40h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: movups xmm0, [rbp+20h]
;;   0x00e9: movups xmm1, [rbp+10h]
;;   0x00ed: pshufd xmm1, xmm1, 39h
;;   0x00f2: movaps xmm0, xmm1
;;   0x00f5: mov rsp, rbp
;;   0x00f8: pop rbp
;;   0x00f9: ret 20h
;;   0x00fc: ud2
;; function 3 (from_second_dwords):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 40h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 13Ch
;;   0x011a: sub rsp, 40h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: movups xmm0, [rbp+20h]
;;   0x0129: movups xmm1, [rbp+10h]
;;   0x012d: pshufd xmm1, xmm0, 83h
;;   0x0132: movaps xmm0, xmm1
;;   0x0135: mov rsp, rbp
;;   0x0138: pop rbp
;;   0x0139: ret 20h
;;   0x013c: ud2
;; function 4 (two_sources):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 40h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 18Dh
;;   0x015a: sub rsp, 40h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: movups xmm0, [rbp+20h]
;;   0x0169: movups xmm1, [rbp+10h]
;;   0x016d: vpshufb xmm1, xmm1, [190h]
;;   0x0176: vpshufb xmm0, xmm0, [1A0h]
;;   0x017f: por xmm1, xmm0
;;   0x0183: movaps xmm0, xmm1
;;   0x0186: mov rsp, rbp
;;   0x0189: pop rbp
;;   0x018a: ret 20h
;;   0x018d: ud2
;;   0x018f: int3
;;   0x0190: add [rcx], al
;;   0x0192: add al, [rbx]
;;   0x0194: add byte ptr [rax+5048080h], 6
;;   0x019b: (bad)
;;   0x019d: add byte ptr [rax-7F7F7F80h], 80h
;;   0x01a4: add [rcx], al
;;   0x01a6: add al, [rbx]
;;   0x01a8: add byte ptr [rax+5048080h], 6
;;   0x01af: (bad)
