;;! epoch = "on"
;;! fuel = "on"
;; A return_call loop: no loop header, the callee's entry checks it (the
;; prologue's stack check for epochs, the fuel check after it, which pays
;; for the whole body: local.get, i32.const, i32.add, return_call).
(module
  (func $f (param i32) (result i32)
    (return_call $f (i32.add (local.get 0) (i32.const 1)))))
;; function 0 (f):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 38h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Eh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r11, [r14]
;;   0x002f: add qword ptr [r11+18h], 4
;;   0x0037: jg 95h
;;   0x003d: mov eax, ebx
;;   0x003f: add eax, 1
;;   0x0042: sub rsp, 8
;;   0x0046: mov [rsp], eax
;;   0x0049: mov rbx, [rbp-10h]
;;   0x004d: mov r11, [rsp]
;;   0x0051: mov [rbp+10h], r11
;;   0x0055: mov rsp, rbp
;;   0x0058: pop rbp
;;   0x0059: jmp 0
;;   0x005e: mov r11, [r14]
;;   0x0061: mov r11, [r11]
;;   0x0064: test r11, r11
;;   0x0067: jns 97h
;;   0x006d: mov rdi, r14
;;   0x0070: mov r11, rsp
;;   0x0073: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0077: push r11
;;   0x0079: push r11
;;   0x007b: mov r11, [r14+8]
;;   0x007f: call qword ptr [r11+68h]
;;   0x0083: mov rsp, [rsp+8]
;;   0x0088: test eax, eax
;;   0x008a: jne 99h
;;   0x0090: jmp 4
;;   0x0095: ud2
;;   0x0097: ud2
;;   0x0099: mov r11, [r14]
;;   0x009c: mov rsp, [r11+8]
;;   0x00a0: jmp qword ptr [r11+10h]
