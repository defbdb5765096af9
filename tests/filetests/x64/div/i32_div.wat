;;! target = "x86_64"

;; Division: dividend in eax, rdx clobbered, a zero-divisor trap, and the
;; signed cases guard INT_MIN / -1.
(module
  (func (export "div_s") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func (export "div_u") (param i32 i32) (result i32) (i32.div_u (local.get 0) (local.get 1)))
  (func (export "rem_s") (param i32 i32) (result i32) (i32.rem_s (local.get 0) (local.get 1)))
  (func (export "rem_u") (param i32 i32) (result i32) (i32.rem_u (local.get 0) (local.get 1))))
;; function 0 (div_s):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Bh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov ecx, r12d
;;   0x0037: mov eax, ebx
;;   0x0039: test ecx, ecx
;;   0x003b: je 6Dh
;;   0x0041: cmp ecx, 0FFFFFFFFh
;;   0x0044: jne 59h
;;   0x004a: mov r11d, 80000000h
;;   0x0050: cmp eax, r11d
;;   0x0053: je 6Fh
;;   0x0059: cdq
;;   0x005a: idiv ecx
;;   0x005c: mov rbx, [rbp-10h]
;;   0x0060: mov r12, [rbp-18h]
;;   0x0064: mov rsp, rbp
;;   0x0067: pop rbp
;;   0x0068: ret 10h
;;   0x006b: ud2
;;   0x006d: ud2
;;   0x006f: ud2
;; function 1 (div_u):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0D4h
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov [rbp-18h], r12
;;   0x00ad: mov ebx, [rbp+10h]
;;   0x00b0: mov r12d, [rbp+18h]
;;   0x00b4: mov ecx, r12d
;;   0x00b7: mov eax, ebx
;;   0x00b9: test ecx, ecx
;;   0x00bb: je 0D6h
;;   0x00c1: xor edx, edx
;;   0x00c3: div ecx
;;   0x00c5: mov rbx, [rbp-10h]
;;   0x00c9: mov r12, [rbp-18h]
;;   0x00cd: mov rsp, rbp
;;   0x00d0: pop rbp
;;   0x00d1: ret 10h
;;   0x00d4: ud2
;;   0x00d6: ud2
;; function 2 (rem_s):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 145h
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov [rbp-18h], r12
;;   0x010d: mov ebx, [rbp+10h]
;;   0x0110: mov r12d, [rbp+18h]
;;   0x0114: mov ecx, r12d
;;   0x0117: mov eax, ebx
;;   0x0119: test ecx, ecx
;;   0x011b: je 147h
;;   0x0121: cmp ecx, 0FFFFFFFFh
;;   0x0124: je 132h
;;   0x012a: cdq
;;   0x012b: idiv ecx
;;   0x012d: jmp 134h
;;   0x0132: xor edx, edx
;;   0x0134: mov eax, edx
;;   0x0136: mov rbx, [rbp-10h]
;;   0x013a: mov r12, [rbp-18h]
;;   0x013e: mov rsp, rbp
;;   0x0141: pop rbp
;;   0x0142: ret 10h
;;   0x0145: ud2
;;   0x0147: ud2
;; function 3 (rem_u):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1A6h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov [rbp-18h], r12
;;   0x017d: mov ebx, [rbp+10h]
;;   0x0180: mov r12d, [rbp+18h]
;;   0x0184: mov ecx, r12d
;;   0x0187: mov eax, ebx
;;   0x0189: test ecx, ecx
;;   0x018b: je 1A8h
;;   0x0191: xor edx, edx
;;   0x0193: div ecx
;;   0x0195: mov eax, edx
;;   0x0197: mov rbx, [rbp-10h]
;;   0x019b: mov r12, [rbp-18h]
;;   0x019f: mov rsp, rbp
;;   0x01a2: pop rbp
;;   0x01a3: ret 10h
;;   0x01a6: ud2
;;   0x01a8: ud2
