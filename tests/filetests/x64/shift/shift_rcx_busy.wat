;;! target = "x86_64"

;; The count must be in rcx: whatever value holds rcx is spilled first, and
;; a value shifted by a constant need not involve rcx at all.
(module
  (func (export "busy") (param i32 i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))   ;; rax
    (i32.add (local.get 1) (local.get 2))   ;; rcx
    (i32.shl (local.get 0) (local.get 2))   ;; count needs rcx
    i32.add
    i32.add)
  (func (export "count_in_reg") (param i32 i32) (result i32)
    (i32.shr_u (local.get 0) (i32.add (local.get 1) (i32.const 1))))
  (func (export "const_value") (param i32) (result i32)
    (i32.shl (i32.const 1) (local.get 0))))
;; function 0 (busy):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Bh
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12d, [rbp+18h]
;;   0x0038: mov r13d, [rbp+20h]
;;   0x003c: mov eax, ebx
;;   0x003e: add eax, r12d
;;   0x0041: mov ecx, r12d
;;   0x0044: add ecx, r13d
;;   0x0047: mov [rbp-30h], ecx
;;   0x004a: mov ecx, r13d
;;   0x004d: mov edx, ebx
;;   0x004f: shl edx, cl
;;   0x0051: mov ecx, [rbp-30h]
;;   0x0054: add ecx, edx
;;   0x0056: add eax, ecx
;;   0x0058: mov rbx, [rbp-10h]
;;   0x005c: mov r12, [rbp-18h]
;;   0x0060: mov r13, [rbp-20h]
;;   0x0064: mov rsp, rbp
;;   0x0067: pop rbp
;;   0x0068: ret 18h
;;   0x006b: ud2
;; function 1 (count_in_reg):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 40h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0BFh
;;   0x008a: sub rsp, 40h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov [rbp-18h], r12
;;   0x009d: mov ebx, [rbp+10h]
;;   0x00a0: mov r12d, [rbp+18h]
;;   0x00a4: mov eax, r12d
;;   0x00a7: add eax, 1
;;   0x00aa: mov ecx, eax
;;   0x00ac: mov eax, ebx
;;   0x00ae: shr eax, cl
;;   0x00b0: mov rbx, [rbp-10h]
;;   0x00b4: mov r12, [rbp-18h]
;;   0x00b8: mov rsp, rbp
;;   0x00bb: pop rbp
;;   0x00bc: ret 10h
;;   0x00bf: ud2
;; function 2 (const_value):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 110h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov ebx, [rbp+10h]
;;   0x00fc: mov ecx, ebx
;;   0x00fe: mov eax, 1
;;   0x0103: shl eax, cl
;;   0x0105: mov rbx, [rbp-10h]
;;   0x0109: mov rsp, rbp
;;   0x010c: pop rbp
;;   0x010d: ret 8
;;   0x0110: ud2
