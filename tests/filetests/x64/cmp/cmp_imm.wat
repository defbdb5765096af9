;;! target = "x86_64"

;; Comparisons against constants: imm operands, except an i64 that does not
;; fit imm32.
(module
  (func (export "i32_lt_s_imm") (param i32) (result i32)
    (i32.lt_s (local.get 0) (i32.const 10)))
  (func (export "i32_ge_u_neg") (param i32) (result i32)
    (i32.ge_u (local.get 0) (i32.const -1)))
  (func (export "i64_eq_imm") (param i64) (result i32)
    (i64.eq (local.get 0) (i64.const -5)))
  (func (export "i64_gt_u_big") (param i64) (result i32)
    (i64.gt_u (local.get 0) (i64.const 0x100000000)))
  (func (export "eqz_of_cmp") (param i32 i32) (result i32)
    (i32.eqz (i32.ne (local.get 0) (local.get 1)))))
;; function 0 (i32_lt_s_imm):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 40h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: cmp ebx, 0Ah
;;   0x002f: setl al
;;   0x0032: movzx eax, al
;;   0x0035: mov rbx, [rbp-10h]
;;   0x0039: mov rsp, rbp
;;   0x003c: pop rbp
;;   0x003d: ret 8
;;   0x0040: ud2
;; function 1 (i32_ge_u_neg):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 90h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: cmp ebx, 0FFFFFFFFh
;;   0x007f: setae al
;;   0x0082: movzx eax, al
;;   0x0085: mov rbx, [rbp-10h]
;;   0x0089: mov rsp, rbp
;;   0x008c: pop rbp
;;   0x008d: ret 8
;;   0x0090: ud2
;; function 2 (i64_eq_imm):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E2h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov rbx, [rbp+10h]
;;   0x00cd: cmp rbx, 0FFFFFFFFFFFFFFFBh
;;   0x00d1: sete al
;;   0x00d4: movzx eax, al
;;   0x00d7: mov rbx, [rbp-10h]
;;   0x00db: mov rsp, rbp
;;   0x00de: pop rbp
;;   0x00df: ret 8
;;   0x00e2: ud2
;; function 3 (i64_gt_u_big):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 13Dh
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov rbx, [rbp+10h]
;;   0x011d: mov rax, 100000000h
;;   0x0127: cmp rbx, rax
;;   0x012a: seta cl
;;   0x012d: movzx ecx, cl
;;   0x0130: mov eax, ecx
;;   0x0132: mov rbx, [rbp-10h]
;;   0x0136: mov rsp, rbp
;;   0x0139: pop rbp
;;   0x013a: ret 8
;;   0x013d: ud2
;; function 4 (eqz_of_cmp):
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
;;   0x0169: mov [rbp-18h], r12
;;   0x016d: mov ebx, [rbp+10h]
;;   0x0170: mov r12d, [rbp+18h]
;;   0x0174: cmp ebx, r12d
;;   0x0177: sete al
;;   0x017a: movzx eax, al
;;   0x017d: mov rbx, [rbp-10h]
;;   0x0181: mov r12, [rbp-18h]
;;   0x0185: mov rsp, rbp
;;   0x0188: pop rbp
;;   0x0189: ret 10h
;;   0x018c: ud2
