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
;;   0x0034: ud2
;; function 1 (rsub64_big):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Ah
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rax, 7FFFFFFFFFFFFFFFh
;;   0x006f: sub rax, [rbp+10h]
;;   0x0073: mov rsp, rbp
;;   0x0076: pop rbp
;;   0x0077: ret 8
;;   0x007a: ud2
;; function 2 (const_only):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0AFh
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, 5
;;   0x00aa: mov rsp, rbp
;;   0x00ad: pop rbp
;;   0x00ae: ret
;;   0x00af: ud2
;; function 3 (ret_const64):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 10h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F1h
;;   0x00da: sub rsp, 10h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov rax, 0FFFFFFFFFFFFFFFFh
;;   0x00ec: mov rsp, rbp
;;   0x00ef: pop rbp
;;   0x00f0: ret
;;   0x00f1: ud2
