;;! target = "x86_64"

(module
  (func (export "add") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.add))
;; function 0 (add):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 48h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov eax, ebx
;;   0x0036: add eax, r12d
;;   0x0039: mov rbx, [rbp-10h]
;;   0x003d: mov r12, [rbp-18h]
;;   0x0041: mov rsp, rbp
;;   0x0044: pop rbp
;;   0x0045: ret 10h
;;   0x0048: ud2
