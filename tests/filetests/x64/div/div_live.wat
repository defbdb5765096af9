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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 62h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, [rbp+18h]
;;   0x002b: mov ecx, [rbp+18h]
;;   0x002e: add ecx, [rbp+20h]
;;   0x0031: mov edx, [rbp+20h]
;;   0x0034: add edx, [rbp+28h]
;;   0x0037: mov [rbp-10h], eax
;;   0x003a: mov [rbp-20h], edx
;;   0x003d: mov ebx, [rbp+10h]
;;   0x0040: mov eax, [rbp+28h]
;;   0x0043: test ebx, ebx
;;   0x0045: je 64h
;;   0x004b: xor edx, edx
;;   0x004d: div ebx
;;   0x004f: mov edx, [rbp-20h]
;;   0x0052: add edx, eax
;;   0x0054: add ecx, edx
;;   0x0056: mov eax, [rbp-10h]
;;   0x0059: add eax, ecx
;;   0x005b: mov rsp, rbp
;;   0x005e: pop rbp
;;   0x005f: ret 20h
;;   0x0062: ud2
;;   0x0064: ud2
;; function 1 (two):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 20h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0EBh
;;   0x008a: sub rsp, 20h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov ecx, [rbp+18h]
;;   0x0098: mov eax, [rbp+10h]
;;   0x009b: test ecx, ecx
;;   0x009d: je 0EDh
;;   0x00a3: cmp ecx, 0FFFFFFFFh
;;   0x00a6: jne 0BBh
;;   0x00ac: mov r11d, 80000000h
;;   0x00b2: cmp eax, r11d
;;   0x00b5: je 0EFh
;;   0x00bb: cdq
;;   0x00bc: idiv ecx
;;   0x00be: mov [rbp-10h], eax
;;   0x00c1: mov ecx, [rbp+18h]
;;   0x00c4: mov eax, [rbp-10h]
;;   0x00c7: test ecx, ecx
;;   0x00c9: je 0EDh
;;   0x00cf: cmp ecx, 0FFFFFFFFh
;;   0x00d2: je 0E0h
;;   0x00d8: cdq
;;   0x00d9: idiv ecx
;;   0x00db: jmp 0E2h
;;   0x00e0: xor edx, edx
;;   0x00e2: mov eax, edx
;;   0x00e4: mov rsp, rbp
;;   0x00e7: pop rbp
;;   0x00e8: ret 10h
;;   0x00eb: ud2
;;   0x00ed: ud2
;;   0x00ef: ud2
