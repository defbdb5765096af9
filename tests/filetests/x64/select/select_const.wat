;;! target = "x86_64"

;; Constant operands and conditions are materialised into registers.
(module
  (func (export "max0") (param i32) (result i32)
    (select (local.get 0) (i32.const 0) (i32.gt_s (local.get 0) (i32.const 0))))
  (func (export "const_cond") (param i64 i64) (result i64)
    (select (local.get 0) (local.get 1) (i32.const 1)))
  (func (export "big") (param i32) (result i64)
    (select (i64.const 0x100000000) (i64.const -1) (local.get 0))))
;; function 0 (max0):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 43h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov ecx, 0
;;   0x0031: test ebx, ebx
;;   0x0033: cmovg ecx, ebx
;;   0x0036: mov eax, ecx
;;   0x0038: mov rbx, [rbp-10h]
;;   0x003c: mov rsp, rbp
;;   0x003f: pop rbp
;;   0x0040: ret 8
;;   0x0043: ud2
;; function 1 (const_cond):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 40h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 0A5h
;;   0x006a: sub rsp, 40h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov [rbp-18h], r12
;;   0x007d: mov rbx, [rbp+10h]
;;   0x0081: mov r12, [rbp+18h]
;;   0x0085: mov eax, 1
;;   0x008a: test eax, eax
;;   0x008c: mov rcx, rbx
;;   0x008f: cmove rcx, r12
;;   0x0093: mov rax, rcx
;;   0x0096: mov rbx, [rbp-10h]
;;   0x009a: mov r12, [rbp-18h]
;;   0x009e: mov rsp, rbp
;;   0x00a1: pop rbp
;;   0x00a2: ret 10h
;;   0x00a5: ud2
;; function 2 (big):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 40h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 101h
;;   0x00ca: sub rsp, 40h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov [rbp-10h], rbx
;;   0x00d9: mov ebx, [rbp+10h]
;;   0x00dc: mov rax, 0FFFFFFFFFFFFFFFFh
;;   0x00e3: mov rcx, 100000000h
;;   0x00ed: test ebx, ebx
;;   0x00ef: cmove rcx, rax
;;   0x00f3: mov rax, rcx
;;   0x00f6: mov rbx, [rbp-10h]
;;   0x00fa: mov rsp, rbp
;;   0x00fd: pop rbp
;;   0x00fe: ret 8
;;   0x0101: ud2
