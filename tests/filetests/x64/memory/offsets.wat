;;! target = "x86_64"

;; Large static offsets (beyond a disp32), constant addresses and constant
;; stored values.
(module
  (memory 1)
  (func (export "big_offset") (param i32) (result i32)
    (i32.load offset=0xfffffff0 (local.get 0)))
  (func (export "const_addr") (result i64)
    (i64.load16_u (i32.const 100)))
  (func (export "store_const") (param i32)
    (i64.store offset=8 (local.get 0) (i64.const 0x100000000)))
  (func (export "store8") (param i32 i32)
    (i32.store8 (local.get 0) (local.get 1))))
;; function 0 (big_offset):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Ah
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, [rbp+10h]
;;   0x002f: mov r11, [r14+18h]
;;   0x0033: mov ecx, 0FFFFFFF4h
;;   0x0038: add rcx, rax
;;   0x003b: cmp rcx, [r11+8]
;;   0x003f: ja 6Ah
;;   0x0045: add rax, r15
;;   0x0048: mov r11d, 0FFFFFFF0h
;;   0x004e: add rax, r11
;;   0x0051: mov eax, [rax]
;;   0x0053: mov rsp, rbp
;;   0x0056: pop rbp
;;   0x0057: ret 8
;;   0x005a: mov r11, [r14]
;;   0x005d: mov eax, 0Ah
;;   0x0062: mov rsp, [r11+8]
;;   0x0066: jmp qword ptr [r11+10h]
;;   0x006a: mov r11, [r14]
;;   0x006d: mov eax, 5
;;   0x0072: mov rsp, [r11+8]
;;   0x0076: jmp qword ptr [r11+10h]
;; function 1 (const_addr):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0CEh
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov r15, [r14+18h]
;;   0x00a9: mov r15, [r15]
;;   0x00ac: mov eax, 64h
;;   0x00b1: mov r11, [r14+18h]
;;   0x00b5: lea rcx, [rax+2]
;;   0x00b9: cmp rcx, [r11+8]
;;   0x00bd: ja 0DEh
;;   0x00c3: add rax, r15
;;   0x00c6: movzx eax, word ptr [rax]
;;   0x00c9: mov rsp, rbp
;;   0x00cc: pop rbp
;;   0x00cd: ret
;;   0x00ce: mov r11, [r14]
;;   0x00d1: mov eax, 0Ah
;;   0x00d6: mov rsp, [r11+8]
;;   0x00da: jmp qword ptr [r11+10h]
;;   0x00de: mov r11, [r14]
;;   0x00e1: mov eax, 5
;;   0x00e6: mov rsp, [r11+8]
;;   0x00ea: jmp qword ptr [r11+10h]
;; function 2 (store_const):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 149h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov r15, [r14+18h]
;;   0x0119: mov r15, [r15]
;;   0x011c: mov rax, 100000000h
;;   0x0126: mov ecx, [rbp+10h]
;;   0x0129: mov r11, [r14+18h]
;;   0x012d: lea rdx, [rcx+10h]
;;   0x0131: cmp rdx, [r11+8]
;;   0x0135: ja 159h
;;   0x013b: add rcx, r15
;;   0x013e: mov [rcx+8], rax
;;   0x0142: mov rsp, rbp
;;   0x0145: pop rbp
;;   0x0146: ret 8
;;   0x0149: mov r11, [r14]
;;   0x014c: mov eax, 0Ah
;;   0x0151: mov rsp, [r11+8]
;;   0x0155: jmp qword ptr [r11+10h]
;;   0x0159: mov r11, [r14]
;;   0x015c: mov eax, 5
;;   0x0161: mov rsp, [r11+8]
;;   0x0165: jmp qword ptr [r11+10h]
;; function 3 (store8):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 20h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1C0h
;;   0x018a: sub rsp, 20h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: mov r15, [r14+18h]
;;   0x0199: mov r15, [r15]
;;   0x019c: mov eax, [rbp+18h]
;;   0x019f: mov ecx, [rbp+10h]
;;   0x01a2: mov r11, [r14+18h]
;;   0x01a6: lea rdx, [rcx+1]
;;   0x01aa: cmp rdx, [r11+8]
;;   0x01ae: ja 1D0h
;;   0x01b4: add rcx, r15
;;   0x01b7: mov [rcx], al
;;   0x01b9: mov rsp, rbp
;;   0x01bc: pop rbp
;;   0x01bd: ret 10h
;;   0x01c0: mov r11, [r14]
;;   0x01c3: mov eax, 0Ah
;;   0x01c8: mov rsp, [r11+8]
;;   0x01cc: jmp qword ptr [r11+10h]
;;   0x01d0: mov r11, [r14]
;;   0x01d3: mov eax, 5
;;   0x01d8: mov rsp, [r11+8]
;;   0x01dc: jmp qword ptr [r11+10h]
