;;! target = "x86_64"
;;! bounds = "guard"

;; Guard mode, memory 1, offsets on both sides of the guard (2 GiB): below
;; it the check is elided and the base is added from the definition; from
;; 2^31 on the access is checked (and clamped).
(module
  (memory $m0 1)
  (memory $m1 32769)
  (func (export "below_guard") (param i32) (result i32) (i32.load $m1 offset=0x7ffffff0 (local.get 0)))
  (func (export "at_2_31") (param i32) (result i32) (i32.load $m1 offset=0x80000000 (local.get 0)))
  (func (export "max") (param i32) (result i32) (i32.load8_u $m1 offset=0xffffffff (local.get 0))))
;; function 0 (below_guard):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Dh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov r11, [r14+20h]
;;   0x0037: mov r11, [r11]
;;   0x003a: mov eax, [r11+rbx+7FFFFFF0h]
;;   0x0042: mov rbx, [rbp-10h]
;;   0x0046: mov rsp, rbp
;;   0x0049: pop rbp
;;   0x004a: ret 8
;;   0x004d: ud2
;; function 1 (at_2_31):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 0B8h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: mov r15, [r14+18h]
;;   0x0080: mov r15, [r15]
;;   0x0083: mov r11, [r14+20h]
;;   0x0087: mov eax, 80000004h
;;   0x008c: add rax, rbx
;;   0x008f: cmp rax, [r11+8]
;;   0x0093: ja 0BAh
;;   0x0099: mov r11, [r11]
;;   0x009c: lea rax, [r11+rax-4]
;;   0x00a1: mov r11d, 0
;;   0x00a7: cmova rax, r11
;;   0x00ab: mov eax, [rax]
;;   0x00ad: mov rbx, [rbp-10h]
;;   0x00b1: mov rsp, rbp
;;   0x00b4: pop rbp
;;   0x00b5: ret 8
;;   0x00b8: ud2
;;   0x00ba: ud2
;; function 2 (max):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 12Eh
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov ebx, [rbp+10h]
;;   0x00ec: mov r15, [r14+18h]
;;   0x00f0: mov r15, [r15]
;;   0x00f3: mov r11, [r14+20h]
;;   0x00f7: mov rax, 100000000h
;;   0x0101: add rax, rbx
;;   0x0104: cmp rax, [r11+8]
;;   0x0108: ja 130h
;;   0x010e: mov r11, [r11]
;;   0x0111: lea rax, [r11+rax-1]
;;   0x0116: mov r11d, 0
;;   0x011c: cmova rax, r11
;;   0x0120: movzx eax, byte ptr [rax]
;;   0x0123: mov rbx, [rbp-10h]
;;   0x0127: mov rsp, rbp
;;   0x012a: pop rbp
;;   0x012b: ret 8
;;   0x012e: ud2
;;   0x0130: ud2
