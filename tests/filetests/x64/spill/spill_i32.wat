;;! target = "x86_64"

;; 14 simultaneously live i32 values, but only 12 allocatable registers:
;; the deepest register values are spilled to their canonical slots.
(module
  (func (export "many") (param i32) (result i32)
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
    (i32.add (local.get 0) (i32.const 13))
    (i32.add (local.get 0) (i32.const 14))
    i32.add i32.add i32.add i32.add i32.add i32.add i32.add
    i32.add i32.add i32.add i32.add i32.add i32.add))
;; function 0 (many):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 0A0h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 0CAh
;;   0x001a: sub rsp, 0A0h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: add eax, 1
;;   0x0031: mov ecx, ebx
;;   0x0033: add ecx, 2
;;   0x0036: mov edx, ebx
;;   0x0038: add edx, 3
;;   0x003b: mov esi, ebx
;;   0x003d: add esi, 4
;;   0x0040: mov edi, ebx
;;   0x0042: add edi, 5
;;   0x0045: mov r8d, ebx
;;   0x0048: add r8d, 6
;;   0x004c: mov r9d, ebx
;;   0x004f: add r9d, 7
;;   0x0053: mov r10d, ebx
;;   0x0056: add r10d, 8
;;   0x005a: mov [rbp-28h], eax
;;   0x005d: mov eax, ebx
;;   0x005f: add eax, 9
;;   0x0062: mov [rbp-30h], ecx
;;   0x0065: mov ecx, ebx
;;   0x0067: add ecx, 0Ah
;;   0x006a: mov [rbp-38h], edx
;;   0x006d: mov edx, ebx
;;   0x006f: add edx, 0Bh
;;   0x0072: mov [rbp-40h], esi
;;   0x0075: mov esi, ebx
;;   0x0077: add esi, 0Ch
;;   0x007a: mov [rbp-48h], edi
;;   0x007d: mov edi, ebx
;;   0x007f: add edi, 0Dh
;;   0x0082: mov [rbp-50h], r8d
;;   0x0086: mov r8d, ebx
;;   0x0089: add r8d, 0Eh
;;   0x008d: add edi, r8d
;;   0x0090: add esi, edi
;;   0x0092: add edx, esi
;;   0x0094: add ecx, edx
;;   0x0096: add eax, ecx
;;   0x0098: add r10d, eax
;;   0x009b: add r9d, r10d
;;   0x009e: mov eax, [rbp-50h]
;;   0x00a1: add eax, r9d
;;   0x00a4: mov ecx, [rbp-48h]
;;   0x00a7: add ecx, eax
;;   0x00a9: mov eax, [rbp-40h]
;;   0x00ac: add eax, ecx
;;   0x00ae: mov ecx, [rbp-38h]
;;   0x00b1: add ecx, eax
;;   0x00b3: mov eax, [rbp-30h]
;;   0x00b6: add eax, ecx
;;   0x00b8: mov ecx, [rbp-28h]
;;   0x00bb: add ecx, eax
;;   0x00bd: mov eax, ecx
;;   0x00bf: mov rbx, [rbp-10h]
;;   0x00c3: mov rsp, rbp
;;   0x00c6: pop rbp
;;   0x00c7: ret 8
;;   0x00ca: ud2
