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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 40h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, 1
;;   0x002b: mov eax, eax
;;   0x002d: mov rcx, [rbp+18h]
;;   0x0031: mov ecx, ecx
;;   0x0033: movsxd rcx, ecx
;;   0x0036: add rax, rcx
;;   0x0039: mov rsp, rbp
;;   0x003c: pop rbp
;;   0x003d: ret 10h
;;   0x0040: ud2
;; function 1 (const):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 81h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, 0FFFFFFFFFFFFFFFFh
;;   0x007c: mov rsp, rbp
;;   0x007f: pop rbp
;;   0x0080: ret
;;   0x0081: ud2
