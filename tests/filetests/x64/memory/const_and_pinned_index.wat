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
;;   0x00a4: jb 0DEh
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov [rbp-10h], rbx
;;   0x00b9: mov [rbp-18h], r12
;;   0x00bd: mov ebx, [rbp+10h]
;;   0x00c0: mov r12d, [rbp+18h]
;;   0x00c4: mov r15, [r14+18h]
;;   0x00c8: mov r15, [r15]
;;   0x00cb: mov [r15+rbx], r12d
;;   0x00cf: mov rbx, [rbp-10h]
;;   0x00d3: mov r12, [rbp-18h]
;;   0x00d7: mov rsp, rbp
;;   0x00da: pop rbp
;;   0x00db: ret 10h
;;   0x00de: ud2
;; function 3 (far_offset):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 145h
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov ebx, [rbp+10h]
;;   0x010c: mov r15, [r14+18h]
;;   0x0110: mov r15, [r15]
;;   0x0113: mov r11, [r14+18h]
;;   0x0117: mov eax, 80000004h
;;   0x011c: add rax, rbx
;;   0x011f: cmp rax, [r11+8]
;;   0x0123: ja 147h
;;   0x0129: lea rax, [r15+rax-4]
;;   0x012e: mov r11d, 0
;;   0x0134: cmova rax, r11
;;   0x0138: mov eax, [rax]
;;   0x013a: mov rbx, [rbp-10h]
;;   0x013e: mov rsp, rbp
;;   0x0141: pop rbp
;;   0x0142: ret 8
;;   0x0145: ud2
;;   0x0147: ud2
