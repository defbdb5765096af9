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
;;   0x0014: jb 72h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov rbx, [rbp+10h]
;;   0x0031: mov r12d, 0
;;   0x0037: mov r12d, 1
;;   0x003d: cmp rbx, 1
;;   0x0041: jbe 60h
;;   0x0047: mov rax, r12
;;   0x004a: imul rax, rbx
;;   0x004e: mov r12, rax
;;   0x0051: mov rax, rbx
;;   0x0054: sub rax, 1
;;   0x0058: mov rbx, rax
;;   0x005b: jmp 3Dh
;;   0x0060: mov rax, r12
;;   0x0063: mov rbx, [rbp-10h]
;;   0x0067: mov r12, [rbp-18h]
;;   0x006b: mov rsp, rbp
;;   0x006e: pop rbp
;;   0x006f: ret 8
;;   0x0072: ud2
