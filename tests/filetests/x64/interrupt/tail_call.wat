;;! epoch = "on"
;;! fuel = "on"
;; A return_call loop: no loop header, the callee's entry checks it (the
;; prologue's stack check for epochs, the fuel check after it, which pays
;; for the whole body: local.get, i32.const, i32.add, return_call). The
;; fuel register (r13) is written back and reloaded around the epoch
;; builtin only.
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
;;   0x0014: jb 5Ah
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: add r13, 4
;;   0x0033: jg 0B1h
;;   0x0039: mov eax, ebx
;;   0x003b: add eax, 1
;;   0x003e: sub rsp, 8
;;   0x0042: mov [rsp], eax
;;   0x0045: mov rbx, [rbp-10h]
;;   0x0049: mov r11, [rsp]
;;   0x004d: mov [rbp+10h], r11
;;   0x0051: mov rsp, rbp
;;   0x0054: pop rbp
;;   0x0055: jmp 0
;;   0x005a: mov r11, [r14]
;;   0x005d: mov r11, [r11]
;;   0x0060: test r11, r11
;;   0x0063: jns 0B3h
;;   0x0069: mov r11, [r14]
;;   0x006c: mov [r11+18h], r13
;;   0x0070: mov r11, [r14]
;;   0x0073: mov [r11+30h], rbp
;;   0x0077: lea rdi, [98h]
;;   0x007e: mov [r11+38h], rdi
;;   0x0082: mov rdi, r14
;;   0x0085: mov r11, rsp
;;   0x0088: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x008c: push r11
;;   0x008e: push r11
;;   0x0090: mov r11, [r14+8]
;;   0x0094: call qword ptr [r11+68h]
;;   0x0098: mov rsp, [rsp+8]
;;   0x009d: mov r11, [r14]
;;   0x00a0: mov r13, [r11+18h]
;;   0x00a4: test eax, eax
;;   0x00a6: jne 0B5h
;;   0x00ac: jmp 4
;;   0x00b1: ud2
;;   0x00b3: ud2
;;   0x00b5: mov r11, [r14]
;;   0x00b8: mov rsp, [r11+8]
;;   0x00bc: jmp qword ptr [r11+10h]
