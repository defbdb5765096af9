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
;;   0x002f: je 42h
;;   0x0035: xor edx, edx
;;   0x0037: div ecx
;;   0x0039: mov rsp, rbp
;;   0x003c: pop rbp
;;   0x003d: ret 8
;;   0x0040: ud2
;;   0x0042: ud2
;; function 1 (rem_s_neg1):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 0A9h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rcx, 0FFFFFFFFFFFFFFFFh
;;   0x007c: mov rax, [rbp+10h]
;;   0x0080: test rcx, rcx
;;   0x0083: je 0ABh
;;   0x0089: cmp rcx, 0FFFFFFFFFFFFFFFFh
;;   0x008d: je 9Dh
;;   0x0093: cqo
;;   0x0095: idiv rcx
;;   0x0098: jmp 9Fh
;;   0x009d: xor edx, edx
;;   0x009f: mov rax, rdx
;;   0x00a2: mov rsp, rbp
;;   0x00a5: pop rbp
;;   0x00a6: ret 8
;;   0x00a9: ud2
;;   0x00ab: ud2
;; function 2 (const_dividend):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 20h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 107h
;;   0x00ca: sub rsp, 20h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov ecx, [rbp+10h]
;;   0x00d8: mov eax, 64h
;;   0x00dd: test ecx, ecx
;;   0x00df: je 109h
;;   0x00e5: cmp ecx, 0FFFFFFFFh
;;   0x00e8: jne 0FDh
;;   0x00ee: mov r11d, 80000000h
;;   0x00f4: cmp eax, r11d
;;   0x00f7: je 10Bh
;;   0x00fd: cdq
;;   0x00fe: idiv ecx
;;   0x0100: mov rsp, rbp
;;   0x0103: pop rbp
;;   0x0104: ret 8
;;   0x0107: ud2
;;   0x0109: ud2
;;   0x010b: ud2
