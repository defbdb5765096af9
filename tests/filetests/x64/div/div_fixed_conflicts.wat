;;! target = "x86_64"

;; The divisor is computed into rax, or the dividend into rdx.
(module
  (func (export "divisor_in_rax") (param i32 i32) (result i32)
    (i32.div_u (local.get 0) (i32.add (local.get 1) (i32.const 1))))
  (func (export "dividend_in_rdx") (param i64 i64) (result i64)
    (i64.add (local.get 0) (i64.const 1))            ;; rax
    (i64.add (local.get 0) (i64.const 2))            ;; rcx
    (i64.rem_s (i64.add (local.get 0) (local.get 1)) ;; rdx
               (local.get 1))
    i64.add
    i64.add))
;; function 0 (divisor_in_rax):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 47h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+18h]
;;   0x0028: add eax, 1
;;   0x002b: mov [rbp-18h], eax
;;   0x002e: mov ecx, [rbp-18h]
;;   0x0031: mov eax, [rbp+10h]
;;   0x0034: test ecx, ecx
;;   0x0036: je 49h
;;   0x003c: xor edx, edx
;;   0x003e: div ecx
;;   0x0040: mov rsp, rbp
;;   0x0043: pop rbp
;;   0x0044: ret 10h
;;   0x0047: ud2
;;   0x0049: ud2
;; function 1 (dividend_in_rdx):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 0CDh
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, [rbp+10h]
;;   0x0079: add rax, 1
;;   0x007d: mov rcx, [rbp+10h]
;;   0x0081: add rcx, 2
;;   0x0085: mov rdx, [rbp+10h]
;;   0x0089: add rdx, [rbp+18h]
;;   0x008d: mov [rbp-10h], rax
;;   0x0091: mov [rbp-20h], rdx
;;   0x0095: mov rbx, [rbp+18h]
;;   0x0099: mov rax, [rbp-20h]
;;   0x009d: test rbx, rbx
;;   0x00a0: je 0CFh
;;   0x00a6: cmp rbx, 0FFFFFFFFFFFFFFFFh
;;   0x00aa: je 0BAh
;;   0x00b0: cqo
;;   0x00b2: idiv rbx
;;   0x00b5: jmp 0BCh
;;   0x00ba: xor edx, edx
;;   0x00bc: add rcx, rdx
;;   0x00bf: mov rax, [rbp-10h]
;;   0x00c3: add rax, rcx
;;   0x00c6: mov rsp, rbp
;;   0x00c9: pop rbp
;;   0x00ca: ret 10h
;;   0x00cd: ud2
;;   0x00cf: ud2
