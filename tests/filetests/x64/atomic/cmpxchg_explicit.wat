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
;;   0x0014: jb 8Ch
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
;;   0x0043: mov rcx, r13
;;   0x0046: mov rax, r12
;;   0x0049: test bl, 3
;;   0x004c: jne 90h
;;   0x0052: mov r11, [r14+18h]
;;   0x0056: lea rdx, [rbx+0Ch]
;;   0x005a: cmp rdx, [r11+8]
;;   0x005e: ja 8Eh
;;   0x0064: lea rdx, [r15+rdx-4]
;;   0x0069: mov r11d, 0
;;   0x006f: cmova rdx, r11
;;   0x0073: lock cmpxchg [rdx], ecx
;;   0x0077: mov eax, eax
;;   0x0079: mov rbx, [rbp-10h]
;;   0x007d: mov r12, [rbp-18h]
;;   0x0081: mov r13, [rbp-20h]
;;   0x0085: mov rsp, rbp
;;   0x0088: pop rbp
;;   0x0089: ret 18h
;;   0x008c: ud2
;;   0x008e: ud2
;;   0x0090: ud2
