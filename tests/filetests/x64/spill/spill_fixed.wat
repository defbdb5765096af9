;;! target = "x86_64"

;; All 12 registers busy, then a division and a shift need rax/rdx and rcx.
(module
  (func (export "fixed") (param i32 i32) (result i32)
    (i32.add (local.get 0) (i32.const 1))
    (i32.add (local.get 0) (i32.const 2))
    (i32.add (local.get 0) (i32.const 3))
    (i32.add (local.get 0) (i32.const 4))
    (i32.add (local.get 0) (i32.const 5))
    (i32.add (local.get 0) (i32.const 6))
    (i32.add (local.get 0) (i32.const 7))
    (i32.add (local.get 0) (i32.const 8))
    (i32.add (local.get 0) (i32.const 9))
    (i32.add (local.get 0) (i32.const 10))
    (i32.add (local.get 0) (i32.const 11))
    (i32.add (local.get 0) (i32.const 12))
    (i32.div_u (local.get 0) (local.get 1))
    (i32.shl (local.get 1) (local.get 0))
    i32.xor
    i32.add i32.add i32.add i32.add i32.add i32.add
    i32.add i32.add i32.add i32.add i32.add i32.add))
;; function 0 (fixed):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 0A0h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 0EBh
;;   0x001a: sub rsp, 0A0h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov eax, ebx
;;   0x0036: add eax, 1
;;   0x0039: mov ecx, ebx
;;   0x003b: add ecx, 2
;;   0x003e: mov edx, ebx
;;   0x0040: add edx, 3
;;   0x0043: mov esi, ebx
;;   0x0045: add esi, 4
;;   0x0048: mov edi, ebx
;;   0x004a: add edi, 5
;;   0x004d: mov r8d, ebx
;;   0x0050: add r8d, 6
;;   0x0054: mov r9d, ebx
;;   0x0057: add r9d, 7
;;   0x005b: mov r10d, ebx
;;   0x005e: add r10d, 8
;;   0x0062: mov [rbp-28h], eax
;;   0x0065: mov eax, ebx
;;   0x0067: add eax, 9
;;   0x006a: mov [rbp-30h], ecx
;;   0x006d: mov ecx, ebx
;;   0x006f: add ecx, 0Ah
;;   0x0072: mov [rbp-38h], edx
;;   0x0075: mov edx, ebx
;;   0x0077: add edx, 0Bh
;;   0x007a: mov [rbp-40h], esi
;;   0x007d: mov esi, ebx
;;   0x007f: add esi, 0Ch
;;   0x0082: mov [rbp-68h], eax
;;   0x0085: mov [rbp-78h], edx
;;   0x0088: mov [rbp-48h], edi
;;   0x008b: mov edi, r12d
;;   0x008e: mov eax, ebx
;;   0x0090: test edi, edi
;;   0x0092: je 0EDh
;;   0x0098: xor edx, edx
;;   0x009a: div edi
;;   0x009c: mov [rbp-70h], ecx
;;   0x009f: mov ecx, ebx
;;   0x00a1: mov edx, r12d
;;   0x00a4: shl edx, cl
;;   0x00a6: xor eax, edx
;;   0x00a8: add esi, eax
;;   0x00aa: mov eax, [rbp-78h]
;;   0x00ad: add eax, esi
;;   0x00af: mov ecx, [rbp-70h]
;;   0x00b2: add ecx, eax
;;   0x00b4: mov eax, [rbp-68h]
;;   0x00b7: add eax, ecx
;;   0x00b9: add r10d, eax
;;   0x00bc: add r9d, r10d
;;   0x00bf: add r8d, r9d
;;   0x00c2: mov eax, [rbp-48h]
;;   0x00c5: add eax, r8d
;;   0x00c8: mov ecx, [rbp-40h]
;;   0x00cb: add ecx, eax
;;   0x00cd: mov eax, [rbp-38h]
;;   0x00d0: add eax, ecx
;;   0x00d2: mov ecx, [rbp-30h]
;;   0x00d5: add ecx, eax
;;   0x00d7: mov eax, [rbp-28h]
;;   0x00da: add eax, ecx
;;   0x00dc: mov rbx, [rbp-10h]
;;   0x00e0: mov r12, [rbp-18h]
;;   0x00e4: mov rsp, rbp
;;   0x00e7: pop rbp
;;   0x00e8: ret 10h
;;   0x00eb: ud2
;;   0x00ed: ud2
