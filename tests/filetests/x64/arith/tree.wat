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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Bh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, [rbp+18h]
;;   0x002b: mov ecx, [rbp+20h]
;;   0x002e: sub ecx, [rbp+28h]
;;   0x0031: imul eax, ecx
;;   0x0034: mov rsp, rbp
;;   0x0037: pop rbp
;;   0x0038: ret 20h
;;   0x003b: ud2
;; function 1 (tree64):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Fh
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rax, [rbp+10h]
;;   0x0069: or rax, [rbp+18h]
;;   0x006d: mov rcx, [rbp+18h]
;;   0x0071: and rcx, [rbp+20h]
;;   0x0075: xor rax, rcx
;;   0x0078: mov rsp, rbp
;;   0x007b: pop rbp
;;   0x007c: ret 18h
;;   0x007f: ud2
