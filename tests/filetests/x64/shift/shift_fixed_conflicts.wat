;;! target = "x86_64"

;; The value to shift is itself in rcx, or the count already is.
(module
  (func (export "value_in_rcx") (param i32 i32) (result i32)
    (i32.add (local.get 0) (i32.const 1))              ;; eax
    (i32.shl (i32.add (local.get 0) (i32.const 2))     ;; ecx
             (local.get 1))
    i32.add)
  (func (export "count_in_rcx") (param i64 i64) (result i64)
    (i64.add (local.get 0) (i64.const 1))              ;; rax
    (i64.rotl (local.get 0)
              (i64.add (local.get 1) (i64.const 2)))   ;; rcx
    i64.add))
;; function 0 (value_in_rcx):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 45h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, 1
;;   0x002b: mov ecx, [rbp+10h]
;;   0x002e: add ecx, 2
;;   0x0031: mov [rbp-18h], ecx
;;   0x0034: mov ecx, [rbp+18h]
;;   0x0037: mov edx, [rbp-18h]
;;   0x003a: shl edx, cl
;;   0x003c: add eax, edx
;;   0x003e: mov rsp, rbp
;;   0x0041: pop rbp
;;   0x0042: ret 10h
;;   0x0045: ud2
;; function 1 (count_in_rcx):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 9Eh
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, [rbp+10h]
;;   0x0079: add rax, 1
;;   0x007d: mov rcx, [rbp+18h]
;;   0x0081: add rcx, 2
;;   0x0085: mov [rbp-20h], rcx
;;   0x0089: mov rcx, [rbp-20h]
;;   0x008d: mov rdx, [rbp+10h]
;;   0x0091: rol rdx, cl
;;   0x0094: add rax, rdx
;;   0x0097: mov rsp, rbp
;;   0x009a: pop rbp
;;   0x009b: ret 10h
;;   0x009e: ud2
