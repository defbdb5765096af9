;;! target = "x86_64"

;; Parameters are passed on the stack: parameter i at [rbp+16+8*i].
(module
  (func (export "sum") (param i32 i64 i32 i64 i32 i64 i32 i64) (result i64)
    (i64.add
      (i64.add
        (i64.add (i64.extend_i32_u (local.get 0)) (local.get 1))
        (i64.add (i64.extend_i32_u (local.get 2)) (local.get 3)))
      (i64.add
        (i64.add (i64.extend_i32_u (local.get 4)) (local.get 5))
        (i64.add (i64.extend_i32_u (local.get 6)) (local.get 7))))))
;; function 0 (sum):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 59h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: mov eax, eax
;;   0x002a: add rax, [rbp+18h]
;;   0x002e: mov ecx, [rbp+20h]
;;   0x0031: mov ecx, ecx
;;   0x0033: add rcx, [rbp+28h]
;;   0x0037: add rax, rcx
;;   0x003a: mov ecx, [rbp+30h]
;;   0x003d: mov ecx, ecx
;;   0x003f: add rcx, [rbp+38h]
;;   0x0043: mov edx, [rbp+40h]
;;   0x0046: mov edx, edx
;;   0x0048: add rdx, [rbp+48h]
;;   0x004c: add rcx, rdx
;;   0x004f: add rax, rcx
;;   0x0052: mov rsp, rbp
;;   0x0055: pop rbp
;;   0x0056: ret 40h
;;   0x0059: ud2
