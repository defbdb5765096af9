;;! target = "x86_64"
;;! bounds = "guard"
;; A constant address within the guard folds into `[r15 + disp]`; a pinned
;; local as the index is used in place (`[r15 + rbx]`); an offset of 2^31 or
;; more is checked and never a sign-extended displacement.
(module
  (memory 1)
  (func (export "const_addr") (result i32) (i32.load offset=16 (i32.const 0x100)))
  (func (export "pinned_index") (param i32) (result i32) (i32.load offset=8 (local.get 0)))
  (func (export "pinned_store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "far_offset") (param i32) (result i32) (i32.load offset=0x80000000 (local.get 0))))
;; function 0 (const_addr):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 38h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, [r15+110h]
;;   0x0033: mov rsp, rbp
;;   0x0036: pop rbp
;;   0x0037: ret
;;   0x0038: ud2
;; function 1 (pinned_index):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 83h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov ebx, [rbp+10h]
;;   0x006c: mov r15, [r14+18h]
;;   0x0070: mov r15, [r15]
;;   0x0073: mov eax, [r15+rbx+8]
;;   0x0078: mov rbx, [rbp-10h]
;;   0x007c: mov rsp, rbp
;;   0x007f: pop rbp
;;   0x0080: ret 8
;;   0x0083: ud2
;; function 2 (pinned_store):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0E1h
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov [rbp-10h], rbx
;;   0x00b9: mov [rbp-18h], r12
;;   0x00bd: mov ebx, [rbp+10h]
;;   0x00c0: mov r12d, [rbp+18h]
;;   0x00c4: mov r15, [r14+18h]
;;   0x00c8: mov r15, [r15]
;;   0x00cb: mov eax, r12d
;;   0x00ce: mov [r15+rbx], eax
;;   0x00d2: mov rbx, [rbp-10h]
;;   0x00d6: mov r12, [rbp-18h]
;;   0x00da: mov rsp, rbp
;;   0x00dd: pop rbp
;;   0x00de: ret 10h
;;   0x00e1: ud2
;; function 3 (far_offset):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 155h
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov ebx, [rbp+10h]
;;   0x011c: mov r15, [r14+18h]
;;   0x0120: mov r15, [r15]
;;   0x0123: mov r11, [r14+18h]
;;   0x0127: mov eax, 80000004h
;;   0x012c: add rax, rbx
;;   0x012f: cmp rax, [r11+8]
;;   0x0133: ja 157h
;;   0x0139: lea rax, [r15+rax-4]
;;   0x013e: mov r11d, 0
;;   0x0144: cmova rax, r11
;;   0x0148: mov eax, [rax]
;;   0x014a: mov rbx, [rbp-10h]
;;   0x014e: mov rsp, rbp
;;   0x0151: pop rbp
;;   0x0152: ret 8
;;   0x0155: ud2
;;   0x0157: ud2
