;;! target = "x86_64"

;; A legacy try: the catch body gets the hidden exnref slot below its
;; payload (kept by ExnCatch for the rethrow), and the dispatch sits after
;; the catch bodies.
(module
  (tag $e (param i32))
  (func (param i32) (result i32)
    try (result i32)
      (throw $e (local.get 0))
    catch $e
      rethrow 0
    end))
;; function 0:
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 80h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 1EBh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: sub rsp, 50h
;;   0x0030: mov [rsp+40h], ebx
;;   0x0034: mov esi, 0
;;   0x0039: mov [rsp], rbx
;;   0x003d: mov [rsp+8], r12
;;   0x0042: mov [rsp+10h], r13
;;   0x0047: mov [rsp+18h], rbp
;;   0x004c: lea r11, [53h]
;;   0x0053: mov [rsp+28h], r11
;;   0x0058: mov rdx, rsp
;;   0x005b: mov rdi, r14
;;   0x005e: mov r11, rsp
;;   0x0061: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0065: push r11
;;   0x0067: push r11
;;   0x0069: mov r11, [r14+8]
;;   0x006d: call qword ptr [r11+78h]
;;   0x0071: mov rsp, [rsp+8]
;;   0x0076: test eax, eax
;;   0x0078: jne 1EDh
;;   0x007e: mov rax, [rsp+30h]
;;   0x0083: mov rdx, [rsp+38h]
;;   0x0088: mov rbx, [rsp]
;;   0x008c: mov r12, [rsp+8]
;;   0x0091: mov r13, [rsp+10h]
;;   0x0096: mov rbp, [rsp+18h]
;;   0x009b: mov r11, [rsp+28h]
;;   0x00a0: mov rsp, [rsp+20h]
;;   0x00a5: jmp r11
;;   0x00a8: mov rsi, [rbp-28h]
;;   0x00ac: sub rsp, 40h
;;   0x00b0: mov [rsp], rbx
;;   0x00b4: mov [rsp+8], r12
;;   0x00b9: mov [rsp+10h], r13
;;   0x00be: mov [rsp+18h], rbp
;;   0x00c3: lea r11, [0CAh]
;;   0x00ca: mov [rsp+28h], r11
;;   0x00cf: mov rdx, rsp
;;   0x00d2: mov rdi, r14
;;   0x00d5: mov r11, rsp
;;   0x00d8: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00dc: push r11
;;   0x00de: push r11
;;   0x00e0: mov r11, [r14+8]
;;   0x00e4: call qword ptr [r11+80h]
;;   0x00eb: mov rsp, [rsp+8]
;;   0x00f0: test eax, eax
;;   0x00f2: jne 1EDh
;;   0x00f8: mov rax, [rsp+30h]
;;   0x00fd: mov rdx, [rsp+38h]
;;   0x0102: mov rbx, [rsp]
;;   0x0106: mov r12, [rsp+8]
;;   0x010b: mov r13, [rsp+10h]
;;   0x0110: mov rbp, [rsp+18h]
;;   0x0115: mov r11, [rsp+28h]
;;   0x011a: mov rsp, [rsp+20h]
;;   0x011f: jmp r11
;;   0x0122: mov r14, [rbp-8]
;;   0x0126: cmp rdx, [r14+38h]
;;   0x012a: jne 172h
;;   0x0130: sub rsp, 10h
;;   0x0134: mov rsi, rax
;;   0x0137: mov rdx, rsp
;;   0x013a: mov ecx, 1
;;   0x013f: mov rdi, r14
;;   0x0142: mov r11, rsp
;;   0x0145: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0149: push r11
;;   0x014b: push r11
;;   0x014d: mov r11, [r14+8]
;;   0x0151: call qword ptr [r11+88h]
;;   0x0158: mov rsp, [rsp+8]
;;   0x015d: mov r11d, [rsp]
;;   0x0161: mov [rbp-30h], r11d
;;   0x0165: add rsp, 10h
;;   0x0169: mov [rbp-28h], rax
;;   0x016d: jmp 0A8h
;;   0x0172: sub rsp, 40h
;;   0x0176: mov rsi, rax
;;   0x0179: mov [rsp], rbx
;;   0x017d: mov [rsp+8], r12
;;   0x0182: mov [rsp+10h], r13
;;   0x0187: mov [rsp+18h], rbp
;;   0x018c: lea r11, [193h]
;;   0x0193: mov [rsp+28h], r11
;;   0x0198: mov rdx, rsp
;;   0x019b: mov rdi, r14
;;   0x019e: mov r11, rsp
;;   0x01a1: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01a5: push r11
;;   0x01a7: push r11
;;   0x01a9: mov r11, [r14+8]
;;   0x01ad: call qword ptr [r11+80h]
;;   0x01b4: mov rsp, [rsp+8]
;;   0x01b9: test eax, eax
;;   0x01bb: jne 1EDh
;;   0x01c1: mov rax, [rsp+30h]
;;   0x01c6: mov rdx, [rsp+38h]
;;   0x01cb: mov rbx, [rsp]
;;   0x01cf: mov r12, [rsp+8]
;;   0x01d4: mov r13, [rsp+10h]
;;   0x01d9: mov rbp, [rsp+18h]
;;   0x01de: mov r11, [rsp+28h]
;;   0x01e3: mov rsp, [rsp+20h]
;;   0x01e8: jmp r11
;;   0x01eb: ud2
;;   0x01ed: mov r11, [r14]
;;   0x01f0: mov rsp, [r11+8]
;;   0x01f4: jmp qword ptr [r11+10h]
