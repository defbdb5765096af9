;;! target = "x86_64"

;; Width changes in the middle of expressions, and of constants.
(module
  (func (export "mixed") (param i32 i64) (result i64)
    (i64.add
      (i64.extend_i32_u (i32.add (local.get 0) (i32.const 1)))
      (i64.extend_i32_s (i32.wrap_i64 (local.get 1)))))
  (func (export "const") (result i64)
    (i64.extend_i32_s (i32.const -1))))
;; function 0 (mixed):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 53h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12, [rbp+18h]
;;   0x0034: mov eax, ebx
;;   0x0036: add eax, 1
;;   0x0039: mov eax, eax
;;   0x003b: mov ecx, r12d
;;   0x003e: movsxd rcx, ecx
;;   0x0041: add rax, rcx
;;   0x0044: mov rbx, [rbp-10h]
;;   0x0048: mov r12, [rbp-18h]
;;   0x004c: mov rsp, rbp
;;   0x004f: pop rbp
;;   0x0050: ret 10h
;;   0x0053: ud2
;; function 1 (const):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 91h
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov rax, 0FFFFFFFFFFFFFFFFh
;;   0x008c: mov rsp, rbp
;;   0x008f: pop rbp
;;   0x0090: ret
;;   0x0091: ud2
