;;! target = "x86_64"

(module
  (func (export "div_s") (param i64 i64) (result i64) (i64.div_s (local.get 0) (local.get 1)))
  (func (export "div_u") (param i64 i64) (result i64) (i64.div_u (local.get 0) (local.get 1)))
  (func (export "rem_s") (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1)))
  (func (export "rem_u") (param i64 i64) (result i64) (i64.rem_u (local.get 0) (local.get 1))))
;; function 0 (div_s):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Fh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rcx, [rbp+18h]
;;   0x0029: mov rax, [rbp+10h]
;;   0x002d: test rcx, rcx
;;   0x0030: je 6Fh
;;   0x0036: cmp rcx, 0FFFFFFFFFFFFFFFFh
;;   0x003a: jne 53h
;;   0x0040: mov r11, 8000000000000000h
;;   0x004a: cmp rax, r11
;;   0x004d: je 7Fh
;;   0x0053: cqo
;;   0x0055: idiv rcx
;;   0x0058: mov rsp, rbp
;;   0x005b: pop rbp
;;   0x005c: ret 10h
;;   0x005f: mov r11, [r14]
;;   0x0062: mov eax, 0Ah
;;   0x0067: mov rsp, [r11+8]
;;   0x006b: jmp qword ptr [r11+10h]
;;   0x006f: mov r11, [r14]
;;   0x0072: mov eax, 2
;;   0x0077: mov rsp, [r11+8]
;;   0x007b: jmp qword ptr [r11+10h]
;;   0x007f: mov r11, [r14]
;;   0x0082: mov eax, 3
;;   0x0087: mov rsp, [r11+8]
;;   0x008b: jmp qword ptr [r11+10h]
;; function 1 (div_u):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 20h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0D2h
;;   0x00aa: sub rsp, 20h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov rcx, [rbp+18h]
;;   0x00b9: mov rax, [rbp+10h]
;;   0x00bd: test rcx, rcx
;;   0x00c0: je 0E2h
;;   0x00c6: xor edx, edx
;;   0x00c8: div rcx
;;   0x00cb: mov rsp, rbp
;;   0x00ce: pop rbp
;;   0x00cf: ret 10h
;;   0x00d2: mov r11, [r14]
;;   0x00d5: mov eax, 0Ah
;;   0x00da: mov rsp, [r11+8]
;;   0x00de: jmp qword ptr [r11+10h]
;;   0x00e2: mov r11, [r14]
;;   0x00e5: mov eax, 2
;;   0x00ea: mov rsp, [r11+8]
;;   0x00ee: jmp qword ptr [r11+10h]
;; function 2 (rem_s):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 156h
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov rcx, [rbp+18h]
;;   0x0129: mov rax, [rbp+10h]
;;   0x012d: test rcx, rcx
;;   0x0130: je 166h
;;   0x0136: cmp rcx, 0FFFFFFFFFFFFFFFFh
;;   0x013a: je 14Ah
;;   0x0140: cqo
;;   0x0142: idiv rcx
;;   0x0145: jmp 14Ch
;;   0x014a: xor edx, edx
;;   0x014c: mov rax, rdx
;;   0x014f: mov rsp, rbp
;;   0x0152: pop rbp
;;   0x0153: ret 10h
;;   0x0156: mov r11, [r14]
;;   0x0159: mov eax, 0Ah
;;   0x015e: mov rsp, [r11+8]
;;   0x0162: jmp qword ptr [r11+10h]
;;   0x0166: mov r11, [r14]
;;   0x0169: mov eax, 2
;;   0x016e: mov rsp, [r11+8]
;;   0x0172: jmp qword ptr [r11+10h]
;; function 3 (rem_u):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 20h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1C5h
;;   0x019a: sub rsp, 20h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov rcx, [rbp+18h]
;;   0x01a9: mov rax, [rbp+10h]
;;   0x01ad: test rcx, rcx
;;   0x01b0: je 1D5h
;;   0x01b6: xor edx, edx
;;   0x01b8: div rcx
;;   0x01bb: mov rax, rdx
;;   0x01be: mov rsp, rbp
;;   0x01c1: pop rbp
;;   0x01c2: ret 10h
;;   0x01c5: mov r11, [r14]
;;   0x01c8: mov eax, 0Ah
;;   0x01cd: mov rsp, [r11+8]
;;   0x01d1: jmp qword ptr [r11+10h]
;;   0x01d5: mov r11, [r14]
;;   0x01d8: mov eax, 2
;;   0x01dd: mov rsp, [r11+8]
;;   0x01e1: jmp qword ptr [r11+10h]
