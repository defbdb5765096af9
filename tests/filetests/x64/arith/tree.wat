;;! target = "x86_64"

;; An expression tree: intermediate results stay in registers.
(module
  (func (export "tree") (param i32 i32 i32 i32) (result i32)
    (i32.mul
      (i32.add (local.get 0) (local.get 1))
      (i32.sub (local.get 2) (local.get 3))))
  (func (export "tree64") (param i64 i64 i64) (result i64)
    (i64.xor
      (i64.or (local.get 0) (local.get 1))
      (i64.and (local.get 1) (local.get 2)))))
;; function 0 (tree):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Dh
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12d, [rbp+18h]
;;   0x0038: mov r13d, [rbp+20h]
;;   0x003c: mov eax, ebx
;;   0x003e: add eax, r12d
;;   0x0041: mov ecx, r13d
;;   0x0044: sub ecx, [rbp+28h]
;;   0x0047: imul eax, ecx
;;   0x004a: mov rbx, [rbp-10h]
;;   0x004e: mov r12, [rbp-18h]
;;   0x0052: mov r13, [rbp-20h]
;;   0x0056: mov rsp, rbp
;;   0x0059: pop rbp
;;   0x005a: ret 20h
;;   0x005d: ud2
;; function 1 (tree64):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 40h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0BFh
;;   0x007a: sub rsp, 40h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov [rbp-18h], r12
;;   0x008d: mov [rbp-20h], r13
;;   0x0091: mov rbx, [rbp+10h]
;;   0x0095: mov r12, [rbp+18h]
;;   0x0099: mov r13, [rbp+20h]
;;   0x009d: mov rax, rbx
;;   0x00a0: or rax, r12
;;   0x00a3: mov rcx, r12
;;   0x00a6: and rcx, r13
;;   0x00a9: xor rax, rcx
;;   0x00ac: mov rbx, [rbp-10h]
;;   0x00b0: mov r12, [rbp-18h]
;;   0x00b4: mov r13, [rbp-20h]
;;   0x00b8: mov rsp, rbp
;;   0x00bb: pop rbp
;;   0x00bc: ret 18h
;;   0x00bf: ud2
