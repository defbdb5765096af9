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
;;   0x0014: jb 56h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: test eax, eax
;;   0x0030: je 46h
;;   0x0036: mov eax, 1
;;   0x003b: mov rbx, [rbp-10h]
;;   0x003f: mov rsp, rbp
;;   0x0042: pop rbp
;;   0x0043: ret 8
;;   0x0046: mov eax, 2
;;   0x004b: mov rbx, [rbp-10h]
;;   0x004f: mov rsp, rbp
;;   0x0052: pop rbp
;;   0x0053: ret 8
;;   0x0056: ud2
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
;;   0x00b4: jb 0ECh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov ebx, [rbp+10h]
;;   0x00cc: mov eax, ebx
;;   0x00ce: test eax, eax
;;   0x00d0: je 0E1h
;;   0x00d6: mov rbx, [rbp-10h]
;;   0x00da: mov rsp, rbp
;;   0x00dd: pop rbp
;;   0x00de: ret 8
;;   0x00e1: mov rbx, [rbp-10h]
;;   0x00e5: mov rsp, rbp
;;   0x00e8: pop rbp
;;   0x00e9: ret 8
;;   0x00ec: ud2
