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
;;   0x000a: add r11, 50h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 78h
;;   0x001a: sub rsp, 50h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, 1
;;   0x002b: mov ecx, [rbp+10h]
;;   0x002e: add ecx, 2
;;   0x0031: mov edx, [rbp+10h]
;;   0x0034: add edx, 3
;;   0x0037: mov ebx, [rbp+10h]
;;   0x003a: add ebx, 4
;;   0x003d: mov esi, [rbp+10h]
;;   0x0040: cmp esi, [rbp+18h]
;;   0x0043: setl sil
;;   0x0047: movzx esi, sil
;;   0x004b: mov edi, [rbp+18h]
;;   0x004e: test edi, edi
;;   0x0050: sete dil
;;   0x0054: movzx edi, dil
;;   0x0058: mov r8d, [rbp+18h]
;;   0x005c: add r8d, 5
;;   0x0060: movsx r8d, r8b
;;   0x0064: add edi, r8d
;;   0x0067: add esi, edi
;;   0x0069: add ebx, esi
;;   0x006b: add edx, ebx
;;   0x006d: add ecx, edx
;;   0x006f: add eax, ecx
;;   0x0071: mov rsp, rbp
;;   0x0074: pop rbp
;;   0x0075: ret 10h
;;   0x0078: ud2
;; function 1 (byte_regs64):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 50h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 101h
;;   0x009a: sub rsp, 50h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov rax, [rbp+10h]
;;   0x00a9: add rax, 1
;;   0x00ad: mov rcx, [rbp+10h]
;;   0x00b1: add rcx, 2
;;   0x00b5: mov rdx, [rbp+10h]
;;   0x00b9: add rdx, 3
;;   0x00bd: mov rbx, [rbp+10h]
;;   0x00c1: add rbx, 4
;;   0x00c5: mov rsi, [rbp+18h]
;;   0x00c9: movsx rsi, sil
;;   0x00cd: mov rdi, [rbp+18h]
;;   0x00d1: movsx rdi, di
;;   0x00d5: mov r8, [rbp+10h]
;;   0x00d9: cmp r8, [rbp+18h]
;;   0x00dd: setne r8b
;;   0x00e1: movzx r8d, r8b
;;   0x00e5: mov r8d, r8d
;;   0x00e8: add rdi, r8
;;   0x00eb: add rsi, rdi
;;   0x00ee: add rbx, rsi
;;   0x00f1: add rdx, rbx
;;   0x00f4: add rcx, rdx
;;   0x00f7: add rax, rcx
;;   0x00fa: mov rsp, rbp
;;   0x00fd: pop rbp
;;   0x00fe: ret 10h
;;   0x0101: ud2
