;;! epoch = "on"
;;! fuel = "on"
;; A return_call loop: no loop header, the callee's entry checks it (the
;; prologue's stack check for epochs, the fuel check after it).
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
;;   0x0014: jb 63h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r11, [r14]
;;   0x002f: cmp qword ptr [r11+18h], 0
;;   0x0034: jge 9Ah
;;   0x003a: mov eax, ebx
;;   0x003c: add eax, 1
;;   0x003f: mov r11, [r14]
;;   0x0042: add qword ptr [r11+18h], 4
;;   0x0047: sub rsp, 8
;;   0x004b: mov [rsp], eax
;;   0x004e: mov rbx, [rbp-10h]
;;   0x0052: mov r11, [rsp]
;;   0x0056: mov [rbp+10h], r11
;;   0x005a: mov rsp, rbp
;;   0x005d: pop rbp
;;   0x005e: jmp 0
;;   0x0063: mov r11, [r14]
;;   0x0066: mov r11, [r11]
;;   0x0069: test r11, r11
;;   0x006c: jns 9Ch
;;   0x0072: mov rdi, r14
;;   0x0075: mov r11, rsp
;;   0x0078: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x007c: push r11
;;   0x007e: push r11
;;   0x0080: mov r11, [r14+8]
;;   0x0084: call qword ptr [r11+68h]
;;   0x0088: mov rsp, [rsp+8]
;;   0x008d: test eax, eax
;;   0x008f: jne 9Eh
;;   0x0095: jmp 4
;;   0x009a: ud2
;;   0x009c: ud2
;;   0x009e: mov r11, [r14]
;;   0x00a1: mov rsp, [r11+8]
;;   0x00a5: jmp qword ptr [r11+10h]
