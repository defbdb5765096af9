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
;;   0x0014: jb 42h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: cmp eax, 0Ah
;;   0x0031: setl al
;;   0x0034: movzx eax, al
;;   0x0037: mov rbx, [rbp-10h]
;;   0x003b: mov rsp, rbp
;;   0x003e: pop rbp
;;   0x003f: ret 8
;;   0x0042: ud2
;; function 1 (i32_ge_u_neg):
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
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: mov eax, ebx
;;   0x007e: cmp eax, 0FFFFFFFFh
;;   0x0081: setae al
;;   0x0084: movzx eax, al
;;   0x0087: mov rbx, [rbp-10h]
;;   0x008b: mov rsp, rbp
;;   0x008e: pop rbp
;;   0x008f: ret 8
;;   0x0092: ud2
;; function 2 (i64_eq_imm):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E5h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov rbx, [rbp+10h]
;;   0x00cd: mov rax, rbx
;;   0x00d0: cmp rax, 0FFFFFFFFFFFFFFFBh
;;   0x00d4: sete al
;;   0x00d7: movzx eax, al
;;   0x00da: mov rbx, [rbp-10h]
;;   0x00de: mov rsp, rbp
;;   0x00e1: pop rbp
;;   0x00e2: ret 8
;;   0x00e5: ud2
;; function 3 (i64_gt_u_big):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 140h
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov rbx, [rbp+10h]
;;   0x011d: mov rax, 100000000h
;;   0x0127: mov rcx, rbx
;;   0x012a: cmp rcx, rax
;;   0x012d: seta cl
;;   0x0130: movzx ecx, cl
;;   0x0133: mov eax, ecx
;;   0x0135: mov rbx, [rbp-10h]
;;   0x0139: mov rsp, rbp
;;   0x013c: pop rbp
;;   0x013d: ret 8
;;   0x0140: ud2
;; function 4 (eqz_of_cmp):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 19Eh
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov [rbp-18h], r12
;;   0x017d: mov ebx, [rbp+10h]
;;   0x0180: mov r12d, [rbp+18h]
;;   0x0184: mov eax, ebx
;;   0x0186: cmp eax, r12d
;;   0x0189: sete al
;;   0x018c: movzx eax, al
;;   0x018f: mov rbx, [rbp-10h]
;;   0x0193: mov r12, [rbp-18h]
;;   0x0197: mov rsp, rbp
;;   0x019a: pop rbp
;;   0x019b: ret 10h
;;   0x019e: ud2
