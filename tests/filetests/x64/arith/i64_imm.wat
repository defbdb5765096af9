;;! target = "x86_64"

;; i64 constants that fit a sign-extended imm32 are immediates; others are
;; first moved into a register with a 64-bit immediate.
(module
  (func (export "add_small") (param i64) (result i64)
    (i64.add (local.get 0) (i64.const 7)))
  (func (export "add_neg") (param i64) (result i64)
    (i64.add (local.get 0) (i64.const -2147483648)))
  (func (export "add_u32max") (param i64) (result i64)
    (i64.add (local.get 0) (i64.const 0xffffffff)))
  (func (export "and_big") (param i64) (result i64)
    (i64.and (local.get 0) (i64.const 0x123456789abcdef0)))
  (func (export "mul_big") (param i64) (result i64)
    (i64.mul (local.get 0) (i64.const 0x100000000)))
  (func (export "mul_small") (param i64) (result i64)
    (i64.mul (local.get 0) (i64.const -3))))
;; function 0 (add_small):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Fh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: mov rax, rbx
;;   0x0030: add rax, 7
;;   0x0034: mov rbx, [rbp-10h]
;;   0x0038: mov rsp, rbp
;;   0x003b: pop rbp
;;   0x003c: ret 8
;;   0x003f: ud2
;; function 1 (add_neg):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 92h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov rbx, [rbp+10h]
;;   0x007d: mov rax, rbx
;;   0x0080: add rax, 0FFFFFFFF80000000h
;;   0x0087: mov rbx, [rbp-10h]
;;   0x008b: mov rsp, rbp
;;   0x008e: pop rbp
;;   0x008f: ret 8
;;   0x0092: ud2
;; function 2 (add_u32max):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E6h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov rbx, [rbp+10h]
;;   0x00cd: mov eax, 0FFFFFFFFh
;;   0x00d2: mov rcx, rbx
;;   0x00d5: add rcx, rax
;;   0x00d8: mov rax, rcx
;;   0x00db: mov rbx, [rbp-10h]
;;   0x00df: mov rsp, rbp
;;   0x00e2: pop rbp
;;   0x00e3: ret 8
;;   0x00e6: ud2
;; function 3 (and_big):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 13Bh
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov rbx, [rbp+10h]
;;   0x011d: mov rax, 123456789ABCDEF0h
;;   0x0127: mov rcx, rbx
;;   0x012a: and rcx, rax
;;   0x012d: mov rax, rcx
;;   0x0130: mov rbx, [rbp-10h]
;;   0x0134: mov rsp, rbp
;;   0x0137: pop rbp
;;   0x0138: ret 8
;;   0x013b: ud2
;; function 4 (mul_big):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 18Ch
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov rbx, [rbp+10h]
;;   0x016d: mov rax, 100000000h
;;   0x0177: mov rcx, rbx
;;   0x017a: imul rcx, rax
;;   0x017e: mov rax, rcx
;;   0x0181: mov rbx, [rbp-10h]
;;   0x0185: mov rsp, rbp
;;   0x0188: pop rbp
;;   0x0189: ret 8
;;   0x018c: ud2
;; function 5 (mul_small):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1CCh
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov [rbp-10h], rbx
;;   0x01b9: mov rbx, [rbp+10h]
;;   0x01bd: imul rax, rbx, 0FFFFFFFFFFFFFFFDh
;;   0x01c1: mov rbx, [rbp-10h]
;;   0x01c5: mov rsp, rbp
;;   0x01c8: pop rbp
;;   0x01c9: ret 8
;;   0x01cc: ud2
