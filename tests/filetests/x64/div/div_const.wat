;;! target = "x86_64"

;; Constant divisors are materialised into a register (no strength reduction).
(module
  (func (export "div_u_7") (param i32) (result i32) (i32.div_u (local.get 0) (i32.const 7)))
  (func (export "rem_s_neg1") (param i64) (result i64) (i64.rem_s (local.get 0) (i64.const -1)))
  (func (export "const_dividend") (param i32) (result i32) (i32.div_s (i32.const 100) (local.get 0))))
;; function 0 (div_u_7):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 40h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov ecx, 7
;;   0x002a: mov eax, [rbp+10h]
;;   0x002d: test ecx, ecx
;;   0x002f: je 50h
;;   0x0035: xor edx, edx
;;   0x0037: div ecx
;;   0x0039: mov rsp, rbp
;;   0x003c: pop rbp
;;   0x003d: ret 8
;;   0x0040: mov r11, [r14]
;;   0x0043: mov eax, 0Ah
;;   0x0048: mov rsp, [r11+8]
;;   0x004c: jmp qword ptr [r11+10h]
;;   0x0050: mov r11, [r14]
;;   0x0053: mov eax, 2
;;   0x0058: mov rsp, [r11+8]
;;   0x005c: jmp qword ptr [r11+10h]
;; function 1 (rem_s_neg1):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0B9h
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov rcx, 0FFFFFFFFFFFFFFFFh
;;   0x008c: mov rax, [rbp+10h]
;;   0x0090: test rcx, rcx
;;   0x0093: je 0C9h
;;   0x0099: cmp rcx, 0FFFFFFFFFFFFFFFFh
;;   0x009d: je 0ADh
;;   0x00a3: cqo
;;   0x00a5: idiv rcx
;;   0x00a8: jmp 0AFh
;;   0x00ad: xor edx, edx
;;   0x00af: mov rax, rdx
;;   0x00b2: mov rsp, rbp
;;   0x00b5: pop rbp
;;   0x00b6: ret 8
;;   0x00b9: mov r11, [r14]
;;   0x00bc: mov eax, 0Ah
;;   0x00c1: mov rsp, [r11+8]
;;   0x00c5: jmp qword ptr [r11+10h]
;;   0x00c9: mov r11, [r14]
;;   0x00cc: mov eax, 2
;;   0x00d1: mov rsp, [r11+8]
;;   0x00d5: jmp qword ptr [r11+10h]
;; function 2 (const_dividend):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 20h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 137h
;;   0x00fa: sub rsp, 20h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov ecx, [rbp+10h]
;;   0x0108: mov eax, 64h
;;   0x010d: test ecx, ecx
;;   0x010f: je 147h
;;   0x0115: cmp ecx, 0FFFFFFFFh
;;   0x0118: jne 12Dh
;;   0x011e: mov r11d, 80000000h
;;   0x0124: cmp eax, r11d
;;   0x0127: je 157h
;;   0x012d: cdq
;;   0x012e: idiv ecx
;;   0x0130: mov rsp, rbp
;;   0x0133: pop rbp
;;   0x0134: ret 8
;;   0x0137: mov r11, [r14]
;;   0x013a: mov eax, 0Ah
;;   0x013f: mov rsp, [r11+8]
;;   0x0143: jmp qword ptr [r11+10h]
;;   0x0147: mov r11, [r14]
;;   0x014a: mov eax, 2
;;   0x014f: mov rsp, [r11+8]
;;   0x0153: jmp qword ptr [r11+10h]
;;   0x0157: mov r11, [r14]
;;   0x015a: mov eax, 3
;;   0x015f: mov rsp, [r11+8]
;;   0x0163: jmp qword ptr [r11+10h]
