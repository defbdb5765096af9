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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 75h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov rbx, [rbp+10h]
;;   0x0031: mov r12, [rbp+18h]
;;   0x0035: mov rcx, r12
;;   0x0038: mov rax, rbx
;;   0x003b: test rcx, rcx
;;   0x003e: je 77h
;;   0x0044: cmp rcx, 0FFFFFFFFFFFFFFFFh
;;   0x0048: jne 61h
;;   0x004e: mov r11, 8000000000000000h
;;   0x0058: cmp rax, r11
;;   0x005b: je 79h
;;   0x0061: cqo
;;   0x0063: idiv rcx
;;   0x0066: mov rbx, [rbp-10h]
;;   0x006a: mov r12, [rbp-18h]
;;   0x006e: mov rsp, rbp
;;   0x0071: pop rbp
;;   0x0072: ret 10h
;;   0x0075: ud2
;;   0x0077: ud2
;;   0x0079: ud2
;; function 1 (div_u):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0D8h
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov [rbp-18h], r12
;;   0x00ad: mov rbx, [rbp+10h]
;;   0x00b1: mov r12, [rbp+18h]
;;   0x00b5: mov rcx, r12
;;   0x00b8: mov rax, rbx
;;   0x00bb: test rcx, rcx
;;   0x00be: je 0DAh
;;   0x00c4: xor edx, edx
;;   0x00c6: div rcx
;;   0x00c9: mov rbx, [rbp-10h]
;;   0x00cd: mov r12, [rbp-18h]
;;   0x00d1: mov rsp, rbp
;;   0x00d4: pop rbp
;;   0x00d5: ret 10h
;;   0x00d8: ud2
;;   0x00da: ud2
;; function 2 (rem_s):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 14Ch
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov [rbp-18h], r12
;;   0x010d: mov rbx, [rbp+10h]
;;   0x0111: mov r12, [rbp+18h]
;;   0x0115: mov rcx, r12
;;   0x0118: mov rax, rbx
;;   0x011b: test rcx, rcx
;;   0x011e: je 14Eh
;;   0x0124: cmp rcx, 0FFFFFFFFFFFFFFFFh
;;   0x0128: je 138h
;;   0x012e: cqo
;;   0x0130: idiv rcx
;;   0x0133: jmp 13Ah
;;   0x0138: xor edx, edx
;;   0x013a: mov rax, rdx
;;   0x013d: mov rbx, [rbp-10h]
;;   0x0141: mov r12, [rbp-18h]
;;   0x0145: mov rsp, rbp
;;   0x0148: pop rbp
;;   0x0149: ret 10h
;;   0x014c: ud2
;;   0x014e: ud2
;; function 3 (rem_u):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1ABh
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov [rbp-18h], r12
;;   0x017d: mov rbx, [rbp+10h]
;;   0x0181: mov r12, [rbp+18h]
;;   0x0185: mov rcx, r12
;;   0x0188: mov rax, rbx
;;   0x018b: test rcx, rcx
;;   0x018e: je 1ADh
;;   0x0194: xor edx, edx
;;   0x0196: div rcx
;;   0x0199: mov rax, rdx
;;   0x019c: mov rbx, [rbp-10h]
;;   0x01a0: mov r12, [rbp-18h]
;;   0x01a4: mov rsp, rbp
;;   0x01a7: pop rbp
;;   0x01a8: ret 10h
;;   0x01ab: ud2
;;   0x01ad: ud2
