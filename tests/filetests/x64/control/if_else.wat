;;! target = "x86_64"

(module
  (func (export "abs") (param i32) (result i32)
    (if (result i32) (i32.lt_s (local.get 0) (i32.const 0))
      (then (i32.sub (i32.const 0) (local.get 0)))
      (else (local.get 0))))
  (func (export "pick64") (param i32 i64 i64) (result i64)
    (if (result i64) (local.get 0)
      (then (i64.add (local.get 1) (i64.const 1)))
      (else (i64.const 0x100000000)))))
;; function 0 (abs):
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
;;   0x002e: jge 43h
;;   0x0034: mov eax, 0
;;   0x0039: sub eax, ebx
;;   0x003b: mov [rbp-28h], eax
;;   0x003e: jmp 46h
;;   0x0043: mov [rbp-28h], ebx
;;   0x0046: mov eax, [rbp-28h]
;;   0x0049: mov rbx, [rbp-10h]
;;   0x004d: mov rsp, rbp
;;   0x0050: pop rbp
;;   0x0051: ret 8
;;   0x0054: ud2
;; function 1 (pick64):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0D9h
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov [rbp-18h], r12
;;   0x008d: mov [rbp-20h], r13
;;   0x0091: mov ebx, [rbp+10h]
;;   0x0094: mov r12, [rbp+18h]
;;   0x0098: mov r13, [rbp+20h]
;;   0x009c: test ebx, ebx
;;   0x009e: je 0B4h
;;   0x00a4: mov rax, r12
;;   0x00a7: add rax, 1
;;   0x00ab: mov [rbp-28h], rax
;;   0x00af: jmp 0C2h
;;   0x00b4: mov r11, 100000000h
;;   0x00be: mov [rbp-28h], r11
;;   0x00c2: mov rax, [rbp-28h]
;;   0x00c6: mov rbx, [rbp-10h]
;;   0x00ca: mov r12, [rbp-18h]
;;   0x00ce: mov r13, [rbp-20h]
;;   0x00d2: mov rsp, rbp
;;   0x00d5: pop rbp
;;   0x00d6: ret 18h
;;   0x00d9: ud2
