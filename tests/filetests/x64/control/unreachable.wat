;;! target = "x86_64"

(module
  (func (export "trap") (result i32)
    unreachable)
  (func (export "cond_trap") (param i32) (result i32)
    (if (local.get 0) (then unreachable))
    (local.get 0))
  (func (export "after") (param i32) (result i32)
    ;; Code after unreachable is validated but emits nothing.
    unreachable
    (i32.add (local.get 0) (i32.const 1))
    drop
    (block (result i32) (i32.const 1))))
;; function 0 (trap):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Ah
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: jmp 3Ah
;;   0x002a: mov r11, [r14]
;;   0x002d: mov eax, 0Ah
;;   0x0032: mov rsp, [r11+8]
;;   0x0036: jmp qword ptr [r11+10h]
;;   0x003a: mov r11, [r14]
;;   0x003d: mov eax, 1
;;   0x0042: mov rsp, [r11+8]
;;   0x0046: jmp qword ptr [r11+10h]
;; function 1 (cond_trap):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Fh
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: test eax, eax
;;   0x007a: je 85h
;;   0x0080: jmp 9Fh
;;   0x0085: mov eax, [rbp+10h]
;;   0x0088: mov rsp, rbp
;;   0x008b: pop rbp
;;   0x008c: ret 8
;;   0x008f: mov r11, [r14]
;;   0x0092: mov eax, 0Ah
;;   0x0097: mov rsp, [r11+8]
;;   0x009b: jmp qword ptr [r11+10h]
;;   0x009f: mov r11, [r14]
;;   0x00a2: mov eax, 1
;;   0x00a7: mov rsp, [r11+8]
;;   0x00ab: jmp qword ptr [r11+10h]
;; function 2 (after):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 10h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0DAh
;;   0x00ca: sub rsp, 10h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: jmp 0EAh
;;   0x00da: mov r11, [r14]
;;   0x00dd: mov eax, 0Ah
;;   0x00e2: mov rsp, [r11+8]
;;   0x00e6: jmp qword ptr [r11+10h]
;;   0x00ea: mov r11, [r14]
;;   0x00ed: mov eax, 1
;;   0x00f2: mov rsp, [r11+8]
;;   0x00f6: jmp qword ptr [r11+10h]
