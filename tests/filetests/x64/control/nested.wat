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
;;   0x0014: jb 74h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov qword ptr [rbp-10h], 0
;;   0x002d: mov qword ptr [rbp-10h], 1
;;   0x0035: mov rax, [rbp+10h]
;;   0x0039: cmp rax, 1
;;   0x003d: setbe al
;;   0x0040: movzx eax, al
;;   0x0043: test eax, eax
;;   0x0045: jne 69h
;;   0x004b: mov rax, [rbp-10h]
;;   0x004f: imul rax, [rbp+10h]
;;   0x0054: mov [rbp-10h], rax
;;   0x0058: mov rax, [rbp+10h]
;;   0x005c: sub rax, 1
;;   0x0060: mov [rbp+10h], rax
;;   0x0064: jmp 35h
;;   0x0069: mov rax, [rbp-10h]
;;   0x006d: mov rsp, rbp
;;   0x0070: pop rbp
;;   0x0071: ret 8
;;   0x0074: mov r11, [r14]
;;   0x0077: mov eax, 0Ah
;;   0x007c: mov rsp, [r11+8]
;;   0x0080: jmp qword ptr [r11+10h]
