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
;;   0x0045: je 72h
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
;;   0x0062: mov r11, [r14]
;;   0x0065: mov eax, 0Ah
;;   0x006a: mov rsp, [r11+8]
;;   0x006e: jmp qword ptr [r11+10h]
;;   0x0072: mov r11, [r14]
;;   0x0075: mov eax, 2
;;   0x007a: mov rsp, [r11+8]
;;   0x007e: jmp qword ptr [r11+10h]
;; function 1 (two):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 20h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 10Bh
;;   0x00aa: sub rsp, 20h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov ecx, [rbp+18h]
;;   0x00b8: mov eax, [rbp+10h]
;;   0x00bb: test ecx, ecx
;;   0x00bd: je 11Bh
;;   0x00c3: cmp ecx, 0FFFFFFFFh
;;   0x00c6: jne 0DBh
;;   0x00cc: mov r11d, 80000000h
;;   0x00d2: cmp eax, r11d
;;   0x00d5: je 12Bh
;;   0x00db: cdq
;;   0x00dc: idiv ecx
;;   0x00de: mov [rbp-10h], eax
;;   0x00e1: mov ecx, [rbp+18h]
;;   0x00e4: mov eax, [rbp-10h]
;;   0x00e7: test ecx, ecx
;;   0x00e9: je 11Bh
;;   0x00ef: cmp ecx, 0FFFFFFFFh
;;   0x00f2: je 100h
;;   0x00f8: cdq
;;   0x00f9: idiv ecx
;;   0x00fb: jmp 102h
;;   0x0100: xor edx, edx
;;   0x0102: mov eax, edx
;;   0x0104: mov rsp, rbp
;;   0x0107: pop rbp
;;   0x0108: ret 10h
;;   0x010b: mov r11, [r14]
;;   0x010e: mov eax, 0Ah
;;   0x0113: mov rsp, [r11+8]
;;   0x0117: jmp qword ptr [r11+10h]
;;   0x011b: mov r11, [r14]
;;   0x011e: mov eax, 2
;;   0x0123: mov rsp, [r11+8]
;;   0x0127: jmp qword ptr [r11+10h]
;;   0x012b: mov r11, [r14]
;;   0x012e: mov eax, 3
;;   0x0133: mov rsp, [r11+8]
;;   0x0137: jmp qword ptr [r11+10h]
