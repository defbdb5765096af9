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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 48h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: test eax, eax
;;   0x002a: je 3Ch
;;   0x0030: mov eax, 1
;;   0x0035: mov rsp, rbp
;;   0x0038: pop rbp
;;   0x0039: ret 8
;;   0x003c: mov eax, 2
;;   0x0041: mov rsp, rbp
;;   0x0044: pop rbp
;;   0x0045: ret 8
;;   0x0048: ud2
;; function 1 (return_value_below):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 84h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, [rbp+10h]
;;   0x0079: add rax, [rbp+10h]
;;   0x007d: mov rsp, rbp
;;   0x0080: pop rbp
;;   0x0081: ret 8
;;   0x0084: ud2
;; function 2 (void):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 10h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0CEh
;;   0x00aa: sub rsp, 10h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov eax, [rbp+10h]
;;   0x00b8: test eax, eax
;;   0x00ba: je 0C7h
;;   0x00c0: mov rsp, rbp
;;   0x00c3: pop rbp
;;   0x00c4: ret 8
;;   0x00c7: mov rsp, rbp
;;   0x00ca: pop rbp
;;   0x00cb: ret 8
;;   0x00ce: ud2
