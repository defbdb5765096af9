;;! epoch = "on"
;;! fuel = "on"
;; A return_call loop: no loop header, the callee's entry checks it (the
;; prologue's stack check for epochs, the fuel check after it, which pays
;; for the whole body: local.get, i32.const, i32.add, return_call). The
;; fuel register is written back before the tail call and around the
;; epoch builtin.
(module
  (func $f (param i32) (result i32)
    (return_call $f (i32.add (local.get 0) (i32.const 1)))))
;; function 0 (f):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r13, [r11+18h]
;;   0x000b: mov r11, [r11]
;;   0x000e: add r11, 38h
;;   0x0015: cmp rsp, r11
;;   0x0018: jb 65h
;;   0x001e: sub rsp, 30h
;;   0x0025: mov [rbp-8], r14
;;   0x0029: mov [rbp-10h], rbx
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: add r13, 4
;;   0x0037: jg 0AAh
;;   0x003d: mov eax, ebx
;;   0x003f: add eax, 1
;;   0x0042: sub rsp, 8
;;   0x0046: mov [rsp], eax
;;   0x0049: mov rbx, [rbp-10h]
;;   0x004d: mov r11, [r14]
;;   0x0050: mov [r11+18h], r13
;;   0x0054: mov r11, [rsp]
;;   0x0058: mov [rbp+10h], r11
;;   0x005c: mov rsp, rbp
;;   0x005f: pop rbp
;;   0x0060: jmp 0
;;   0x0065: mov r11, [r14]
;;   0x0068: mov r11, [r11]
;;   0x006b: test r11, r11
;;   0x006e: jns 0ACh
;;   0x0074: mov r11, [r14]
;;   0x0077: mov [r11+18h], r13
;;   0x007b: mov rdi, r14
;;   0x007e: mov r11, rsp
;;   0x0081: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0085: push r11
;;   0x0087: push r11
;;   0x0089: mov r11, [r14+8]
;;   0x008d: call qword ptr [r11+68h]
;;   0x0091: mov rsp, [rsp+8]
;;   0x0096: mov r11, [r14]
;;   0x0099: mov r13, [r11+18h]
;;   0x009d: test eax, eax
;;   0x009f: jne 0AEh
;;   0x00a5: jmp 4
;;   0x00aa: ud2
;;   0x00ac: ud2
;;   0x00ae: mov r11, [r14]
;;   0x00b1: mov rsp, [r11+8]
;;   0x00b5: jmp qword ptr [r11+10h]
