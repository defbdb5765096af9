;;! target = "x86_64"

(module
  (func (export "drop_nop") (param i32 i64) (result i32)
    nop
    (drop (i64.add (local.get 1) (local.get 1)))
    (drop (local.get 0))
    (drop (i32.const 5))
    nop
    (local.get 0)))
;; function 0 (drop_nop):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Bh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12, [rbp+18h]
;;   0x0034: mov rax, r12
;;   0x0037: add rax, r12
;;   0x003a: mov eax, ebx
;;   0x003c: mov rbx, [rbp-10h]
;;   0x0040: mov r12, [rbp-18h]
;;   0x0044: mov rsp, rbp
;;   0x0047: pop rbp
;;   0x0048: ret 10h
;;   0x004b: ud2
