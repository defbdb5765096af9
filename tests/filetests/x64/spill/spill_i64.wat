;;! target = "x86_64"

;; 13 live i64 values, the last built from a constant that needs movabs
;; (one more register): two values go to their 8-byte slots and are
;; reloaded at the end.
(module
  (func (export "many64") (param i64) (result i64)
    (i64.mul (local.get 0) (i64.const 1))
    (i64.mul (local.get 0) (i64.const 2))
    (i64.mul (local.get 0) (i64.const 3))
    (i64.mul (local.get 0) (i64.const 4))
    (i64.mul (local.get 0) (i64.const 5))
    (i64.mul (local.get 0) (i64.const 6))
    (i64.mul (local.get 0) (i64.const 7))
    (i64.mul (local.get 0) (i64.const 8))
    (i64.mul (local.get 0) (i64.const 9))
    (i64.mul (local.get 0) (i64.const 10))
    (i64.mul (local.get 0) (i64.const 11))
    (i64.mul (local.get 0) (i64.const 12))
    (i64.xor (local.get 0) (i64.const 0x123456789))
    i64.sub i64.sub i64.sub i64.sub i64.sub i64.sub
    i64.sub i64.sub i64.sub i64.sub i64.sub i64.sub))
;; function 0 (many64):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 80h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 0D9h
;;   0x001a: sub rsp, 80h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+10h]
;;   0x0029: imul rax, 1
;;   0x002d: mov rcx, [rbp+10h]
;;   0x0031: imul rcx, 2
;;   0x0035: mov rdx, [rbp+10h]
;;   0x0039: imul rdx, 3
;;   0x003d: mov rbx, [rbp+10h]
;;   0x0041: imul rbx, 4
;;   0x0045: mov rsi, [rbp+10h]
;;   0x0049: imul rsi, 5
;;   0x004d: mov rdi, [rbp+10h]
;;   0x0051: imul rdi, 6
;;   0x0055: mov r8, [rbp+10h]
;;   0x0059: imul r8, 7
;;   0x005d: mov r9, [rbp+10h]
;;   0x0061: imul r9, 8
;;   0x0065: mov r10, [rbp+10h]
;;   0x0069: imul r10, 9
;;   0x006d: mov r12, [rbp+10h]
;;   0x0071: imul r12, 0Ah
;;   0x0075: mov r13, [rbp+10h]
;;   0x0079: imul r13, 0Bh
;;   0x007d: mov [rbp-10h], rax
;;   0x0081: mov rax, [rbp+10h]
;;   0x0085: imul rax, 0Ch
;;   0x0089: mov [rbp-18h], rcx
;;   0x008d: mov rcx, 123456789h
;;   0x0097: mov [rbp-20h], rdx
;;   0x009b: mov rdx, [rbp+10h]
;;   0x009f: xor rdx, rcx
;;   0x00a2: sub rax, rdx
;;   0x00a5: sub r13, rax
;;   0x00a8: sub r12, r13
;;   0x00ab: sub r10, r12
;;   0x00ae: sub r9, r10
;;   0x00b1: sub r8, r9
;;   0x00b4: sub rdi, r8
;;   0x00b7: sub rsi, rdi
;;   0x00ba: sub rbx, rsi
;;   0x00bd: mov rax, [rbp-20h]
;;   0x00c1: sub rax, rbx
;;   0x00c4: mov rcx, [rbp-18h]
;;   0x00c8: sub rcx, rax
;;   0x00cb: mov rax, [rbp-10h]
;;   0x00cf: sub rax, rcx
;;   0x00d2: mov rsp, rbp
;;   0x00d5: pop rbp
;;   0x00d6: ret 8
;;   0x00d9: ud2
