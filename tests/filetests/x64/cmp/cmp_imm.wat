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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 38h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: cmp eax, 0Ah
;;   0x002b: setl al
;;   0x002e: movzx eax, al
;;   0x0031: mov rsp, rbp
;;   0x0034: pop rbp
;;   0x0035: ret 8
;;   0x0038: mov r11, [r14]
;;   0x003b: mov eax, 0Ah
;;   0x0040: mov rsp, [r11+8]
;;   0x0044: jmp qword ptr [r11+10h]
;; function 1 (i32_ge_u_neg):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 88h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: cmp eax, 0FFFFFFFFh
;;   0x007b: setae al
;;   0x007e: movzx eax, al
;;   0x0081: mov rsp, rbp
;;   0x0084: pop rbp
;;   0x0085: ret 8
;;   0x0088: mov r11, [r14]
;;   0x008b: mov eax, 0Ah
;;   0x0090: mov rsp, [r11+8]
;;   0x0094: jmp qword ptr [r11+10h]
;; function 2 (i64_eq_imm):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0DAh
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov rax, [rbp+10h]
;;   0x00c9: cmp rax, 0FFFFFFFFFFFFFFFBh
;;   0x00cd: sete al
;;   0x00d0: movzx eax, al
;;   0x00d3: mov rsp, rbp
;;   0x00d6: pop rbp
;;   0x00d7: ret 8
;;   0x00da: mov r11, [r14]
;;   0x00dd: mov eax, 0Ah
;;   0x00e2: mov rsp, [r11+8]
;;   0x00e6: jmp qword ptr [r11+10h]
;; function 3 (i64_gt_u_big):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 135h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov rax, 100000000h
;;   0x011f: mov rcx, [rbp+10h]
;;   0x0123: cmp rcx, rax
;;   0x0126: seta cl
;;   0x0129: movzx ecx, cl
;;   0x012c: mov eax, ecx
;;   0x012e: mov rsp, rbp
;;   0x0131: pop rbp
;;   0x0132: ret 8
;;   0x0135: mov r11, [r14]
;;   0x0138: mov eax, 0Ah
;;   0x013d: mov rsp, [r11+8]
;;   0x0141: jmp qword ptr [r11+10h]
;; function 4 (eqz_of_cmp):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 20h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 188h
;;   0x016a: sub rsp, 20h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov eax, [rbp+10h]
;;   0x0178: cmp eax, [rbp+18h]
;;   0x017b: sete al
;;   0x017e: movzx eax, al
;;   0x0181: mov rsp, rbp
;;   0x0184: pop rbp
;;   0x0185: ret 10h
;;   0x0188: mov r11, [r14]
;;   0x018b: mov eax, 0Ah
;;   0x0190: mov rsp, [r11+8]
;;   0x0194: jmp qword ptr [r11+10h]
