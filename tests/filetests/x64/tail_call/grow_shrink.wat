;;! target = "x86_64"

;; Tail calls to a callee with more (then fewer) parameter bytes: the new
;; argument base is rbp + 16 + caller's bytes - callee's bytes, the return
;; address moves just below it, and the result area above stays put.
(module
  (func $three (param i32 i32 i32) (result i32 i64)
    (i32.add (i32.add (local.get 0) (local.get 1)) (local.get 2))
    (i64.const 7))
  (func $one (param i32) (result i32 i64)
    (return_call $three (local.get 0) (i32.const 2) (i32.const 3)))
  (func $four (param i32 i32 i32 i32) (result i32 i64)
    (return_call $one (i32.add (local.get 0) (local.get 3)))))
;; function 0 (three):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Fh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12d, [rbp+18h]
;;   0x0038: mov r13d, [rbp+20h]
;;   0x003c: mov eax, ebx
;;   0x003e: add eax, r12d
;;   0x0041: add eax, r13d
;;   0x0044: mov qword ptr [rbp+28h], 7
;;   0x004c: mov rbx, [rbp-10h]
;;   0x0050: mov r12, [rbp-18h]
;;   0x0054: mov r13, [rbp-20h]
;;   0x0058: mov rsp, rbp
;;   0x005b: pop rbp
;;   0x005c: ret 18h
;;   0x005f: ud2
;; function 1 (one):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 58h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0E9h
;;   0x008a: sub rsp, 40h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov ebx, [rbp+10h]
;;   0x009c: sub rsp, 18h
;;   0x00a0: mov [rsp], ebx
;;   0x00a3: mov dword ptr [rsp+8], 2
;;   0x00ab: mov dword ptr [rsp+10h], 3
;;   0x00b3: mov rbx, [rbp-10h]
;;   0x00b7: lea rcx, [rbp]
;;   0x00bb: mov rdx, [rbp+8]
;;   0x00bf: mov rbp, [rbp]
;;   0x00c3: mov r11, [rsp+10h]
;;   0x00c8: mov [rcx+10h], r11
;;   0x00cc: mov r11, [rsp+8]
;;   0x00d1: mov [rcx+8], r11
;;   0x00d5: mov r11, [rsp]
;;   0x00d9: mov [rcx], r11
;;   0x00dc: lea rsp, [rcx-8]
;;   0x00e0: mov [rsp], rdx
;;   0x00e4: jmp 0
;;   0x00e9: ud2
;; function 2 (four):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 38h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 164h
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov [rbp-18h], r12
;;   0x011d: mov [rbp-20h], r13
;;   0x0121: mov ebx, [rbp+10h]
;;   0x0124: mov r12d, [rbp+18h]
;;   0x0128: mov r13d, [rbp+20h]
;;   0x012c: mov eax, ebx
;;   0x012e: add eax, [rbp+28h]
;;   0x0131: sub rsp, 8
;;   0x0135: mov [rsp], eax
;;   0x0138: mov rbx, [rbp-10h]
;;   0x013c: mov r12, [rbp-18h]
;;   0x0140: mov r13, [rbp-20h]
;;   0x0144: lea rcx, [rbp+28h]
;;   0x0148: mov rdx, [rbp+8]
;;   0x014c: mov rbp, [rbp]
;;   0x0150: mov r11, [rsp]
;;   0x0154: mov [rcx], r11
;;   0x0157: lea rsp, [rcx-8]
;;   0x015b: mov [rsp], rdx
;;   0x015f: jmp 70h
;;   0x0164: ud2
