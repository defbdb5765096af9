;;! target = "x86_64"

;; setcc and 8-bit extensions of values in rsi, rdi and r8 need a REX prefix
;; (sil, dil, r8b rather than dh, bh).
(module
  (func (export "byte_regs") (param i32 i32) (result i32)
    (i32.add (local.get 0) (i32.const 1))   ;; eax
    (i32.add (local.get 0) (i32.const 2))   ;; ecx
    (i32.add (local.get 0) (i32.const 3))   ;; edx
    (i32.add (local.get 0) (i32.const 4))   ;; ebx
    (i32.lt_s (local.get 0) (local.get 1))  ;; esi
    (i32.eqz (local.get 1))                 ;; edi
    (i32.extend8_s (i32.add (local.get 1) (i32.const 5)))  ;; r8d
    i32.add i32.add i32.add i32.add i32.add i32.add)
  (func (export "byte_regs64") (param i64 i64) (result i64)
    (i64.add (local.get 0) (i64.const 1))   ;; rax
    (i64.add (local.get 0) (i64.const 2))   ;; rcx
    (i64.add (local.get 0) (i64.const 3))   ;; rdx
    (i64.add (local.get 0) (i64.const 4))   ;; rbx
    (i64.extend8_s (local.get 1))           ;; rsi
    (i64.extend16_s (local.get 1))          ;; rdi
    (i64.extend_i32_u (i64.ne (local.get 0) (local.get 1)))  ;; r8
    i64.add i64.add i64.add i64.add i64.add i64.add))
;; function 0 (byte_regs):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 60h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 86h
;;   0x001a: sub rsp, 60h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov eax, ebx
;;   0x0036: add eax, 1
;;   0x0039: mov ecx, ebx
;;   0x003b: add ecx, 2
;;   0x003e: mov edx, ebx
;;   0x0040: add edx, 3
;;   0x0043: mov esi, ebx
;;   0x0045: add esi, 4
;;   0x0048: cmp ebx, r12d
;;   0x004b: setl dil
;;   0x004f: movzx edi, dil
;;   0x0053: test r12d, r12d
;;   0x0056: sete r8b
;;   0x005a: movzx r8d, r8b
;;   0x005e: mov r9d, r12d
;;   0x0061: add r9d, 5
;;   0x0065: movsx r9d, r9b
;;   0x0069: add r8d, r9d
;;   0x006c: add edi, r8d
;;   0x006f: add esi, edi
;;   0x0071: add edx, esi
;;   0x0073: add ecx, edx
;;   0x0075: add eax, ecx
;;   0x0077: mov rbx, [rbp-10h]
;;   0x007b: mov r12, [rbp-18h]
;;   0x007f: mov rsp, rbp
;;   0x0082: pop rbp
;;   0x0083: ret 10h
;;   0x0086: ud2
;; function 1 (byte_regs64):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 60h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 118h
;;   0x00aa: sub rsp, 60h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov [rbp-10h], rbx
;;   0x00b9: mov [rbp-18h], r12
;;   0x00bd: mov rbx, [rbp+10h]
;;   0x00c1: mov r12, [rbp+18h]
;;   0x00c5: mov rax, rbx
;;   0x00c8: add rax, 1
;;   0x00cc: mov rcx, rbx
;;   0x00cf: add rcx, 2
;;   0x00d3: mov rdx, rbx
;;   0x00d6: add rdx, 3
;;   0x00da: mov rsi, rbx
;;   0x00dd: add rsi, 4
;;   0x00e1: movsx rdi, r12b
;;   0x00e5: movsx r8, r12w
;;   0x00e9: cmp rbx, r12
;;   0x00ec: setne r9b
;;   0x00f0: movzx r9d, r9b
;;   0x00f4: mov r9d, r9d
;;   0x00f7: add r8, r9
;;   0x00fa: add rdi, r8
;;   0x00fd: add rsi, rdi
;;   0x0100: add rdx, rsi
;;   0x0103: add rcx, rdx
;;   0x0106: add rax, rcx
;;   0x0109: mov rbx, [rbp-10h]
;;   0x010d: mov r12, [rbp-18h]
;;   0x0111: mov rsp, rbp
;;   0x0114: pop rbp
;;   0x0115: ret 10h
;;   0x0118: ud2
