;;! target = "x86_64"

;; Live values in rax and rdx are spilled before a division; two divisions
;; in one function share their trap stubs.
(module
  (func (export "live") (param i32 i32 i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))   ;; rax
    (i32.add (local.get 1) (local.get 2))   ;; rcx
    (i32.add (local.get 2) (local.get 3))   ;; rdx
    (i32.div_u (local.get 3) (local.get 0))
    i32.add
    i32.add
    i32.add)
  (func (export "two") (param i32 i32) (result i32)
    (i32.rem_s
      (i32.div_s (local.get 0) (local.get 1))
      (local.get 1))))
;; function 0 (live):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 50h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 83h
;;   0x001a: sub rsp, 50h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12d, [rbp+18h]
;;   0x0038: mov r13d, [rbp+20h]
;;   0x003c: mov eax, ebx
;;   0x003e: add eax, r12d
;;   0x0041: mov ecx, r12d
;;   0x0044: add ecx, r13d
;;   0x0047: mov edx, r13d
;;   0x004a: add edx, [rbp+28h]
;;   0x004d: mov [rbp-28h], eax
;;   0x0050: mov [rbp-38h], edx
;;   0x0053: mov esi, ebx
;;   0x0055: mov eax, [rbp+28h]
;;   0x0058: test esi, esi
;;   0x005a: je 85h
;;   0x0060: xor edx, edx
;;   0x0062: div esi
;;   0x0064: mov edx, [rbp-38h]
;;   0x0067: add edx, eax
;;   0x0069: add ecx, edx
;;   0x006b: mov eax, [rbp-28h]
;;   0x006e: add eax, ecx
;;   0x0070: mov rbx, [rbp-10h]
;;   0x0074: mov r12, [rbp-18h]
;;   0x0078: mov r13, [rbp-20h]
;;   0x007c: mov rsp, rbp
;;   0x007f: pop rbp
;;   0x0080: ret 20h
;;   0x0083: ud2
;;   0x0085: ud2
;; function 1 (two):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 121h
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov [rbp-10h], rbx
;;   0x00b9: mov [rbp-18h], r12
;;   0x00bd: mov ebx, [rbp+10h]
;;   0x00c0: mov r12d, [rbp+18h]
;;   0x00c4: mov ecx, r12d
;;   0x00c7: mov eax, ebx
;;   0x00c9: test ecx, ecx
;;   0x00cb: je 123h
;;   0x00d1: cmp ecx, 0FFFFFFFFh
;;   0x00d4: jne 0E9h
;;   0x00da: mov r11d, 80000000h
;;   0x00e0: cmp eax, r11d
;;   0x00e3: je 125h
;;   0x00e9: cdq
;;   0x00ea: idiv ecx
;;   0x00ec: mov [rbp-28h], eax
;;   0x00ef: mov ecx, r12d
;;   0x00f2: mov eax, [rbp-28h]
;;   0x00f5: test ecx, ecx
;;   0x00f7: je 123h
;;   0x00fd: cmp ecx, 0FFFFFFFFh
;;   0x0100: je 10Eh
;;   0x0106: cdq
;;   0x0107: idiv ecx
;;   0x0109: jmp 110h
;;   0x010e: xor edx, edx
;;   0x0110: mov eax, edx
;;   0x0112: mov rbx, [rbp-10h]
;;   0x0116: mov r12, [rbp-18h]
;;   0x011a: mov rsp, rbp
;;   0x011d: pop rbp
;;   0x011e: ret 10h
;;   0x0121: ud2
;;   0x0123: ud2
;;   0x0125: ud2
