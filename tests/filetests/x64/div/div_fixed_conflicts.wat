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
;;   0x0036: je 57h
;;   0x003c: xor edx, edx
;;   0x003e: div ecx
;;   0x0040: mov rsp, rbp
;;   0x0043: pop rbp
;;   0x0044: ret 10h
;;   0x0047: mov r11, [r14]
;;   0x004a: mov eax, 0Ah
;;   0x004f: mov rsp, [r11+8]
;;   0x0053: jmp qword ptr [r11+10h]
;;   0x0057: mov r11, [r14]
;;   0x005a: mov eax, 2
;;   0x005f: mov rsp, [r11+8]
;;   0x0063: jmp qword ptr [r11+10h]
;; function 1 (dividend_in_rdx):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0EDh
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov rax, [rbp+10h]
;;   0x0099: add rax, 1
;;   0x009d: mov rcx, [rbp+10h]
;;   0x00a1: add rcx, 2
;;   0x00a5: mov rdx, [rbp+10h]
;;   0x00a9: add rdx, [rbp+18h]
;;   0x00ad: mov [rbp-10h], rax
;;   0x00b1: mov [rbp-20h], rdx
;;   0x00b5: mov rbx, [rbp+18h]
;;   0x00b9: mov rax, [rbp-20h]
;;   0x00bd: test rbx, rbx
;;   0x00c0: je 0FDh
;;   0x00c6: cmp rbx, 0FFFFFFFFFFFFFFFFh
;;   0x00ca: je 0DAh
;;   0x00d0: cqo
;;   0x00d2: idiv rbx
;;   0x00d5: jmp 0DCh
;;   0x00da: xor edx, edx
;;   0x00dc: add rcx, rdx
;;   0x00df: mov rax, [rbp-10h]
;;   0x00e3: add rax, rcx
;;   0x00e6: mov rsp, rbp
;;   0x00e9: pop rbp
;;   0x00ea: ret 10h
;;   0x00ed: mov r11, [r14]
;;   0x00f0: mov eax, 0Ah
;;   0x00f5: mov rsp, [r11+8]
;;   0x00f9: jmp qword ptr [r11+10h]
;;   0x00fd: mov r11, [r14]
;;   0x0100: mov eax, 2
;;   0x0105: mov rsp, [r11+8]
;;   0x0109: jmp qword ptr [r11+10h]
