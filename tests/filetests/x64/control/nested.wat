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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Ch
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov qword ptr [rbp-10h], 0
;;   0x002d: mov qword ptr [rbp-10h], 1
;;   0x0035: mov rax, [rbp+10h]
;;   0x0039: cmp rax, 1
;;   0x003d: jbe 61h
;;   0x0043: mov rax, [rbp-10h]
;;   0x0047: imul rax, [rbp+10h]
;;   0x004c: mov [rbp-10h], rax
;;   0x0050: mov rax, [rbp+10h]
;;   0x0054: sub rax, 1
;;   0x0058: mov [rbp+10h], rax
;;   0x005c: jmp 35h
;;   0x0061: mov rax, [rbp-10h]
;;   0x0065: mov rsp, rbp
;;   0x0068: pop rbp
;;   0x0069: ret 8
;;   0x006c: ud2
