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
;;   0x0014: jb 7Bh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, [rbp+18h]
;;   0x002b: mov ecx, [rbp+18h]
;;   0x002e: add ecx, 1
;;   0x0031: mov r11d, ecx
;;   0x0034: shr r11d, 1
;;   0x0038: mov edx, 55555555h
;;   0x003d: and r11d, edx
;;   0x0040: sub ecx, r11d
;;   0x0043: mov edx, 33333333h
;;   0x0048: mov r11d, ecx
;;   0x004b: and r11d, edx
;;   0x004e: shr ecx, 2
;;   0x0051: and ecx, edx
;;   0x0053: add ecx, r11d
;;   0x0056: mov r11d, ecx
;;   0x0059: shr r11d, 4
;;   0x005d: add ecx, r11d
;;   0x0060: mov edx, 0F0F0F0Fh
;;   0x0065: and ecx, edx
;;   0x0067: mov edx, 1010101h
;;   0x006c: imul ecx, edx
;;   0x006f: shr ecx, 18h
;;   0x0072: add eax, ecx
;;   0x0074: mov rsp, rbp
;;   0x0077: pop rbp
;;   0x0078: ret 10h
;;   0x007b: ud2
