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
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 76h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12, [rbp+18h]
;;   0x0038: mov r13d, [rbp+20h]
;;   0x003c: mov eax, ebx
;;   0x003e: add rax, r12
;;   0x0041: mov ecx, r13d
;;   0x0044: add rcx, [rbp+28h]
;;   0x0048: add rax, rcx
;;   0x004b: mov ecx, [rbp+30h]
;;   0x004e: mov ecx, ecx
;;   0x0050: add rcx, [rbp+38h]
;;   0x0054: mov edx, [rbp+40h]
;;   0x0057: mov edx, edx
;;   0x0059: add rdx, [rbp+48h]
;;   0x005d: add rcx, rdx
;;   0x0060: add rax, rcx
;;   0x0063: mov rbx, [rbp-10h]
;;   0x0067: mov r12, [rbp-18h]
;;   0x006b: mov r13, [rbp-20h]
;;   0x006f: mov rsp, rbp
;;   0x0072: pop rbp
;;   0x0073: ret 40h
;;   0x0076: ud2
