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
;;   0x0034: ud2
;; function 1 (add_neg):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 77h
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rax, [rbp+10h]
;;   0x0069: add rax, 0FFFFFFFF80000000h
;;   0x0070: mov rsp, rbp
;;   0x0073: pop rbp
;;   0x0074: ret 8
;;   0x0077: ud2
;; function 2 (add_u32max):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BBh
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, 0FFFFFFFFh
;;   0x00aa: mov rcx, [rbp+10h]
;;   0x00ae: add rcx, rax
;;   0x00b1: mov rax, rcx
;;   0x00b4: mov rsp, rbp
;;   0x00b7: pop rbp
;;   0x00b8: ret 8
;;   0x00bb: ud2
;; function 3 (and_big):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 100h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov rax, 123456789ABCDEF0h
;;   0x00ef: mov rcx, [rbp+10h]
;;   0x00f3: and rcx, rax
;;   0x00f6: mov rax, rcx
;;   0x00f9: mov rsp, rbp
;;   0x00fc: pop rbp
;;   0x00fd: ret 8
;;   0x0100: ud2
;; function 4 (mul_big):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 20h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 151h
;;   0x012a: sub rsp, 20h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov rax, 100000000h
;;   0x013f: mov rcx, [rbp+10h]
;;   0x0143: imul rcx, rax
;;   0x0147: mov rax, rcx
;;   0x014a: mov rsp, rbp
;;   0x014d: pop rbp
;;   0x014e: ret 8
;;   0x0151: ud2
;; function 5 (mul_small):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 20h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 194h
;;   0x017a: sub rsp, 20h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov rax, [rbp+10h]
;;   0x0189: imul rax, 0FFFFFFFFFFFFFFFDh
;;   0x018d: mov rsp, rbp
;;   0x0190: pop rbp
;;   0x0191: ret 8
;;   0x0194: ud2
