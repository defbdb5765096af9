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
;;   0x0038: ud2
;; function 1 (i32_ge_u_neg):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 78h
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, [rbp+10h]
;;   0x0068: cmp eax, 0FFFFFFFFh
;;   0x006b: setae al
;;   0x006e: movzx eax, al
;;   0x0071: mov rsp, rbp
;;   0x0074: pop rbp
;;   0x0075: ret 8
;;   0x0078: ud2
;; function 2 (i64_eq_imm):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BAh
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov rax, [rbp+10h]
;;   0x00a9: cmp rax, 0FFFFFFFFFFFFFFFBh
;;   0x00ad: sete al
;;   0x00b0: movzx eax, al
;;   0x00b3: mov rsp, rbp
;;   0x00b6: pop rbp
;;   0x00b7: ret 8
;;   0x00ba: ud2
;; function 3 (i64_gt_u_big):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 105h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov rax, 100000000h
;;   0x00ef: mov rcx, [rbp+10h]
;;   0x00f3: cmp rcx, rax
;;   0x00f6: seta cl
;;   0x00f9: movzx ecx, cl
;;   0x00fc: mov eax, ecx
;;   0x00fe: mov rsp, rbp
;;   0x0101: pop rbp
;;   0x0102: ret 8
;;   0x0105: ud2
;; function 4 (eqz_of_cmp):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 20h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 148h
;;   0x012a: sub rsp, 20h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov eax, [rbp+10h]
;;   0x0138: cmp eax, [rbp+18h]
;;   0x013b: sete al
;;   0x013e: movzx eax, al
;;   0x0141: mov rsp, rbp
;;   0x0144: pop rbp
;;   0x0145: ret 10h
;;   0x0148: ud2
