;;! target = "x86_64"

;; `throw` stores its payload after the unwind buffer at the stack pointer
;; and calls ExnThrow; when it returns 0 the code jumps to the handler the
;; buffer names (registers, frame and stack pointer, landing pad).
(module
  (tag $e (param i32 i64))
  (func (export "throw") (param i32)
    (throw $e (local.get 0) (i64.const 7))))
;; function 0 (throw):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 90h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 0C3h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: sub rsp, 60h
;;   0x0030: mov [rsp+40h], ebx
;;   0x0034: mov qword ptr [rsp+50h], 7
;;   0x003d: mov esi, 0
;;   0x0042: mov [rsp], rbx
;;   0x0046: mov [rsp+8], r12
;;   0x004b: mov [rsp+10h], r13
;;   0x0050: mov [rsp+18h], rbp
;;   0x0055: lea r11, [5Ch]
;;   0x005c: mov [rsp+28h], r11
;;   0x0061: mov rdx, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov [r11+30h], rbp
;;   0x006b: lea rdi, [8Ch]
;;   0x0072: mov [r11+38h], rdi
;;   0x0076: mov rdi, r14
;;   0x0079: mov r11, rsp
;;   0x007c: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0080: push r11
;;   0x0082: push r11
;;   0x0084: mov r11, [r14+8]
;;   0x0088: call qword ptr [r11+78h]
;;   0x008c: mov rsp, [rsp+8]
;;   0x0091: test eax, eax
;;   0x0093: jne 0C5h
;;   0x0099: mov rax, [rsp+30h]
;;   0x009e: mov rdx, [rsp+38h]
;;   0x00a3: mov rbx, [rsp]
;;   0x00a7: mov r12, [rsp+8]
;;   0x00ac: mov r13, [rsp+10h]
;;   0x00b1: mov rbp, [rsp+18h]
;;   0x00b6: mov r11, [rsp+28h]
;;   0x00bb: mov rsp, [rsp+20h]
;;   0x00c0: jmp r11
;;   0x00c3: ud2
;;   0x00c5: mov r11, [r14]
;;   0x00c8: mov rsp, [r11+8]
;;   0x00cc: jmp qword ptr [r11+10h]
