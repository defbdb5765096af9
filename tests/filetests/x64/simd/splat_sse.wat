;;! flags = ["popcnt", "sse4.1", "ssse3", "sse4.2"]
;;! bounds = "guard"
;; Splats without AVX2 (splat_avx2.wat): a shuffle after the move or load.
(module
  (memory 1)
  (func $splat_i8 (param i32) (result v128) (i8x16.splat (local.get 0)))
  (func $splat_i16 (param i32) (result v128) (i16x8.splat (local.get 0)))
  (func $splat_i32 (param i32) (result v128) (i32x4.splat (local.get 0)))
  (func $splat_i64 (param i64) (result v128) (i64x2.splat (local.get 0)))
  (func $load8_splat (param i32) (result v128) (v128.load8_splat (local.get 0)))
  (func $load16_splat (param i32) (result v128) (v128.load16_splat offset=2 (local.get 0)))
  (func $load32_splat (param i32) (result v128) (v128.load32_splat (local.get 0)))
  (func $load64_splat (param i32) (result v128) (v128.load64_splat (local.get 0)))
)
;; function 0 (splat_i8):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Fh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov eax, ebx
;;   0x0035: movd xmm0, eax
;;   0x0039: pxor xmm15, xmm15
;;   0x003e: pshufb xmm0, xmm15
;;   0x0044: mov rbx, [rbp-10h]
;;   0x0048: mov rsp, rbp
;;   0x004b: pop rbp
;;   0x004c: ret 8
;;   0x004f: ud2
;; function 1 (splat_i16):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0AEh
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov ebx, [rbp+10h]
;;   0x008c: mov r15, [r14+18h]
;;   0x0090: mov r15, [r15]
;;   0x0093: mov eax, ebx
;;   0x0095: movd xmm0, eax
;;   0x0099: pshuflw xmm0, xmm0, 0
;;   0x009e: pshufd xmm0, xmm0, 0
;;   0x00a3: mov rbx, [rbp-10h]
;;   0x00a7: mov rsp, rbp
;;   0x00aa: pop rbp
;;   0x00ab: ret 8
;;   0x00ae: ud2
;; function 2 (splat_i32):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 30h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0F9h
;;   0x00ca: sub rsp, 30h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov [rbp-10h], rbx
;;   0x00d9: mov ebx, [rbp+10h]
;;   0x00dc: mov r15, [r14+18h]
;;   0x00e0: mov r15, [r15]
;;   0x00e3: mov eax, ebx
;;   0x00e5: movd xmm0, eax
;;   0x00e9: pshufd xmm0, xmm0, 0
;;   0x00ee: mov rbx, [rbp-10h]
;;   0x00f2: mov rsp, rbp
;;   0x00f5: pop rbp
;;   0x00f6: ret 8
;;   0x00f9: ud2
;; function 3 (splat_i64):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 30h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 14Bh
;;   0x011a: sub rsp, 30h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov [rbp-10h], rbx
;;   0x0129: mov rbx, [rbp+10h]
;;   0x012d: mov r15, [r14+18h]
;;   0x0131: mov r15, [r15]
;;   0x0134: mov rax, rbx
;;   0x0137: movq xmm0, rax
;;   0x013c: punpcklqdq xmm0, xmm0
;;   0x0140: mov rbx, [rbp-10h]
;;   0x0144: mov rsp, rbp
;;   0x0147: pop rbp
;;   0x0148: ret 8
;;   0x014b: ud2
;; function 4 (load8_splat):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1A1h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov ebx, [rbp+10h]
;;   0x017c: mov r15, [r14+18h]
;;   0x0180: mov r15, [r15]
;;   0x0183: pinsrb xmm0, [r15+rbx], 0
;;   0x018b: pxor xmm15, xmm15
;;   0x0190: pshufb xmm0, xmm15
;;   0x0196: mov rbx, [rbp-10h]
;;   0x019a: mov rsp, rbp
;;   0x019d: pop rbp
;;   0x019e: ret 8
;;   0x01a1: ud2
;; function 5 (load16_splat):
;;   0x01b0: push rbp
;;   0x01b1: mov rbp, rsp
;;   0x01b4: mov r11, [r14]
;;   0x01b7: mov r11, [r11]
;;   0x01ba: add r11, 30h
;;   0x01c1: cmp rsp, r11
;;   0x01c4: jb 200h
;;   0x01ca: sub rsp, 30h
;;   0x01d1: mov [rbp-8], r14
;;   0x01d5: mov [rbp-10h], rbx
;;   0x01d9: mov ebx, [rbp+10h]
;;   0x01dc: mov r15, [r14+18h]
;;   0x01e0: mov r15, [r15]
;;   0x01e3: pinsrw xmm0, [r15+rbx+2], 0
;;   0x01eb: pshuflw xmm0, xmm0, 0
;;   0x01f0: pshufd xmm0, xmm0, 0
;;   0x01f5: mov rbx, [rbp-10h]
;;   0x01f9: mov rsp, rbp
;;   0x01fc: pop rbp
;;   0x01fd: ret 8
;;   0x0200: ud2
;; function 6 (load32_splat):
;;   0x0210: push rbp
;;   0x0211: mov rbp, rsp
;;   0x0214: mov r11, [r14]
;;   0x0217: mov r11, [r11]
;;   0x021a: add r11, 30h
;;   0x0221: cmp rsp, r11
;;   0x0224: jb 259h
;;   0x022a: sub rsp, 30h
;;   0x0231: mov [rbp-8], r14
;;   0x0235: mov [rbp-10h], rbx
;;   0x0239: mov ebx, [rbp+10h]
;;   0x023c: mov r15, [r14+18h]
;;   0x0240: mov r15, [r15]
;;   0x0243: movd xmm0, [r15+rbx]
;;   0x0249: pshufd xmm0, xmm0, 0
;;   0x024e: mov rbx, [rbp-10h]
;;   0x0252: mov rsp, rbp
;;   0x0255: pop rbp
;;   0x0256: ret 8
;;   0x0259: ud2
;; function 7 (load64_splat):
;;   0x0260: push rbp
;;   0x0261: mov rbp, rsp
;;   0x0264: mov r11, [r14]
;;   0x0267: mov r11, [r11]
;;   0x026a: add r11, 30h
;;   0x0271: cmp rsp, r11
;;   0x0274: jb 2A8h
;;   0x027a: sub rsp, 30h
;;   0x0281: mov [rbp-8], r14
;;   0x0285: mov [rbp-10h], rbx
;;   0x0289: mov ebx, [rbp+10h]
;;   0x028c: mov r15, [r14+18h]
;;   0x0290: mov r15, [r15]
;;   0x0293: movq xmm0, [r15+rbx]
;;   0x0299: punpcklqdq xmm0, xmm0
;;   0x029d: mov rbx, [rbp-10h]
;;   0x02a1: mov rsp, rbp
;;   0x02a4: pop rbp
;;   0x02a5: ret 8
;;   0x02a8: ud2
