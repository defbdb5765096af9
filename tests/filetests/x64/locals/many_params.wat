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
;;   0x0014: jb 7Ah
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12, [rbp+18h]
;;   0x0038: mov r13d, [rbp+20h]
;;   0x003c: mov eax, ebx
;;   0x003e: mov eax, eax
;;   0x0040: add rax, r12
;;   0x0043: mov ecx, r13d
;;   0x0046: mov ecx, ecx
;;   0x0048: add rcx, [rbp+28h]
;;   0x004c: add rax, rcx
;;   0x004f: mov ecx, [rbp+30h]
;;   0x0052: mov ecx, ecx
;;   0x0054: add rcx, [rbp+38h]
;;   0x0058: mov edx, [rbp+40h]
;;   0x005b: mov edx, edx
;;   0x005d: add rdx, [rbp+48h]
;;   0x0061: add rcx, rdx
;;   0x0064: add rax, rcx
;;   0x0067: mov rbx, [rbp-10h]
;;   0x006b: mov r12, [rbp-18h]
;;   0x006f: mov r13, [rbp-20h]
;;   0x0073: mov rsp, rbp
;;   0x0076: pop rbp
;;   0x0077: ret 40h
;;   0x007a: ud2
