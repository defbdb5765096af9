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
;;   0x000a: add r11, 80h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 0BCh
;;   0x001a: sub rsp, 80h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, 1
;;   0x002b: mov ecx, [rbp+10h]
;;   0x002e: add ecx, 2
;;   0x0031: mov edx, [rbp+10h]
;;   0x0034: add edx, 3
;;   0x0037: mov ebx, [rbp+10h]
;;   0x003a: add ebx, 4
;;   0x003d: mov esi, [rbp+10h]
;;   0x0040: add esi, 5
;;   0x0043: mov edi, [rbp+10h]
;;   0x0046: add edi, 6
;;   0x0049: mov r8d, [rbp+10h]
;;   0x004d: add r8d, 7
;;   0x0051: mov r9d, [rbp+10h]
;;   0x0055: add r9d, 8
;;   0x0059: mov r10d, [rbp+10h]
;;   0x005d: add r10d, 9
;;   0x0061: mov r12d, [rbp+10h]
;;   0x0065: add r12d, 0Ah
;;   0x0069: mov r13d, [rbp+10h]
;;   0x006d: add r13d, 0Bh
;;   0x0071: mov [rbp-10h], eax
;;   0x0074: mov eax, [rbp+10h]
;;   0x0077: add eax, 0Ch
;;   0x007a: mov [rbp-18h], ecx
;;   0x007d: mov ecx, [rbp+10h]
;;   0x0080: add ecx, 0Dh
;;   0x0083: mov [rbp-20h], edx
;;   0x0086: mov edx, [rbp+10h]
;;   0x0089: add edx, 0Eh
;;   0x008c: add ecx, edx
;;   0x008e: add eax, ecx
;;   0x0090: add r13d, eax
;;   0x0093: add r12d, r13d
;;   0x0096: add r10d, r12d
;;   0x0099: add r9d, r10d
;;   0x009c: add r8d, r9d
;;   0x009f: add edi, r8d
;;   0x00a2: add esi, edi
;;   0x00a4: add ebx, esi
;;   0x00a6: mov eax, [rbp-20h]
;;   0x00a9: add eax, ebx
;;   0x00ab: mov ecx, [rbp-18h]
;;   0x00ae: add ecx, eax
;;   0x00b0: mov eax, [rbp-10h]
;;   0x00b3: add eax, ecx
;;   0x00b5: mov rsp, rbp
;;   0x00b8: pop rbp
;;   0x00b9: ret 8
;;   0x00bc: ud2
