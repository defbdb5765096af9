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
;;   0x002d: je 65h
;;   0x0033: cmp ecx, 0FFFFFFFFh
;;   0x0036: jne 4Bh
;;   0x003c: mov r11d, 80000000h
;;   0x0042: cmp eax, r11d
;;   0x0045: je 75h
;;   0x004b: cdq
;;   0x004c: idiv ecx
;;   0x004e: mov rsp, rbp
;;   0x0051: pop rbp
;;   0x0052: ret 10h
;;   0x0055: mov r11, [r14]
;;   0x0058: mov eax, 0Ah
;;   0x005d: mov rsp, [r11+8]
;;   0x0061: jmp qword ptr [r11+10h]
;;   0x0065: mov r11, [r14]
;;   0x0068: mov eax, 2
;;   0x006d: mov rsp, [r11+8]
;;   0x0071: jmp qword ptr [r11+10h]
;;   0x0075: mov r11, [r14]
;;   0x0078: mov eax, 3
;;   0x007d: mov rsp, [r11+8]
;;   0x0081: jmp qword ptr [r11+10h]
;; function 1 (div_u):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 20h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0CEh
;;   0x00aa: sub rsp, 20h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov ecx, [rbp+18h]
;;   0x00b8: mov eax, [rbp+10h]
;;   0x00bb: test ecx, ecx
;;   0x00bd: je 0DEh
;;   0x00c3: xor edx, edx
;;   0x00c5: div ecx
;;   0x00c7: mov rsp, rbp
;;   0x00ca: pop rbp
;;   0x00cb: ret 10h
;;   0x00ce: mov r11, [r14]
;;   0x00d1: mov eax, 0Ah
;;   0x00d6: mov rsp, [r11+8]
;;   0x00da: jmp qword ptr [r11+10h]
;;   0x00de: mov r11, [r14]
;;   0x00e1: mov eax, 2
;;   0x00e6: mov rsp, [r11+8]
;;   0x00ea: jmp qword ptr [r11+10h]
;; function 2 (rem_s):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 13Fh
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov ecx, [rbp+18h]
;;   0x0118: mov eax, [rbp+10h]
;;   0x011b: test ecx, ecx
;;   0x011d: je 14Fh
;;   0x0123: cmp ecx, 0FFFFFFFFh
;;   0x0126: je 134h
;;   0x012c: cdq
;;   0x012d: idiv ecx
;;   0x012f: jmp 136h
;;   0x0134: xor edx, edx
;;   0x0136: mov eax, edx
;;   0x0138: mov rsp, rbp
;;   0x013b: pop rbp
;;   0x013c: ret 10h
;;   0x013f: mov r11, [r14]
;;   0x0142: mov eax, 0Ah
;;   0x0147: mov rsp, [r11+8]
;;   0x014b: jmp qword ptr [r11+10h]
;;   0x014f: mov r11, [r14]
;;   0x0152: mov eax, 2
;;   0x0157: mov rsp, [r11+8]
;;   0x015b: jmp qword ptr [r11+10h]
;; function 3 (rem_u):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 20h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1A0h
;;   0x017a: sub rsp, 20h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov ecx, [rbp+18h]
;;   0x0188: mov eax, [rbp+10h]
;;   0x018b: test ecx, ecx
;;   0x018d: je 1B0h
;;   0x0193: xor edx, edx
;;   0x0195: div ecx
;;   0x0197: mov eax, edx
;;   0x0199: mov rsp, rbp
;;   0x019c: pop rbp
;;   0x019d: ret 10h
;;   0x01a0: mov r11, [r14]
;;   0x01a3: mov eax, 0Ah
;;   0x01a8: mov rsp, [r11+8]
;;   0x01ac: jmp qword ptr [r11+10h]
;;   0x01b0: mov r11, [r14]
;;   0x01b3: mov eax, 2
;;   0x01b8: mov rsp, [r11+8]
;;   0x01bc: jmp qword ptr [r11+10h]
