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
;;   0x003f: ja 5Ch
;;   0x0045: add rax, r15
;;   0x0048: mov r11d, 0FFFFFFF0h
;;   0x004e: add rax, r11
;;   0x0051: mov eax, [rax]
;;   0x0053: mov rsp, rbp
;;   0x0056: pop rbp
;;   0x0057: ret 8
;;   0x005a: ud2
;;   0x005c: ud2
;; function 1 (const_addr):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 10h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0AEh
;;   0x007a: sub rsp, 10h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov r15, [r14+18h]
;;   0x0089: mov r15, [r15]
;;   0x008c: mov eax, 64h
;;   0x0091: mov r11, [r14+18h]
;;   0x0095: lea rcx, [rax+2]
;;   0x0099: cmp rcx, [r11+8]
;;   0x009d: ja 0B0h
;;   0x00a3: add rax, r15
;;   0x00a6: movzx eax, word ptr [rax]
;;   0x00a9: mov rsp, rbp
;;   0x00ac: pop rbp
;;   0x00ad: ret
;;   0x00ae: ud2
;;   0x00b0: ud2
;; function 2 (store_const):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 119h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov r15, [r14+18h]
;;   0x00e9: mov r15, [r15]
;;   0x00ec: mov rax, 100000000h
;;   0x00f6: mov ecx, [rbp+10h]
;;   0x00f9: mov r11, [r14+18h]
;;   0x00fd: lea rdx, [rcx+10h]
;;   0x0101: cmp rdx, [r11+8]
;;   0x0105: ja 11Bh
;;   0x010b: add rcx, r15
;;   0x010e: mov [rcx+8], rax
;;   0x0112: mov rsp, rbp
;;   0x0115: pop rbp
;;   0x0116: ret 8
;;   0x0119: ud2
;;   0x011b: ud2
;; function 3 (store8):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 20h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 170h
;;   0x013a: sub rsp, 20h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov r15, [r14+18h]
;;   0x0149: mov r15, [r15]
;;   0x014c: mov eax, [rbp+18h]
;;   0x014f: mov ecx, [rbp+10h]
;;   0x0152: mov r11, [r14+18h]
;;   0x0156: lea rdx, [rcx+1]
;;   0x015a: cmp rdx, [r11+8]
;;   0x015e: ja 172h
;;   0x0164: add rcx, r15
;;   0x0167: mov [rcx], al
;;   0x0169: mov rsp, rbp
;;   0x016c: pop rbp
;;   0x016d: ret 10h
;;   0x0170: ud2
;;   0x0172: ud2
