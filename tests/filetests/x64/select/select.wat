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
;;   0x0014: jb 5Eh
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12d, [rbp+18h]
;;   0x0038: mov r13d, [rbp+20h]
;;   0x003c: mov eax, r13d
;;   0x003f: mov ecx, r12d
;;   0x0042: mov edx, ebx
;;   0x0044: test eax, eax
;;   0x0046: cmove edx, ecx
;;   0x0049: mov eax, edx
;;   0x004b: mov rbx, [rbp-10h]
;;   0x004f: mov r12, [rbp-18h]
;;   0x0053: mov r13, [rbp-20h]
;;   0x0057: mov rsp, rbp
;;   0x005a: pop rbp
;;   0x005b: ret 18h
;;   0x005e: ud2
;; function 1 (select_i64):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 40h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0C2h
;;   0x007a: sub rsp, 40h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov [rbp-18h], r12
;;   0x008d: mov [rbp-20h], r13
;;   0x0091: mov rbx, [rbp+10h]
;;   0x0095: mov r12, [rbp+18h]
;;   0x0099: mov r13d, [rbp+20h]
;;   0x009d: mov eax, r13d
;;   0x00a0: mov rcx, r12
;;   0x00a3: mov rdx, rbx
;;   0x00a6: test eax, eax
;;   0x00a8: cmove rdx, rcx
;;   0x00ac: mov rax, rdx
;;   0x00af: mov rbx, [rbp-10h]
;;   0x00b3: mov r12, [rbp-18h]
;;   0x00b7: mov r13, [rbp-20h]
;;   0x00bb: mov rsp, rbp
;;   0x00be: pop rbp
;;   0x00bf: ret 18h
;;   0x00c2: ud2
;; function 2 (select_typed):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 40h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 132h
;;   0x00ea: sub rsp, 40h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov [rbp-18h], r12
;;   0x00fd: mov [rbp-20h], r13
;;   0x0101: mov rbx, [rbp+10h]
;;   0x0105: mov r12, [rbp+18h]
;;   0x0109: mov r13d, [rbp+20h]
;;   0x010d: mov eax, r13d
;;   0x0110: mov rcx, r12
;;   0x0113: mov rdx, rbx
;;   0x0116: test eax, eax
;;   0x0118: cmove rdx, rcx
;;   0x011c: mov rax, rdx
;;   0x011f: mov rbx, [rbp-10h]
;;   0x0123: mov r12, [rbp-18h]
;;   0x0127: mov r13, [rbp-20h]
;;   0x012b: mov rsp, rbp
;;   0x012e: pop rbp
;;   0x012f: ret 18h
;;   0x0132: ud2
