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
;;   0x0014: jb 53h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: mov r11, [r14+18h]
;;   0x002c: mov ecx, 0FFFFFFF4h
;;   0x0031: add rcx, rax
;;   0x0034: cmp rcx, [r11+8]
;;   0x0038: ja 63h
;;   0x003e: add rax, [r11]
;;   0x0041: mov r11d, 0FFFFFFF0h
;;   0x0047: add rax, r11
;;   0x004a: mov eax, [rax]
;;   0x004c: mov rsp, rbp
;;   0x004f: pop rbp
;;   0x0050: ret 8
;;   0x0053: mov r11, [r14]
;;   0x0056: mov eax, 0Ah
;;   0x005b: mov rsp, [r11+8]
;;   0x005f: jmp qword ptr [r11+10h]
;;   0x0063: mov r11, [r14]
;;   0x0066: mov eax, 5
;;   0x006b: mov rsp, [r11+8]
;;   0x006f: jmp qword ptr [r11+10h]
;; function 1 (const_addr):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0C7h
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, 64h
;;   0x00aa: mov r11, [r14+18h]
;;   0x00ae: lea rcx, [rax+2]
;;   0x00b2: cmp rcx, [r11+8]
;;   0x00b6: ja 0D7h
;;   0x00bc: add rax, [r11]
;;   0x00bf: movzx eax, word ptr [rax]
;;   0x00c2: mov rsp, rbp
;;   0x00c5: pop rbp
;;   0x00c6: ret
;;   0x00c7: mov r11, [r14]
;;   0x00ca: mov eax, 0Ah
;;   0x00cf: mov rsp, [r11+8]
;;   0x00d3: jmp qword ptr [r11+10h]
;;   0x00d7: mov r11, [r14]
;;   0x00da: mov eax, 5
;;   0x00df: mov rsp, [r11+8]
;;   0x00e3: jmp qword ptr [r11+10h]
;; function 2 (store_const):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 142h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov rax, 100000000h
;;   0x011f: mov ecx, [rbp+10h]
;;   0x0122: mov r11, [r14+18h]
;;   0x0126: lea rdx, [rcx+10h]
;;   0x012a: cmp rdx, [r11+8]
;;   0x012e: ja 152h
;;   0x0134: add rcx, [r11]
;;   0x0137: mov [rcx+8], rax
;;   0x013b: mov rsp, rbp
;;   0x013e: pop rbp
;;   0x013f: ret 8
;;   0x0142: mov r11, [r14]
;;   0x0145: mov eax, 0Ah
;;   0x014a: mov rsp, [r11+8]
;;   0x014e: jmp qword ptr [r11+10h]
;;   0x0152: mov r11, [r14]
;;   0x0155: mov eax, 5
;;   0x015a: mov rsp, [r11+8]
;;   0x015e: jmp qword ptr [r11+10h]
;; function 3 (store8):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 20h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1B9h
;;   0x018a: sub rsp, 20h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: mov eax, [rbp+18h]
;;   0x0198: mov ecx, [rbp+10h]
;;   0x019b: mov r11, [r14+18h]
;;   0x019f: lea rdx, [rcx+1]
;;   0x01a3: cmp rdx, [r11+8]
;;   0x01a7: ja 1C9h
;;   0x01ad: add rcx, [r11]
;;   0x01b0: mov [rcx], al
;;   0x01b2: mov rsp, rbp
;;   0x01b5: pop rbp
;;   0x01b6: ret 10h
;;   0x01b9: mov r11, [r14]
;;   0x01bc: mov eax, 0Ah
;;   0x01c1: mov rsp, [r11+8]
;;   0x01c5: jmp qword ptr [r11+10h]
;;   0x01c9: mov r11, [r14]
;;   0x01cc: mov eax, 5
;;   0x01d1: mov rsp, [r11+8]
;;   0x01d5: jmp qword ptr [r11+10h]
