;;! target = "x86_64"

;; The full 64x64 product: one-operand imul/mul with the left operand in
;; rax, the low half back in rax and the high half in rdx.
(module
  (func (param i64 i64) (result i64 i64)
    (i64.mul_wide_s (local.get 0) (local.get 1)))
  (func (param i64) (result i64 i64)
    (i64.mul_wide_u (local.get 0) (i64.const -1))))
;; function 0:
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 51h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov rbx, [rbp+10h]
;;   0x0031: mov r12, [rbp+18h]
;;   0x0035: mov rcx, r12
;;   0x0038: mov rax, rbx
;;   0x003b: imul rcx
;;   0x003e: mov [rbp+20h], rdx
;;   0x0042: mov rbx, [rbp-10h]
;;   0x0046: mov r12, [rbp-18h]
;;   0x004a: mov rsp, rbp
;;   0x004d: pop rbp
;;   0x004e: ret 10h
;;   0x0051: ud2
;; function 1:
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0A9h
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov rbx, [rbp+10h]
;;   0x008d: mov rcx, 0FFFFFFFFFFFFFFFFh
;;   0x0094: mov rax, rbx
;;   0x0097: mul rcx
;;   0x009a: mov [rbp+18h], rdx
;;   0x009e: mov rbx, [rbp-10h]
;;   0x00a2: mov rsp, rbp
;;   0x00a5: pop rbp
;;   0x00a6: ret 8
;;   0x00a9: ud2
