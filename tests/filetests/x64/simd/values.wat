;;! flags = ["popcnt", "sse4.1", "ssse3", "sse4.2"]
;; v128 values: constants (0 and all-ones without the pool, others from
;; the 16-byte aligned pool after the trap stubs), a v128 local, 16-byte
;; value-stack slots (spilled across a call), parameters and results in
;; two 8-byte slots, and a v128 global read and written whole.
(module
  (global $g (mut v128) (v128.const i64x2 1 2))
  (func $consts (result v128 v128 v128)
    (v128.const i64x2 0 0)
    (v128.const i64x2 -1 -1)
    (v128.const i32x4 1 2 3 4))
  (func $local_and_call (param i32 v128) (result v128)
    (local v128)
    (local.set 2 (i32x4.splat (local.get 0)))
    (i32x4.add (local.get 2) (call $id (local.get 1))))
  (func $id (param v128) (result v128) (local.get 0))
  (func $global (param v128) (result v128)
    (global.set $g (local.get 0))
    (global.get $g))
  (func $select (param v128 v128 i32) (result v128)
    (select (local.get 0) (local.get 1) (local.get 2))))
;; function 0 (consts):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 50h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 41h
;;   0x001a: sub rsp, 50h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: pxor xmm0, xmm0
;;   0x0029: pcmpeqd xmm1, xmm1
;;   0x002d: movups xmm2, [50h]
;;   0x0034: movups [rbp+10h], xmm1
;;   0x0038: movups [rbp+20h], xmm2
;;   0x003c: mov rsp, rbp
;;   0x003f: pop rbp
;;   0x0040: ret
;;   0x0041: ud2
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
;;   0x0050: add [rax], eax
;;   0x0052: add [rax], al
;;   0x0054: add al, [rax]
;;   0x0056: add [rax], al
;;   0x0058: add eax, [rax]
;;   0x005a: add [rax], al
;;   0x005c: add al, 0
;;   0x005e: add [rax], al
;; function 1 (local_and_call):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 60h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0CEh
;;   0x007a: sub rsp, 50h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: pxor xmm15, xmm15
;;   0x008a: movups [rbp-30h], xmm15
;;   0x008f: mov [rbp-10h], rbx
;;   0x0093: mov ebx, [rbp+10h]
;;   0x0096: mov eax, ebx
;;   0x0098: movd xmm0, eax
;;   0x009c: pshufd xmm0, xmm0, 0
;;   0x00a1: movups [rbp-30h], xmm0
;;   0x00a5: sub rsp, 10h
;;   0x00a9: movups xmm15, [rbp+18h]
;;   0x00ae: movups [rsp], xmm15
;;   0x00b3: call 0D0h
;;   0x00b8: movups xmm1, [rbp-30h]
;;   0x00bc: paddd xmm1, xmm0
;;   0x00c0: movaps xmm0, xmm1
;;   0x00c3: mov rbx, [rbp-10h]
;;   0x00c7: mov rsp, rbp
;;   0x00ca: pop rbp
;;   0x00cb: ret 18h
;;   0x00ce: ud2
;; function 2 (id):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 100h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: movups xmm0, [rbp+10h]
;;   0x00f9: mov rsp, rbp
;;   0x00fc: pop rbp
;;   0x00fd: ret 10h
;;   0x0100: ud2
;; function 3 (global):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 30h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 150h
;;   0x012a: sub rsp, 30h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: movups xmm0, [rbp+10h]
;;   0x0139: mov r11, [r14+18h]
;;   0x013d: movups [r11], xmm0
;;   0x0141: mov r11, [r14+18h]
;;   0x0145: movups xmm0, [r11]
;;   0x0149: mov rsp, rbp
;;   0x014c: pop rbp
;;   0x014d: ret 10h
;;   0x0150: ud2
;; function 4 (select):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 50h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1ADh
;;   0x017a: sub rsp, 50h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov [rbp-10h], rbx
;;   0x0189: mov ebx, [rbp+30h]
;;   0x018c: movups xmm0, [rbp+20h]
;;   0x0190: movups xmm1, [rbp+10h]
;;   0x0194: test ebx, ebx
;;   0x0196: jne 19Fh
;;   0x019c: movaps xmm1, xmm0
;;   0x019f: movaps xmm0, xmm1
;;   0x01a2: mov rbx, [rbp-10h]
;;   0x01a6: mov rsp, rbp
;;   0x01a9: pop rbp
;;   0x01aa: ret 28h
;;   0x01ad: ud2
