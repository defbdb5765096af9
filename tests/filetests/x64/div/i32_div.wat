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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 55h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov ecx, [rbp+18h]
;;   0x0028: mov eax, [rbp+10h]
;;   0x002b: test ecx, ecx
;;   0x002d: je 57h
;;   0x0033: cmp ecx, 0FFFFFFFFh
;;   0x0036: jne 4Bh
;;   0x003c: mov r11d, 80000000h
;;   0x0042: cmp eax, r11d
;;   0x0045: je 59h
;;   0x004b: cdq
;;   0x004c: idiv ecx
;;   0x004e: mov rsp, rbp
;;   0x0051: pop rbp
;;   0x0052: ret 10h
;;   0x0055: ud2
;;   0x0057: ud2
;;   0x0059: ud2
;; function 1 (div_u):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 9Eh
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov ecx, [rbp+18h]
;;   0x0088: mov eax, [rbp+10h]
;;   0x008b: test ecx, ecx
;;   0x008d: je 0A0h
;;   0x0093: xor edx, edx
;;   0x0095: div ecx
;;   0x0097: mov rsp, rbp
;;   0x009a: pop rbp
;;   0x009b: ret 10h
;;   0x009e: ud2
;;   0x00a0: ud2
;; function 2 (rem_s):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 20h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0FFh
;;   0x00ca: sub rsp, 20h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov ecx, [rbp+18h]
;;   0x00d8: mov eax, [rbp+10h]
;;   0x00db: test ecx, ecx
;;   0x00dd: je 101h
;;   0x00e3: cmp ecx, 0FFFFFFFFh
;;   0x00e6: je 0F4h
;;   0x00ec: cdq
;;   0x00ed: idiv ecx
;;   0x00ef: jmp 0F6h
;;   0x00f4: xor edx, edx
;;   0x00f6: mov eax, edx
;;   0x00f8: mov rsp, rbp
;;   0x00fb: pop rbp
;;   0x00fc: ret 10h
;;   0x00ff: ud2
;;   0x0101: ud2
;; function 3 (rem_u):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 20h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 150h
;;   0x012a: sub rsp, 20h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov ecx, [rbp+18h]
;;   0x0138: mov eax, [rbp+10h]
;;   0x013b: test ecx, ecx
;;   0x013d: je 152h
;;   0x0143: xor edx, edx
;;   0x0145: div ecx
;;   0x0147: mov eax, edx
;;   0x0149: mov rsp, rbp
;;   0x014c: pop rbp
;;   0x014d: ret 10h
;;   0x0150: ud2
;;   0x0152: ud2
