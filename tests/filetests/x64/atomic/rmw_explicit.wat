;;! target = "x86_64"

;; Read-modify-writes with explicit bounds checks, and a constant operand.
(module
  (memory 1 1 shared)
  (func (export "i32_add") (param i32) (result i32) (i32.atomic.rmw.add (local.get 0) (i32.const 1)))
  (func (export "i64_or16") (param i32 i64) (result i64) (i64.atomic.rmw16.or_u (local.get 0) (local.get 1))))
;; function 0 (i32_add):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 71h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov eax, 1
;;   0x0038: test bl, 3
;;   0x003b: jne 75h
;;   0x0041: mov r11, [r14+18h]
;;   0x0045: lea rcx, [rbx+4]
;;   0x0049: cmp rcx, [r11+8]
;;   0x004d: ja 73h
;;   0x0053: lea rcx, [r15+rcx-4]
;;   0x0058: mov r11d, 0
;;   0x005e: cmova rcx, r11
;;   0x0062: lock xadd [rcx], eax
;;   0x0066: mov rbx, [rbp-10h]
;;   0x006a: mov rsp, rbp
;;   0x006d: pop rbp
;;   0x006e: ret 8
;;   0x0071: ud2
;;   0x0073: ud2
;;   0x0075: ud2
;; function 1 (i64_or16):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 107h
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov [rbp-18h], r12
;;   0x00ad: mov ebx, [rbp+10h]
;;   0x00b0: mov r12, [rbp+18h]
;;   0x00b4: mov r15, [r14+18h]
;;   0x00b8: mov r15, [r15]
;;   0x00bb: test bl, 1
;;   0x00be: jne 10Bh
;;   0x00c4: mov r11, [r14+18h]
;;   0x00c8: lea rcx, [rbx+2]
;;   0x00cc: cmp rcx, [r11+8]
;;   0x00d0: ja 109h
;;   0x00d6: lea rcx, [r15+rcx-2]
;;   0x00db: mov r11d, 0
;;   0x00e1: cmova rcx, r11
;;   0x00e5: movzx eax, word ptr [rcx]
;;   0x00e8: mov edx, eax
;;   0x00ea: or edx, r12d
;;   0x00ed: lock cmpxchg [rcx], dx
;;   0x00f2: jne 0E8h
;;   0x00f8: mov rbx, [rbp-10h]
;;   0x00fc: mov r12, [rbp-18h]
;;   0x0100: mov rsp, rbp
;;   0x0103: pop rbp
;;   0x0104: ret 10h
;;   0x0107: ud2
;;   0x0109: ud2
;;   0x010b: ud2
