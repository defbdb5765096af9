;;! target = "x86_64"

;; The try_table body emits nothing extra; its landing pad follows the
;; body: reload the vmctx, compare the tag, copy the payload (ExnCatch)
;; into the target's slots and branch; with no match, throw on
;; (ExnThrowRef). catch_all frees the exception (ExnCatch, no payload).
(module
  (tag $e (param i32))
  (func $f (param i32) (result i32)
    (block $all
      (block $h (result i32)
        (try_table (result i32) (catch $e $h) (catch_all $all)
          (local.get 0))
        (return))
      (i32.const 1)
      (i32.add)
      (return))
    (i32.const -1)))
;; function 0 (f):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 70h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 156h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov [rbp-28h], ebx
;;   0x002f: jmp 127h
;;   0x0034: mov r14, [rbp-8]
;;   0x0038: cmp rdx, [r14+38h]
;;   0x003c: jne 80h
;;   0x0042: sub rsp, 10h
;;   0x0046: mov rsi, rax
;;   0x0049: mov rdx, rsp
;;   0x004c: mov ecx, 0
;;   0x0051: mov rdi, r14
;;   0x0054: mov r11, rsp
;;   0x0057: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x005b: push r11
;;   0x005d: push r11
;;   0x005f: mov r11, [r14+8]
;;   0x0063: call qword ptr [r11+88h]
;;   0x006a: mov rsp, [rsp+8]
;;   0x006f: mov r11d, [rsp]
;;   0x0073: mov [rbp-28h], r11d
;;   0x0077: add rsp, 10h
;;   0x007b: jmp 135h
;;   0x0080: mov rsi, rax
;;   0x0083: mov rdx, rsp
;;   0x0086: mov ecx, 0
;;   0x008b: mov rdi, r14
;;   0x008e: mov r11, rsp
;;   0x0091: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0095: push r11
;;   0x0097: push r11
;;   0x0099: mov r11, [r14+8]
;;   0x009d: call qword ptr [r11+88h]
;;   0x00a4: mov rsp, [rsp+8]
;;   0x00a9: jmp 146h
;;   0x00ae: sub rsp, 40h
;;   0x00b2: mov rsi, rax
;;   0x00b5: mov [rsp], rbx
;;   0x00b9: mov [rsp+8], r12
;;   0x00be: mov [rsp+10h], r13
;;   0x00c3: mov [rsp+18h], rbp
;;   0x00c8: lea r11, [0CFh]
;;   0x00cf: mov [rsp+28h], r11
;;   0x00d4: mov rdx, rsp
;;   0x00d7: mov rdi, r14
;;   0x00da: mov r11, rsp
;;   0x00dd: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00e1: push r11
;;   0x00e3: push r11
;;   0x00e5: mov r11, [r14+8]
;;   0x00e9: call qword ptr [r11+80h]
;;   0x00f0: mov rsp, [rsp+8]
;;   0x00f5: test eax, eax
;;   0x00f7: jne 158h
;;   0x00fd: mov rax, [rsp+30h]
;;   0x0102: mov rdx, [rsp+38h]
;;   0x0107: mov rbx, [rsp]
;;   0x010b: mov r12, [rsp+8]
;;   0x0110: mov r13, [rsp+10h]
;;   0x0115: mov rbp, [rsp+18h]
;;   0x011a: mov r11, [rsp+28h]
;;   0x011f: mov rsp, [rsp+20h]
;;   0x0124: jmp r11
;;   0x0127: mov eax, [rbp-28h]
;;   0x012a: mov rbx, [rbp-10h]
;;   0x012e: mov rsp, rbp
;;   0x0131: pop rbp
;;   0x0132: ret 8
;;   0x0135: mov eax, [rbp-28h]
;;   0x0138: add eax, 1
;;   0x013b: mov rbx, [rbp-10h]
;;   0x013f: mov rsp, rbp
;;   0x0142: pop rbp
;;   0x0143: ret 8
;;   0x0146: mov eax, 0FFFFFFFFh
;;   0x014b: mov rbx, [rbp-10h]
;;   0x014f: mov rsp, rbp
;;   0x0152: pop rbp
;;   0x0153: ret 8
;;   0x0156: ud2
;;   0x0158: mov r11, [r14]
;;   0x015b: mov rsp, [r11+8]
;;   0x015f: jmp qword ptr [r11+10h]
