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
;;   0x0014: jb 5Ch
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12d, [rbp+18h]
;;   0x0038: mov r13d, [rbp+20h]
;;   0x003c: mov eax, r12d
;;   0x003f: mov ecx, ebx
;;   0x0041: test r13d, r13d
;;   0x0044: cmove ecx, eax
;;   0x0047: mov eax, ecx
;;   0x0049: mov rbx, [rbp-10h]
;;   0x004d: mov r12, [rbp-18h]
;;   0x0051: mov r13, [rbp-20h]
;;   0x0055: mov rsp, rbp
;;   0x0058: pop rbp
;;   0x0059: ret 18h
;;   0x005c: ud2
;; function 1 (select_i64):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 40h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0C0h
;;   0x007a: sub rsp, 40h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov [rbp-18h], r12
;;   0x008d: mov [rbp-20h], r13
;;   0x0091: mov rbx, [rbp+10h]
;;   0x0095: mov r12, [rbp+18h]
;;   0x0099: mov r13d, [rbp+20h]
;;   0x009d: mov rax, r12
;;   0x00a0: mov rcx, rbx
;;   0x00a3: test r13d, r13d
;;   0x00a6: cmove rcx, rax
;;   0x00aa: mov rax, rcx
;;   0x00ad: mov rbx, [rbp-10h]
;;   0x00b1: mov r12, [rbp-18h]
;;   0x00b5: mov r13, [rbp-20h]
;;   0x00b9: mov rsp, rbp
;;   0x00bc: pop rbp
;;   0x00bd: ret 18h
;;   0x00c0: ud2
;; function 2 (select_typed):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 40h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 130h
;;   0x00ea: sub rsp, 40h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov [rbp-18h], r12
;;   0x00fd: mov [rbp-20h], r13
;;   0x0101: mov rbx, [rbp+10h]
;;   0x0105: mov r12, [rbp+18h]
;;   0x0109: mov r13d, [rbp+20h]
;;   0x010d: mov rax, r12
;;   0x0110: mov rcx, rbx
;;   0x0113: test r13d, r13d
;;   0x0116: cmove rcx, rax
;;   0x011a: mov rax, rcx
;;   0x011d: mov rbx, [rbp-10h]
;;   0x0121: mov r12, [rbp-18h]
;;   0x0125: mov r13, [rbp-20h]
;;   0x0129: mov rsp, rbp
;;   0x012c: pop rbp
;;   0x012d: ret 18h
;;   0x0130: ud2
