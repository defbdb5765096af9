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
;;   0x000a: add r11, 90h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 0F3h
;;   0x001a: sub rsp, 90h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: mov rax, rbx
;;   0x0030: imul rax, 1
;;   0x0034: mov rcx, rbx
;;   0x0037: imul rcx, 2
;;   0x003b: mov rdx, rbx
;;   0x003e: imul rdx, 3
;;   0x0042: mov rsi, rbx
;;   0x0045: imul rsi, 4
;;   0x0049: mov rdi, rbx
;;   0x004c: imul rdi, 5
;;   0x0050: mov r8, rbx
;;   0x0053: imul r8, 6
;;   0x0057: mov r9, rbx
;;   0x005a: imul r9, 7
;;   0x005e: mov r10, rbx
;;   0x0061: imul r10, 8
;;   0x0065: mov [rbp-28h], rax
;;   0x0069: mov rax, rbx
;;   0x006c: imul rax, 9
;;   0x0070: mov [rbp-30h], rcx
;;   0x0074: mov rcx, rbx
;;   0x0077: imul rcx, 0Ah
;;   0x007b: mov [rbp-38h], rdx
;;   0x007f: mov rdx, rbx
;;   0x0082: imul rdx, 0Bh
;;   0x0086: mov [rbp-40h], rsi
;;   0x008a: mov rsi, rbx
;;   0x008d: imul rsi, 0Ch
;;   0x0091: mov [rbp-48h], rdi
;;   0x0095: mov rdi, 123456789h
;;   0x009f: mov [rbp-50h], r8
;;   0x00a3: mov r8, rbx
;;   0x00a6: xor r8, rdi
;;   0x00a9: sub rsi, r8
;;   0x00ac: sub rdx, rsi
;;   0x00af: sub rcx, rdx
;;   0x00b2: sub rax, rcx
;;   0x00b5: sub r10, rax
;;   0x00b8: sub r9, r10
;;   0x00bb: mov rax, [rbp-50h]
;;   0x00bf: sub rax, r9
;;   0x00c2: mov rcx, [rbp-48h]
;;   0x00c6: sub rcx, rax
;;   0x00c9: mov rax, [rbp-40h]
;;   0x00cd: sub rax, rcx
;;   0x00d0: mov rcx, [rbp-38h]
;;   0x00d4: sub rcx, rax
;;   0x00d7: mov rax, [rbp-30h]
;;   0x00db: sub rax, rcx
;;   0x00de: mov rcx, [rbp-28h]
;;   0x00e2: sub rcx, rax
;;   0x00e5: mov rax, rcx
;;   0x00e8: mov rbx, [rbp-10h]
;;   0x00ec: mov rsp, rbp
;;   0x00ef: pop rbp
;;   0x00f0: ret 8
;;   0x00f3: ud2
