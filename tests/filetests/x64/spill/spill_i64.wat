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
;;   0x0014: jb 0CFh
;;   0x001a: sub rsp, 90h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: imul rax, rbx, 1
;;   0x0031: imul rcx, rbx, 2
;;   0x0035: imul rdx, rbx, 3
;;   0x0039: imul rsi, rbx, 4
;;   0x003d: imul rdi, rbx, 5
;;   0x0041: imul r8, rbx, 6
;;   0x0045: imul r9, rbx, 7
;;   0x0049: imul r10, rbx, 8
;;   0x004d: mov [rbp-28h], rax
;;   0x0051: imul rax, rbx, 9
;;   0x0055: mov [rbp-30h], rcx
;;   0x0059: imul rcx, rbx, 0Ah
;;   0x005d: mov [rbp-38h], rdx
;;   0x0061: imul rdx, rbx, 0Bh
;;   0x0065: mov [rbp-40h], rsi
;;   0x0069: imul rsi, rbx, 0Ch
;;   0x006d: mov [rbp-48h], rdi
;;   0x0071: mov rdi, 123456789h
;;   0x007b: mov [rbp-50h], r8
;;   0x007f: mov r8, rbx
;;   0x0082: xor r8, rdi
;;   0x0085: sub rsi, r8
;;   0x0088: sub rdx, rsi
;;   0x008b: sub rcx, rdx
;;   0x008e: sub rax, rcx
;;   0x0091: sub r10, rax
;;   0x0094: sub r9, r10
;;   0x0097: mov rax, [rbp-50h]
;;   0x009b: sub rax, r9
;;   0x009e: mov rcx, [rbp-48h]
;;   0x00a2: sub rcx, rax
;;   0x00a5: mov rax, [rbp-40h]
;;   0x00a9: sub rax, rcx
;;   0x00ac: mov rcx, [rbp-38h]
;;   0x00b0: sub rcx, rax
;;   0x00b3: mov rax, [rbp-30h]
;;   0x00b7: sub rax, rcx
;;   0x00ba: mov rcx, [rbp-28h]
;;   0x00be: sub rcx, rax
;;   0x00c1: mov rax, rcx
;;   0x00c4: mov rbx, [rbp-10h]
;;   0x00c8: mov rsp, rbp
;;   0x00cb: pop rbp
;;   0x00cc: ret 8
;;   0x00cf: ud2
