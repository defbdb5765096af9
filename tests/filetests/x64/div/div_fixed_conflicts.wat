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
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Dh
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov eax, r12d
;;   0x0037: add eax, 1
;;   0x003a: mov [rbp-30h], eax
;;   0x003d: mov ecx, [rbp-30h]
;;   0x0040: mov eax, ebx
;;   0x0042: test ecx, ecx
;;   0x0044: je 5Fh
;;   0x004a: xor edx, edx
;;   0x004c: div ecx
;;   0x004e: mov rbx, [rbp-10h]
;;   0x0052: mov r12, [rbp-18h]
;;   0x0056: mov rsp, rbp
;;   0x0059: pop rbp
;;   0x005a: ret 10h
;;   0x005d: ud2
;;   0x005f: ud2
;; function 1 (dividend_in_rdx):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 40h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 100h
;;   0x008a: sub rsp, 40h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov [rbp-18h], r12
;;   0x009d: mov rbx, [rbp+10h]
;;   0x00a1: mov r12, [rbp+18h]
;;   0x00a5: mov rax, rbx
;;   0x00a8: add rax, 1
;;   0x00ac: mov rcx, rbx
;;   0x00af: add rcx, 2
;;   0x00b3: mov rdx, rbx
;;   0x00b6: add rdx, r12
;;   0x00b9: mov [rbp-28h], rax
;;   0x00bd: mov [rbp-38h], rdx
;;   0x00c1: mov rsi, r12
;;   0x00c4: mov rax, [rbp-38h]
;;   0x00c8: test rsi, rsi
;;   0x00cb: je 102h
;;   0x00d1: cmp rsi, 0FFFFFFFFFFFFFFFFh
;;   0x00d5: je 0E5h
;;   0x00db: cqo
;;   0x00dd: idiv rsi
;;   0x00e0: jmp 0E7h
;;   0x00e5: xor edx, edx
;;   0x00e7: add rcx, rdx
;;   0x00ea: mov rax, [rbp-28h]
;;   0x00ee: add rax, rcx
;;   0x00f1: mov rbx, [rbp-10h]
;;   0x00f5: mov r12, [rbp-18h]
;;   0x00f9: mov rsp, rbp
;;   0x00fc: pop rbp
;;   0x00fd: ret 10h
;;   0x0100: ud2
;;   0x0102: ud2
