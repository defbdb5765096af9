;;! target = "x86_64"

(module
  (memory 1 1 shared)
  (func (export "i64_32") (param i32 i64 i64) (result i64) (i64.atomic.rmw32.cmpxchg_u offset=8 (local.get 0) (local.get 1) (local.get 2))))
;; function 0 (i64_32):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 8Ah
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12, [rbp+18h]
;;   0x0038: mov r13, [rbp+20h]
;;   0x003c: mov r15, [r14+18h]
;;   0x0040: mov r15, [r15]
;;   0x0043: mov rax, r12
;;   0x0046: test bl, 3
;;   0x0049: jne 8Eh
;;   0x004f: mov r11, [r14+18h]
;;   0x0053: lea rcx, [rbx+0Ch]
;;   0x0057: cmp rcx, [r11+8]
;;   0x005b: ja 8Ch
;;   0x0061: lea rcx, [r15+rcx-4]
;;   0x0066: mov r11d, 0
;;   0x006c: cmova rcx, r11
;;   0x0070: lock cmpxchg [rcx], r13d
;;   0x0075: mov eax, eax
;;   0x0077: mov rbx, [rbp-10h]
;;   0x007b: mov r12, [rbp-18h]
;;   0x007f: mov r13, [rbp-20h]
;;   0x0083: mov rsp, rbp
;;   0x0086: pop rbp
;;   0x0087: ret 18h
;;   0x008a: ud2
;;   0x008c: ud2
;;   0x008e: ud2
