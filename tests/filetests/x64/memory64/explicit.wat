;;! target = "x86_64"
;;! spectre = "off"

;; A 64-bit memory in explicit mode without Spectre hardening: the same
;; saturating check, then the access through the heap base and the index.
(module
  (memory i64 1)
  (func (export "load") (param i64) (result i32) (i32.load offset=4 (local.get 0)))
  (func (export "store") (param i64 i64) (i64.store offset=0x80000000 (local.get 0) (local.get 1))))
;; function 0 (load):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Fh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: mov r15, [r14+18h]
;;   0x0031: mov r15, [r15]
;;   0x0034: mov rax, rbx
;;   0x0037: add rax, 8
;;   0x003b: sbb r11, r11
;;   0x003e: or rax, r11
;;   0x0041: mov r11, [r14+18h]
;;   0x0045: cmp rax, [r11+8]
;;   0x0049: ja 61h
;;   0x004f: mov eax, [r15+rbx+4]
;;   0x0054: mov rbx, [rbp-10h]
;;   0x0058: mov rsp, rbp
;;   0x005b: pop rbp
;;   0x005c: ret 8
;;   0x005f: ud2
;;   0x0061: ud2
;; function 1 (store):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0DCh
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov [rbp-18h], r12
;;   0x009d: mov rbx, [rbp+10h]
;;   0x00a1: mov r12, [rbp+18h]
;;   0x00a5: mov r15, [r14+18h]
;;   0x00a9: mov r15, [r15]
;;   0x00ac: mov eax, 80000008h
;;   0x00b1: add rax, rbx
;;   0x00b4: sbb r11, r11
;;   0x00b7: or rax, r11
;;   0x00ba: mov r11, [r14+18h]
;;   0x00be: cmp rax, [r11+8]
;;   0x00c2: ja 0DEh
;;   0x00c8: mov [r15+rax-8], r12
;;   0x00cd: mov rbx, [rbp-10h]
;;   0x00d1: mov r12, [rbp-18h]
;;   0x00d5: mov rsp, rbp
;;   0x00d8: pop rbp
;;   0x00d9: ret 10h
;;   0x00dc: ud2
;;   0x00de: ud2
