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
;;   0x0014: jb 18Ch
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov [rbp-28h], ebx
;;   0x002f: jmp 15Dh
;;   0x0034: mov r14, [rbp-8]
;;   0x0038: cmp rdx, [r14+38h]
;;   0x003c: jne 92h
;;   0x0042: sub rsp, 10h
;;   0x0046: mov rsi, rax
;;   0x0049: mov rdx, rsp
;;   0x004c: mov ecx, 0
;;   0x0051: mov r11, [r14]
;;   0x0054: mov [r11+30h], rbp
;;   0x0058: lea rdi, [7Ch]
;;   0x005f: mov [r11+38h], rdi
;;   0x0063: mov rdi, r14
;;   0x0066: mov r11, rsp
;;   0x0069: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x006d: push r11
;;   0x006f: push r11
;;   0x0071: mov r11, [r14+8]
;;   0x0075: call qword ptr [r11+88h]
;;   0x007c: mov rsp, [rsp+8]
;;   0x0081: mov r11d, [rsp]
;;   0x0085: mov [rbp-28h], r11d
;;   0x0089: add rsp, 10h
;;   0x008d: jmp 16Bh
;;   0x0092: mov rsi, rax
;;   0x0095: mov rdx, rsp
;;   0x0098: mov ecx, 0
;;   0x009d: mov r11, [r14]
;;   0x00a0: mov [r11+30h], rbp
;;   0x00a4: lea rdi, [0C8h]
;;   0x00ab: mov [r11+38h], rdi
;;   0x00af: mov rdi, r14
;;   0x00b2: mov r11, rsp
;;   0x00b5: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00b9: push r11
;;   0x00bb: push r11
;;   0x00bd: mov r11, [r14+8]
;;   0x00c1: call qword ptr [r11+88h]
;;   0x00c8: mov rsp, [rsp+8]
;;   0x00cd: jmp 17Ch
;;   0x00d2: sub rsp, 40h
;;   0x00d6: mov rsi, rax
;;   0x00d9: mov [rsp], rbx
;;   0x00dd: mov [rsp+8], r12
;;   0x00e2: mov [rsp+10h], r13
;;   0x00e7: mov [rsp+18h], rbp
;;   0x00ec: lea r11, [0F3h]
;;   0x00f3: mov [rsp+28h], r11
;;   0x00f8: mov rdx, rsp
;;   0x00fb: mov r11, [r14]
;;   0x00fe: mov [r11+30h], rbp
;;   0x0102: lea rdi, [126h]
;;   0x0109: mov [r11+38h], rdi
;;   0x010d: mov rdi, r14
;;   0x0110: mov r11, rsp
;;   0x0113: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0117: push r11
;;   0x0119: push r11
;;   0x011b: mov r11, [r14+8]
;;   0x011f: call qword ptr [r11+80h]
;;   0x0126: mov rsp, [rsp+8]
;;   0x012b: test eax, eax
;;   0x012d: jne 18Eh
;;   0x0133: mov rax, [rsp+30h]
;;   0x0138: mov rdx, [rsp+38h]
;;   0x013d: mov rbx, [rsp]
;;   0x0141: mov r12, [rsp+8]
;;   0x0146: mov r13, [rsp+10h]
;;   0x014b: mov rbp, [rsp+18h]
;;   0x0150: mov r11, [rsp+28h]
;;   0x0155: mov rsp, [rsp+20h]
;;   0x015a: jmp r11
;;   0x015d: mov eax, [rbp-28h]
;;   0x0160: mov rbx, [rbp-10h]
;;   0x0164: mov rsp, rbp
;;   0x0167: pop rbp
;;   0x0168: ret 8
;;   0x016b: mov eax, [rbp-28h]
;;   0x016e: add eax, 1
;;   0x0171: mov rbx, [rbp-10h]
;;   0x0175: mov rsp, rbp
;;   0x0178: pop rbp
;;   0x0179: ret 8
;;   0x017c: mov eax, 0FFFFFFFFh
;;   0x0181: mov rbx, [rbp-10h]
;;   0x0185: mov rsp, rbp
;;   0x0188: pop rbp
;;   0x0189: ret 8
;;   0x018c: ud2
;;   0x018e: mov r11, [r14]
;;   0x0191: mov rsp, [r11+8]
;;   0x0195: jmp qword ptr [r11+10h]
