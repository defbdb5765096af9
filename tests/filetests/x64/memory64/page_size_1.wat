;;! target = "x86_64"
;;! bounds = "guard"

;; A memory of one-byte pages is checked explicitly in guard mode too (the
;; rest of its last host page is accessible); memory.size is its length
;; unshifted.
(module
  (memory 0 (pagesize 1))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "size") (result i32) (memory.size)))
;; function 0 (load):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 62h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov r11, [r14+18h]
;;   0x0037: lea rax, [rbx+1]
;;   0x003b: cmp rax, [r11+8]
;;   0x003f: ja 64h
;;   0x0045: lea rax, [r15+rax-1]
;;   0x004a: mov r11d, 0
;;   0x0050: cmova rax, r11
;;   0x0054: movzx eax, byte ptr [rax]
;;   0x0057: mov rbx, [rbp-10h]
;;   0x005b: mov rsp, rbp
;;   0x005e: pop rbp
;;   0x005f: ret 8
;;   0x0062: ud2
;;   0x0064: ud2
;; function 1 (size):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0A9h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov r15, [r14+18h]
;;   0x0099: mov r15, [r15]
;;   0x009c: mov r11, [r14+18h]
;;   0x00a0: mov rax, [r11+8]
;;   0x00a4: mov rsp, rbp
;;   0x00a7: pop rbp
;;   0x00a8: ret
;;   0x00a9: ud2
