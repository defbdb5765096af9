;;! target = "x86_64"

;; Code after br, return and br_table emits nothing until the next label.
(module
  (func (export "after_br") (param i32) (result i32)
    (block $b (result i32)
      (br $b (local.get 0))
      (i32.const 1)
      (i32.const 2)
      i32.add
      drop
      (block (loop (br 0)))
      (if (result i32) (local.get 0) (then (i32.const 3)) (else (i32.const 4))))
    (i32.const 10)
    i32.add)
  (func (export "after_return") (param i32) (result i32)
    (return (local.get 0))
    (i32.div_s (local.get 0) (i32.const 0)))
  (func (export "dead_if_arm") (param i32) (result i32)
    (if (result i32) (local.get 0)
      (then (br 0 (i32.const 1)) (drop (i32.const 99)) (i32.const 2))
      (else (i32.const 3)))))
;; function 0 (after_br):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 45h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov [rbp-28h], ebx
;;   0x002f: jmp 34h
;;   0x0034: mov eax, [rbp-28h]
;;   0x0037: add eax, 0Ah
;;   0x003a: mov rbx, [rbp-10h]
;;   0x003e: mov rsp, rbp
;;   0x0041: pop rbp
;;   0x0042: ret 8
;;   0x0045: ud2
;; function 1 (after_return):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 89h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: mov eax, ebx
;;   0x007e: mov rbx, [rbp-10h]
;;   0x0082: mov rsp, rbp
;;   0x0085: pop rbp
;;   0x0086: ret 8
;;   0x0089: ud2
;; function 2 (dead_if_arm):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0E5h
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov [rbp-10h], rbx
;;   0x00b9: mov ebx, [rbp+10h]
;;   0x00bc: test ebx, ebx
;;   0x00be: je 0D0h
;;   0x00c4: mov dword ptr [rbp-28h], 1
;;   0x00cb: jmp 0D7h
;;   0x00d0: mov dword ptr [rbp-28h], 3
;;   0x00d7: mov eax, [rbp-28h]
;;   0x00da: mov rbx, [rbp-10h]
;;   0x00de: mov rsp, rbp
;;   0x00e1: pop rbp
;;   0x00e2: ret 8
;;   0x00e5: ud2
