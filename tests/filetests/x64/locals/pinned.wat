;;! target = "x86_64"
;; The first three integer locals live in rbx, r12, r13 (saved in the
;; prologue, restored at each return); the fourth lives in memory.
(module
  (func (export "four") (param i32 i64) (result i64) (local i32 i32)
    (local.set 2 (i32.add (local.get 0) (i32.const 1)))
    (local.set 3 (local.get 2))
    (i64.add (local.get 1) (i64.extend_i32_u (local.get 3))))
  (func (export "early_return") (param i32) (result i32)
    (if (local.get 0) (then (return (i32.const 7))))
    (local.get 0)))
;; function 0 (four):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Ch
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov dword ptr [rbp-30h], 0
;;   0x002c: mov [rbp-10h], rbx
;;   0x0030: mov [rbp-18h], r12
;;   0x0034: mov [rbp-20h], r13
;;   0x0038: mov ebx, [rbp+10h]
;;   0x003b: mov r12, [rbp+18h]
;;   0x003f: mov r13d, 0
;;   0x0045: mov eax, ebx
;;   0x0047: add eax, 1
;;   0x004a: mov r13d, eax
;;   0x004d: mov [rbp-30h], r13d
;;   0x0051: mov eax, [rbp-30h]
;;   0x0054: mov eax, eax
;;   0x0056: add rax, r12
;;   0x0059: mov rbx, [rbp-10h]
;;   0x005d: mov r12, [rbp-18h]
;;   0x0061: mov r13, [rbp-20h]
;;   0x0065: mov rsp, rbp
;;   0x0068: pop rbp
;;   0x0069: ret 10h
;;   0x006c: ud2
;; function 1 (early_return):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0C1h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov ebx, [rbp+10h]
;;   0x009c: test ebx, ebx
;;   0x009e: je 0B4h
;;   0x00a4: mov eax, 7
;;   0x00a9: mov rbx, [rbp-10h]
;;   0x00ad: mov rsp, rbp
;;   0x00b0: pop rbp
;;   0x00b1: ret 8
;;   0x00b4: mov eax, ebx
;;   0x00b6: mov rbx, [rbp-10h]
;;   0x00ba: mov rsp, rbp
;;   0x00bd: pop rbp
;;   0x00be: ret 8
;;   0x00c1: ud2
