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
;;   0x0048: mov r11, [r14]
;;   0x004b: mov eax, 0Ah
;;   0x0050: mov rsp, [r11+8]
;;   0x0054: jmp qword ptr [r11+10h]
;; function 1 (return_value_below):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 94h
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov rax, [rbp+10h]
;;   0x0089: add rax, [rbp+10h]
;;   0x008d: mov rsp, rbp
;;   0x0090: pop rbp
;;   0x0091: ret 8
;;   0x0094: mov r11, [r14]
;;   0x0097: mov eax, 0Ah
;;   0x009c: mov rsp, [r11+8]
;;   0x00a0: jmp qword ptr [r11+10h]
;; function 2 (void):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 10h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0EEh
;;   0x00ca: sub rsp, 10h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov eax, [rbp+10h]
;;   0x00d8: test eax, eax
;;   0x00da: je 0E7h
;;   0x00e0: mov rsp, rbp
;;   0x00e3: pop rbp
;;   0x00e4: ret 8
;;   0x00e7: mov rsp, rbp
;;   0x00ea: pop rbp
;;   0x00eb: ret 8
;;   0x00ee: mov r11, [r14]
;;   0x00f1: mov eax, 0Ah
;;   0x00f6: mov rsp, [r11+8]
;;   0x00fa: jmp qword ptr [r11+10h]
