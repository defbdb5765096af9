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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 34h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, 64h
;;   0x002a: sub eax, [rbp+10h]
;;   0x002d: mov rsp, rbp
;;   0x0030: pop rbp
;;   0x0031: ret 8
;;   0x0034: mov r11, [r14]
;;   0x0037: mov eax, 0Ah
;;   0x003c: mov rsp, [r11+8]
;;   0x0040: jmp qword ptr [r11+10h]
;; function 1 (rsub64_big):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Ah
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, 7FFFFFFFFFFFFFFFh
;;   0x007f: sub rax, [rbp+10h]
;;   0x0083: mov rsp, rbp
;;   0x0086: pop rbp
;;   0x0087: ret 8
;;   0x008a: mov r11, [r14]
;;   0x008d: mov eax, 0Ah
;;   0x0092: mov rsp, [r11+8]
;;   0x0096: jmp qword ptr [r11+10h]
;; function 2 (const_only):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0CFh
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, 5
;;   0x00ca: mov rsp, rbp
;;   0x00cd: pop rbp
;;   0x00ce: ret
;;   0x00cf: mov r11, [r14]
;;   0x00d2: mov eax, 0Ah
;;   0x00d7: mov rsp, [r11+8]
;;   0x00db: jmp qword ptr [r11+10h]
;; function 3 (ret_const64):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 10h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 111h
;;   0x00fa: sub rsp, 10h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov rax, 0FFFFFFFFFFFFFFFFh
;;   0x010c: mov rsp, rbp
;;   0x010f: pop rbp
;;   0x0110: ret
;;   0x0111: mov r11, [r14]
;;   0x0114: mov eax, 0Ah
;;   0x0119: mov rsp, [r11+8]
;;   0x011d: jmp qword ptr [r11+10h]
