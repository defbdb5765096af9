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
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Ah
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov eax, ebx
;;   0x0036: add eax, 1
;;   0x0039: mov ecx, ebx
;;   0x003b: add ecx, 2
;;   0x003e: mov [rbp-30h], ecx
;;   0x0041: mov ecx, r12d
;;   0x0044: mov edx, [rbp-30h]
;;   0x0047: shl edx, cl
;;   0x0049: add eax, edx
;;   0x004b: mov rbx, [rbp-10h]
;;   0x004f: mov r12, [rbp-18h]
;;   0x0053: mov rsp, rbp
;;   0x0056: pop rbp
;;   0x0057: ret 10h
;;   0x005a: ud2
;; function 1 (count_in_rcx):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 40h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0C3h
;;   0x007a: sub rsp, 40h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov [rbp-18h], r12
;;   0x008d: mov rbx, [rbp+10h]
;;   0x0091: mov r12, [rbp+18h]
;;   0x0095: mov rax, rbx
;;   0x0098: add rax, 1
;;   0x009c: mov rcx, r12
;;   0x009f: add rcx, 2
;;   0x00a3: mov [rbp-38h], rcx
;;   0x00a7: mov rcx, [rbp-38h]
;;   0x00ab: mov rdx, rbx
;;   0x00ae: rol rdx, cl
;;   0x00b1: add rax, rdx
;;   0x00b4: mov rbx, [rbp-10h]
;;   0x00b8: mov r12, [rbp-18h]
;;   0x00bc: mov rsp, rbp
;;   0x00bf: pop rbp
;;   0x00c0: ret 10h
;;   0x00c3: ud2
