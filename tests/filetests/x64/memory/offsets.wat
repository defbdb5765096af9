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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 65h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov r11, [r14+18h]
;;   0x0037: mov eax, 0FFFFFFF4h
;;   0x003c: add rax, rbx
;;   0x003f: cmp rax, [r11+8]
;;   0x0043: ja 67h
;;   0x0049: lea rax, [r15+rax-4]
;;   0x004e: mov r11d, 0
;;   0x0054: cmova rax, r11
;;   0x0058: mov eax, [rax]
;;   0x005a: mov rbx, [rbp-10h]
;;   0x005e: mov rsp, rbp
;;   0x0061: pop rbp
;;   0x0062: ret 8
;;   0x0065: ud2
;;   0x0067: ud2
;; function 1 (const_addr):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0C6h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov r15, [r14+18h]
;;   0x0099: mov r15, [r15]
;;   0x009c: mov r11, [r14+18h]
;;   0x00a0: mov eax, 66h
;;   0x00a5: cmp rax, [r11+8]
;;   0x00a9: ja 0C8h
;;   0x00af: lea rax, [r15+rax-2]
;;   0x00b4: mov r11d, 0
;;   0x00ba: cmova rax, r11
;;   0x00be: movzx eax, word ptr [rax]
;;   0x00c1: mov rsp, rbp
;;   0x00c4: pop rbp
;;   0x00c5: ret
;;   0x00c6: ud2
;;   0x00c8: ud2
;; function 2 (store_const):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 13Ch
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov ebx, [rbp+10h]
;;   0x00fc: mov r15, [r14+18h]
;;   0x0100: mov r15, [r15]
;;   0x0103: mov rax, 100000000h
;;   0x010d: mov r11, [r14+18h]
;;   0x0111: lea rcx, [rbx+10h]
;;   0x0115: cmp rcx, [r11+8]
;;   0x0119: ja 13Eh
;;   0x011f: lea rcx, [r15+rcx-8]
;;   0x0124: mov r11d, 0
;;   0x012a: cmova rcx, r11
;;   0x012e: mov [rcx], rax
;;   0x0131: mov rbx, [rbp-10h]
;;   0x0135: mov rsp, rbp
;;   0x0138: pop rbp
;;   0x0139: ret 8
;;   0x013c: ud2
;;   0x013e: ud2
;; function 3 (store8):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 1AEh
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov [rbp-18h], r12
;;   0x016d: mov ebx, [rbp+10h]
;;   0x0170: mov r12d, [rbp+18h]
;;   0x0174: mov r15, [r14+18h]
;;   0x0178: mov r15, [r15]
;;   0x017b: mov r11, [r14+18h]
;;   0x017f: lea rax, [rbx+1]
;;   0x0183: cmp rax, [r11+8]
;;   0x0187: ja 1B0h
;;   0x018d: lea rax, [r15+rax-1]
;;   0x0192: mov r11d, 0
;;   0x0198: cmova rax, r11
;;   0x019c: mov [rax], r12b
;;   0x019f: mov rbx, [rbp-10h]
;;   0x01a3: mov r12, [rbp-18h]
;;   0x01a7: mov rsp, rbp
;;   0x01aa: pop rbp
;;   0x01ab: ret 10h
;;   0x01ae: ud2
;;   0x01b0: ud2
