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
;;   0x0014: jb 233h
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
;;   0x005b: mov r11, [r14]
;;   0x005e: mov [r11+30h], rbp
;;   0x0062: lea rdi, [83h]
;;   0x0069: mov [r11+38h], rdi
;;   0x006d: mov rdi, r14
;;   0x0070: mov r11, rsp
;;   0x0073: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0077: push r11
;;   0x0079: push r11
;;   0x007b: mov r11, [r14+8]
;;   0x007f: call qword ptr [r11+78h]
;;   0x0083: mov rsp, [rsp+8]
;;   0x0088: test eax, eax
;;   0x008a: jne 235h
;;   0x0090: mov rax, [rsp+30h]
;;   0x0095: mov rdx, [rsp+38h]
;;   0x009a: mov rbx, [rsp]
;;   0x009e: mov r12, [rsp+8]
;;   0x00a3: mov r13, [rsp+10h]
;;   0x00a8: mov rbp, [rsp+18h]
;;   0x00ad: mov r11, [rsp+28h]
;;   0x00b2: mov rsp, [rsp+20h]
;;   0x00b7: jmp r11
;;   0x00ba: mov rsi, [rbp-28h]
;;   0x00be: sub rsp, 40h
;;   0x00c2: mov [rsp], rbx
;;   0x00c6: mov [rsp+8], r12
;;   0x00cb: mov [rsp+10h], r13
;;   0x00d0: mov [rsp+18h], rbp
;;   0x00d5: lea r11, [0DCh]
;;   0x00dc: mov [rsp+28h], r11
;;   0x00e1: mov rdx, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov [r11+30h], rbp
;;   0x00eb: lea rdi, [10Fh]
;;   0x00f2: mov [r11+38h], rdi
;;   0x00f6: mov rdi, r14
;;   0x00f9: mov r11, rsp
;;   0x00fc: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0100: push r11
;;   0x0102: push r11
;;   0x0104: mov r11, [r14+8]
;;   0x0108: call qword ptr [r11+80h]
;;   0x010f: mov rsp, [rsp+8]
;;   0x0114: test eax, eax
;;   0x0116: jne 235h
;;   0x011c: mov rax, [rsp+30h]
;;   0x0121: mov rdx, [rsp+38h]
;;   0x0126: mov rbx, [rsp]
;;   0x012a: mov r12, [rsp+8]
;;   0x012f: mov r13, [rsp+10h]
;;   0x0134: mov rbp, [rsp+18h]
;;   0x0139: mov r11, [rsp+28h]
;;   0x013e: mov rsp, [rsp+20h]
;;   0x0143: jmp r11
;;   0x0146: mov r14, [rbp-8]
;;   0x014a: cmp rdx, [r14+38h]
;;   0x014e: jne 1A8h
;;   0x0154: sub rsp, 10h
;;   0x0158: mov rsi, rax
;;   0x015b: mov rdx, rsp
;;   0x015e: mov ecx, 1
;;   0x0163: mov r11, [r14]
;;   0x0166: mov [r11+30h], rbp
;;   0x016a: lea rdi, [18Eh]
;;   0x0171: mov [r11+38h], rdi
;;   0x0175: mov rdi, r14
;;   0x0178: mov r11, rsp
;;   0x017b: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x017f: push r11
;;   0x0181: push r11
;;   0x0183: mov r11, [r14+8]
;;   0x0187: call qword ptr [r11+88h]
;;   0x018e: mov rsp, [rsp+8]
;;   0x0193: mov r11d, [rsp]
;;   0x0197: mov [rbp-30h], r11d
;;   0x019b: add rsp, 10h
;;   0x019f: mov [rbp-28h], rax
;;   0x01a3: jmp 0BAh
;;   0x01a8: sub rsp, 40h
;;   0x01ac: mov rsi, rax
;;   0x01af: mov [rsp], rbx
;;   0x01b3: mov [rsp+8], r12
;;   0x01b8: mov [rsp+10h], r13
;;   0x01bd: mov [rsp+18h], rbp
;;   0x01c2: lea r11, [1C9h]
;;   0x01c9: mov [rsp+28h], r11
;;   0x01ce: mov rdx, rsp
;;   0x01d1: mov r11, [r14]
;;   0x01d4: mov [r11+30h], rbp
;;   0x01d8: lea rdi, [1FCh]
;;   0x01df: mov [r11+38h], rdi
;;   0x01e3: mov rdi, r14
;;   0x01e6: mov r11, rsp
;;   0x01e9: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01ed: push r11
;;   0x01ef: push r11
;;   0x01f1: mov r11, [r14+8]
;;   0x01f5: call qword ptr [r11+80h]
;;   0x01fc: mov rsp, [rsp+8]
;;   0x0201: test eax, eax
;;   0x0203: jne 235h
;;   0x0209: mov rax, [rsp+30h]
;;   0x020e: mov rdx, [rsp+38h]
;;   0x0213: mov rbx, [rsp]
;;   0x0217: mov r12, [rsp+8]
;;   0x021c: mov r13, [rsp+10h]
;;   0x0221: mov rbp, [rsp+18h]
;;   0x0226: mov r11, [rsp+28h]
;;   0x022b: mov rsp, [rsp+20h]
;;   0x0230: jmp r11
;;   0x0233: ud2
;;   0x0235: mov r11, [r14]
;;   0x0238: mov rsp, [r11+8]
;;   0x023c: jmp qword ptr [r11+10h]
