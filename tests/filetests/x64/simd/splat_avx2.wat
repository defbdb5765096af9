;;! flags = ["popcnt", "sse4.1", "ssse3", "sse4.2", "avx", "avx2"]
;;! bounds = "guard"
;; Splats with AVX2: vpbroadcastb/w after a move, and the load splats
;; are one vpbroadcast from memory.
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
;;   0x0014: jb 49h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov eax, ebx
;;   0x0035: movd xmm0, eax
;;   0x0039: vpbroadcastb xmm0, xmm0
;;   0x003e: mov rbx, [rbp-10h]
;;   0x0042: mov rsp, rbp
;;   0x0045: pop rbp
;;   0x0046: ret 8
;;   0x0049: ud2
;; function 1 (splat_i16):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 99h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: mov r15, [r14+18h]
;;   0x0080: mov r15, [r15]
;;   0x0083: mov eax, ebx
;;   0x0085: movd xmm0, eax
;;   0x0089: vpbroadcastw xmm0, xmm0
;;   0x008e: mov rbx, [rbp-10h]
;;   0x0092: mov rsp, rbp
;;   0x0095: pop rbp
;;   0x0096: ret 8
;;   0x0099: ud2
;; function 2 (splat_i32):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E9h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov ebx, [rbp+10h]
;;   0x00cc: mov r15, [r14+18h]
;;   0x00d0: mov r15, [r15]
;;   0x00d3: mov eax, ebx
;;   0x00d5: movd xmm0, eax
;;   0x00d9: pshufd xmm0, xmm0, 0
;;   0x00de: mov rbx, [rbp-10h]
;;   0x00e2: mov rsp, rbp
;;   0x00e5: pop rbp
;;   0x00e6: ret 8
;;   0x00e9: ud2
;; function 3 (splat_i64):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 13Bh
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov rbx, [rbp+10h]
;;   0x011d: mov r15, [r14+18h]
;;   0x0121: mov r15, [r15]
;;   0x0124: mov rax, rbx
;;   0x0127: movq xmm0, rax
;;   0x012c: punpcklqdq xmm0, xmm0
;;   0x0130: mov rbx, [rbp-10h]
;;   0x0134: mov rsp, rbp
;;   0x0137: pop rbp
;;   0x0138: ret 8
;;   0x013b: ud2
;; function 4 (load8_splat):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 184h
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov ebx, [rbp+10h]
;;   0x016c: mov r15, [r14+18h]
;;   0x0170: mov r15, [r15]
;;   0x0173: vpbroadcastb xmm0, [r15+rbx]
;;   0x0179: mov rbx, [rbp-10h]
;;   0x017d: mov rsp, rbp
;;   0x0180: pop rbp
;;   0x0181: ret 8
;;   0x0184: ud2
;; function 5 (load16_splat):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1D5h
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov [rbp-10h], rbx
;;   0x01b9: mov ebx, [rbp+10h]
;;   0x01bc: mov r15, [r14+18h]
;;   0x01c0: mov r15, [r15]
;;   0x01c3: vpbroadcastw xmm0, [r15+rbx+2]
;;   0x01ca: mov rbx, [rbp-10h]
;;   0x01ce: mov rsp, rbp
;;   0x01d1: pop rbp
;;   0x01d2: ret 8
;;   0x01d5: ud2
;; function 6 (load32_splat):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 30h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 224h
;;   0x01fa: sub rsp, 30h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov [rbp-10h], rbx
;;   0x0209: mov ebx, [rbp+10h]
;;   0x020c: mov r15, [r14+18h]
;;   0x0210: mov r15, [r15]
;;   0x0213: vpbroadcastd xmm0, [r15+rbx]
;;   0x0219: mov rbx, [rbp-10h]
;;   0x021d: mov rsp, rbp
;;   0x0220: pop rbp
;;   0x0221: ret 8
;;   0x0224: ud2
;; function 7 (load64_splat):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 30h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 274h
;;   0x024a: sub rsp, 30h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov [rbp-10h], rbx
;;   0x0259: mov ebx, [rbp+10h]
;;   0x025c: mov r15, [r14+18h]
;;   0x0260: mov r15, [r15]
;;   0x0263: vpbroadcastq xmm0, [r15+rbx]
;;   0x0269: mov rbx, [rbp-10h]
;;   0x026d: mov rsp, rbp
;;   0x0270: pop rbp
;;   0x0271: ret 8
;;   0x0274: ud2
