;;! target = "x86_64"

;; Loop inside a block with a conditional exit: iterative factorial.
(module
  (func (export "fact") (param i64) (result i64)
    (local i64)
    (local.set 1 (i64.const 1))
    (block $done
      (loop $l
        (br_if $done (i64.le_u (local.get 0) (i64.const 1)))
        (local.set 1 (i64.mul (local.get 1) (local.get 0)))
        (local.set 0 (i64.sub (local.get 0) (i64.const 1)))
        (br $l)))
    (local.get 1)))
;; function 0 (fact):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 75h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov rbx, [rbp+10h]
;;   0x0031: mov r12d, 0
;;   0x0037: mov r12d, 1
;;   0x003d: mov rax, rbx
;;   0x0040: cmp rax, 1
;;   0x0044: jbe 63h
;;   0x004a: mov rax, r12
;;   0x004d: imul rax, rbx
;;   0x0051: mov r12, rax
;;   0x0054: mov rax, rbx
;;   0x0057: sub rax, 1
;;   0x005b: mov rbx, rax
;;   0x005e: jmp 3Dh
;;   0x0063: mov rax, r12
;;   0x0066: mov rbx, [rbp-10h]
;;   0x006a: mov r12, [rbp-18h]
;;   0x006e: mov rsp, rbp
;;   0x0071: pop rbp
;;   0x0072: ret 8
;;   0x0075: ud2
