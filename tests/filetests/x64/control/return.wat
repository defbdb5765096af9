;;! target = "x86_64"

(module
  (func (export "early") (param i32) (result i32)
    (if (local.get 0)
      (then (return (i32.const 1))))
    (i32.const 2))
  (func (export "return_value_below") (param i64) (result i64)
    ;; Extra values below the returned one are ignored.
    (i64.const 1)
    (i64.add (local.get 0) (local.get 0))
    return)
  (func (export "void") (param i32)
    (if (local.get 0) (then return))
    nop))
;; function 0 (early):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 54h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: test ebx, ebx
;;   0x002e: je 44h
;;   0x0034: mov eax, 1
;;   0x0039: mov rbx, [rbp-10h]
;;   0x003d: mov rsp, rbp
;;   0x0040: pop rbp
;;   0x0041: ret 8
;;   0x0044: mov eax, 2
;;   0x0049: mov rbx, [rbp-10h]
;;   0x004d: mov rsp, rbp
;;   0x0050: pop rbp
;;   0x0051: ret 8
;;   0x0054: ud2
;; function 1 (return_value_below):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 40h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 9Eh
;;   0x007a: sub rsp, 40h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov rbx, [rbp+10h]
;;   0x008d: mov rax, rbx
;;   0x0090: add rax, rbx
;;   0x0093: mov rbx, [rbp-10h]
;;   0x0097: mov rsp, rbp
;;   0x009a: pop rbp
;;   0x009b: ret 8
;;   0x009e: ud2
;; function 2 (void):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0EAh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov ebx, [rbp+10h]
;;   0x00cc: test ebx, ebx
;;   0x00ce: je 0DFh
;;   0x00d4: mov rbx, [rbp-10h]
;;   0x00d8: mov rsp, rbp
;;   0x00db: pop rbp
;;   0x00dc: ret 8
;;   0x00df: mov rbx, [rbp-10h]
;;   0x00e3: mov rsp, rbp
;;   0x00e6: pop rbp
;;   0x00e7: ret 8
;;   0x00ea: ud2
