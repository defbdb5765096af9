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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 7Fh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, [rbp+18h]
;;   0x002b: mov ecx, [rbp+18h]
;;   0x002e: add ecx, 1
;;   0x0031: mov ecx, ecx
;;   0x0033: push rax
;;   0x0034: mov r11d, ecx
;;   0x0037: shr r11d, 1
;;   0x003b: mov eax, 55555555h
;;   0x0040: and r11d, eax
;;   0x0043: sub ecx, r11d
;;   0x0046: mov eax, 33333333h
;;   0x004b: mov r11d, ecx
;;   0x004e: and r11d, eax
;;   0x0051: shr ecx, 2
;;   0x0054: and ecx, eax
;;   0x0056: add ecx, r11d
;;   0x0059: mov r11d, ecx
;;   0x005c: shr r11d, 4
;;   0x0060: add ecx, r11d
;;   0x0063: mov eax, 0F0F0F0Fh
;;   0x0068: and ecx, eax
;;   0x006a: mov eax, 1010101h
;;   0x006f: imul ecx, eax
;;   0x0072: shr ecx, 18h
;;   0x0075: pop rax
;;   0x0076: add eax, ecx
;;   0x0078: mov rsp, rbp
;;   0x007b: pop rbp
;;   0x007c: ret 10h
;;   0x007f: mov r11, [r14]
;;   0x0082: mov eax, 0Ah
;;   0x0087: mov rsp, [r11+8]
;;   0x008b: jmp qword ptr [r11+10h]
