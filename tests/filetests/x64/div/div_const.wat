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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Ah
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov ecx, 7
;;   0x0031: mov eax, ebx
;;   0x0033: test ecx, ecx
;;   0x0035: je 4Ch
;;   0x003b: xor edx, edx
;;   0x003d: div ecx
;;   0x003f: mov rbx, [rbp-10h]
;;   0x0043: mov rsp, rbp
;;   0x0046: pop rbp
;;   0x0047: ret 8
;;   0x004a: ud2
;;   0x004c: ud2
;; function 1 (rem_s_neg1):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 0B4h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov rbx, [rbp+10h]
;;   0x007d: mov rcx, 0FFFFFFFFFFFFFFFFh
;;   0x0084: mov rax, rbx
;;   0x0087: test rcx, rcx
;;   0x008a: je 0B6h
;;   0x0090: cmp rcx, 0FFFFFFFFFFFFFFFFh
;;   0x0094: je 0A4h
;;   0x009a: cqo
;;   0x009c: idiv rcx
;;   0x009f: jmp 0A6h
;;   0x00a4: xor edx, edx
;;   0x00a6: mov rax, rdx
;;   0x00a9: mov rbx, [rbp-10h]
;;   0x00ad: mov rsp, rbp
;;   0x00b0: pop rbp
;;   0x00b1: ret 8
;;   0x00b4: ud2
;;   0x00b6: ud2
;; function 2 (const_dividend):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 121h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov ebx, [rbp+10h]
;;   0x00ec: mov ecx, ebx
;;   0x00ee: mov eax, 64h
;;   0x00f3: test ecx, ecx
;;   0x00f5: je 123h
;;   0x00fb: cmp ecx, 0FFFFFFFFh
;;   0x00fe: jne 113h
;;   0x0104: mov r11d, 80000000h
;;   0x010a: cmp eax, r11d
;;   0x010d: je 125h
;;   0x0113: cdq
;;   0x0114: idiv ecx
;;   0x0116: mov rbx, [rbp-10h]
;;   0x011a: mov rsp, rbp
;;   0x011d: pop rbp
;;   0x011e: ret 8
;;   0x0121: ud2
;;   0x0123: ud2
;;   0x0125: ud2
