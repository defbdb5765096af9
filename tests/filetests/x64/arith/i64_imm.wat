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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 34h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+10h]
;;   0x0029: add rax, 7
;;   0x002d: mov rsp, rbp
;;   0x0030: pop rbp
;;   0x0031: ret 8
;;   0x0034: mov r11, [r14]
;;   0x0037: mov eax, 0Ah
;;   0x003c: mov rsp, [r11+8]
;;   0x0040: jmp qword ptr [r11+10h]
;; function 1 (add_neg):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 87h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, [rbp+10h]
;;   0x0079: add rax, 0FFFFFFFF80000000h
;;   0x0080: mov rsp, rbp
;;   0x0083: pop rbp
;;   0x0084: ret 8
;;   0x0087: mov r11, [r14]
;;   0x008a: mov eax, 0Ah
;;   0x008f: mov rsp, [r11+8]
;;   0x0093: jmp qword ptr [r11+10h]
;; function 2 (add_u32max):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0DBh
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, 0FFFFFFFFh
;;   0x00ca: mov rcx, [rbp+10h]
;;   0x00ce: add rcx, rax
;;   0x00d1: mov rax, rcx
;;   0x00d4: mov rsp, rbp
;;   0x00d7: pop rbp
;;   0x00d8: ret 8
;;   0x00db: mov r11, [r14]
;;   0x00de: mov eax, 0Ah
;;   0x00e3: mov rsp, [r11+8]
;;   0x00e7: jmp qword ptr [r11+10h]
;; function 3 (and_big):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 130h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov rax, 123456789ABCDEF0h
;;   0x011f: mov rcx, [rbp+10h]
;;   0x0123: and rcx, rax
;;   0x0126: mov rax, rcx
;;   0x0129: mov rsp, rbp
;;   0x012c: pop rbp
;;   0x012d: ret 8
;;   0x0130: mov r11, [r14]
;;   0x0133: mov eax, 0Ah
;;   0x0138: mov rsp, [r11+8]
;;   0x013c: jmp qword ptr [r11+10h]
;; function 4 (mul_big):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 20h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 181h
;;   0x015a: sub rsp, 20h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov rax, 100000000h
;;   0x016f: mov rcx, [rbp+10h]
;;   0x0173: imul rcx, rax
;;   0x0177: mov rax, rcx
;;   0x017a: mov rsp, rbp
;;   0x017d: pop rbp
;;   0x017e: ret 8
;;   0x0181: mov r11, [r14]
;;   0x0184: mov eax, 0Ah
;;   0x0189: mov rsp, [r11+8]
;;   0x018d: jmp qword ptr [r11+10h]
;; function 5 (mul_small):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 20h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 1D4h
;;   0x01ba: sub rsp, 20h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov rax, [rbp+10h]
;;   0x01c9: imul rax, 0FFFFFFFFFFFFFFFDh
;;   0x01cd: mov rsp, rbp
;;   0x01d0: pop rbp
;;   0x01d1: ret 8
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov eax, 0Ah
;;   0x01dc: mov rsp, [r11+8]
;;   0x01e0: jmp qword ptr [r11+10h]
