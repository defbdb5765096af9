;;! target = "x86_64"

;; Constants on the left-hand side are materialised into a register.
(module
  (func (export "rsub") (param i32) (result i32)
    (i32.sub (i32.const 100) (local.get 0)))
  (func (export "rsub64_big") (param i64) (result i64)
    (i64.sub (i64.const 0x7fffffffffffffff) (local.get 0)))
  (func (export "const_only") (result i32)
    (i32.add (i32.const 2) (i32.const 3)))
  (func (export "ret_const64") (result i64)
    (i64.const -1)))
;; function 0 (rsub):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Eh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, 64h
;;   0x0031: sub eax, ebx
;;   0x0033: mov rbx, [rbp-10h]
;;   0x0037: mov rsp, rbp
;;   0x003a: pop rbp
;;   0x003b: ret 8
;;   0x003e: ud2
;; function 1 (rsub64_big):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 85h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov rbx, [rbp+10h]
;;   0x006d: mov rax, 7FFFFFFFFFFFFFFFh
;;   0x0077: sub rax, rbx
;;   0x007a: mov rbx, [rbp-10h]
;;   0x007e: mov rsp, rbp
;;   0x0081: pop rbp
;;   0x0082: ret 8
;;   0x0085: ud2
;; function 2 (const_only):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0BFh
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov eax, 5
;;   0x00ba: mov rsp, rbp
;;   0x00bd: pop rbp
;;   0x00be: ret
;;   0x00bf: ud2
;; function 3 (ret_const64):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 101h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov rax, 0FFFFFFFFFFFFFFFFh
;;   0x00fc: mov rsp, rbp
;;   0x00ff: pop rbp
;;   0x0100: ret
;;   0x0101: ud2
