;;! target = "x86_64"

(module
  (func (export "select_i32") (param i32 i32 i32) (result i32)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "select_i64") (param i64 i64 i32) (result i64)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "select_typed") (param i64 i64 i32) (result i64)
    (select (result i64) (local.get 0) (local.get 1) (local.get 2))))
;; function 0 (select_i32):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 58h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12d, [rbp+18h]
;;   0x0038: mov r13d, [rbp+20h]
;;   0x003c: test r13d, r13d
;;   0x003f: mov eax, ebx
;;   0x0041: cmove eax, r12d
;;   0x0045: mov rbx, [rbp-10h]
;;   0x0049: mov r12, [rbp-18h]
;;   0x004d: mov r13, [rbp-20h]
;;   0x0051: mov rsp, rbp
;;   0x0054: pop rbp
;;   0x0055: ret 18h
;;   0x0058: ud2
;; function 1 (select_i64):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 40h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0BAh
;;   0x007a: sub rsp, 40h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov [rbp-18h], r12
;;   0x008d: mov [rbp-20h], r13
;;   0x0091: mov rbx, [rbp+10h]
;;   0x0095: mov r12, [rbp+18h]
;;   0x0099: mov r13d, [rbp+20h]
;;   0x009d: test r13d, r13d
;;   0x00a0: mov rax, rbx
;;   0x00a3: cmove rax, r12
;;   0x00a7: mov rbx, [rbp-10h]
;;   0x00ab: mov r12, [rbp-18h]
;;   0x00af: mov r13, [rbp-20h]
;;   0x00b3: mov rsp, rbp
;;   0x00b6: pop rbp
;;   0x00b7: ret 18h
;;   0x00ba: ud2
;; function 2 (select_typed):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 40h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 11Ah
;;   0x00da: sub rsp, 40h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov [rbp-18h], r12
;;   0x00ed: mov [rbp-20h], r13
;;   0x00f1: mov rbx, [rbp+10h]
;;   0x00f5: mov r12, [rbp+18h]
;;   0x00f9: mov r13d, [rbp+20h]
;;   0x00fd: test r13d, r13d
;;   0x0100: mov rax, rbx
;;   0x0103: cmove rax, r12
;;   0x0107: mov rbx, [rbp-10h]
;;   0x010b: mov r12, [rbp-18h]
;;   0x010f: mov r13, [rbp-20h]
;;   0x0113: mov rsp, rbp
;;   0x0116: pop rbp
;;   0x0117: ret 18h
;;   0x011a: ud2
