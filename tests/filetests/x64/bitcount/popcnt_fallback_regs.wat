;;! target = "x86_64"

;; The SWAR popcount borrows a temporary among rax/rcx/rdx that is neither
;; operand, saving it around the sequence: here the operand is in rcx while
;; rax holds a live value.
(module
  (func (export "popcnt_live") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))
    (i32.popcnt (i32.add (local.get 1) (i32.const 1)))
    i32.add))
;; function 0 (popcnt_live):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 91h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov eax, ebx
;;   0x0036: add eax, r12d
;;   0x0039: mov ecx, r12d
;;   0x003c: add ecx, 1
;;   0x003f: mov r11d, ecx
;;   0x0042: shr r11d, 1
;;   0x0046: mov edx, 55555555h
;;   0x004b: and r11d, edx
;;   0x004e: sub ecx, r11d
;;   0x0051: mov edx, 33333333h
;;   0x0056: mov r11d, ecx
;;   0x0059: and r11d, edx
;;   0x005c: shr ecx, 2
;;   0x005f: and ecx, edx
;;   0x0061: add ecx, r11d
;;   0x0064: mov r11d, ecx
;;   0x0067: shr r11d, 4
;;   0x006b: add ecx, r11d
;;   0x006e: mov edx, 0F0F0F0Fh
;;   0x0073: and ecx, edx
;;   0x0075: mov edx, 1010101h
;;   0x007a: imul ecx, edx
;;   0x007d: shr ecx, 18h
;;   0x0080: add eax, ecx
;;   0x0082: mov rbx, [rbp-10h]
;;   0x0086: mov r12, [rbp-18h]
;;   0x008a: mov rsp, rbp
;;   0x008d: pop rbp
;;   0x008e: ret 10h
;;   0x0091: ud2
