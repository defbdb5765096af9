;;! target = "x86_64"

;; Register pressure: twelve live i64 values occupy most integer registers,
;; then a checked store needs the value, the index and a temporary for the
;; end of the access: the deepest register entries are spilled to their
;; canonical slots first, and reloaded for the sum.
(module
  (memory 1)
  (func (export "store_under_pressure") (param i32 i64) (result i64)
    (i64.add (local.get 1) (i64.const 1))
    (i64.add (local.get 1) (i64.const 2))
    (i64.add (local.get 1) (i64.const 3))
    (i64.add (local.get 1) (i64.const 4))
    (i64.add (local.get 1) (i64.const 5))
    (i64.add (local.get 1) (i64.const 6))
    (i64.add (local.get 1) (i64.const 7))
    (i64.add (local.get 1) (i64.const 8))
    (i64.add (local.get 1) (i64.const 9))
    (i64.add (local.get 1) (i64.const 10))
    (i64.add (local.get 1) (i64.const 11))
    (i64.add (local.get 1) (i64.const 12))
    (i64.store offset=8 (local.get 0) (i64.mul (local.get 1) (local.get 1)))
    i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add)
  (func (export "load_under_pressure") (param i32 i64) (result i64)
    (i64.add (local.get 1) (i64.const 1))
    (i64.add (local.get 1) (i64.const 2))
    (i64.add (local.get 1) (i64.const 3))
    (i64.add (local.get 1) (i64.const 4))
    (i64.add (local.get 1) (i64.const 5))
    (i64.add (local.get 1) (i64.const 6))
    (i64.add (local.get 1) (i64.const 7))
    (i64.add (local.get 1) (i64.const 8))
    (i64.add (local.get 1) (i64.const 9))
    (i64.add (local.get 1) (i64.const 10))
    (i64.add (local.get 1) (i64.const 11))
    (i64.add (local.get 1) (i64.const 12))
    (i64.add (i64.load offset=0x80000000 (local.get 0)))
    i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add))
;; function 0 (store_under_pressure):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 80h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 0EAh
;;   0x001a: sub rsp, 80h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+18h]
;;   0x0029: add rax, 1
;;   0x002d: mov rcx, [rbp+18h]
;;   0x0031: add rcx, 2
;;   0x0035: mov rdx, [rbp+18h]
;;   0x0039: add rdx, 3
;;   0x003d: mov rbx, [rbp+18h]
;;   0x0041: add rbx, 4
;;   0x0045: mov rsi, [rbp+18h]
;;   0x0049: add rsi, 5
;;   0x004d: mov rdi, [rbp+18h]
;;   0x0051: add rdi, 6
;;   0x0055: mov r8, [rbp+18h]
;;   0x0059: add r8, 7
;;   0x005d: mov r9, [rbp+18h]
;;   0x0061: add r9, 8
;;   0x0065: mov r10, [rbp+18h]
;;   0x0069: add r10, 9
;;   0x006d: mov r12, [rbp+18h]
;;   0x0071: add r12, 0Ah
;;   0x0075: mov r13, [rbp+18h]
;;   0x0079: add r13, 0Bh
;;   0x007d: mov r15, [rbp+18h]
;;   0x0081: add r15, 0Ch
;;   0x0085: mov [rbp-10h], rax
;;   0x0089: mov rax, [rbp+18h]
;;   0x008d: imul rax, [rbp+18h]
;;   0x0092: mov [rbp-18h], rcx
;;   0x0096: mov ecx, [rbp+10h]
;;   0x0099: mov [rbp-20h], rdx
;;   0x009d: mov r11, [r14+18h]
;;   0x00a1: lea rdx, [rcx+10h]
;;   0x00a5: cmp rdx, [r11+8]
;;   0x00a9: ja 0FAh
;;   0x00af: add rcx, [r11]
;;   0x00b2: mov [rcx+8], rax
;;   0x00b6: add r13, r15
;;   0x00b9: add r12, r13
;;   0x00bc: add r10, r12
;;   0x00bf: add r9, r10
;;   0x00c2: add r8, r9
;;   0x00c5: add rdi, r8
;;   0x00c8: add rsi, rdi
;;   0x00cb: add rbx, rsi
;;   0x00ce: mov rax, [rbp-20h]
;;   0x00d2: add rax, rbx
;;   0x00d5: mov rcx, [rbp-18h]
;;   0x00d9: add rcx, rax
;;   0x00dc: mov rax, [rbp-10h]
;;   0x00e0: add rax, rcx
;;   0x00e3: mov rsp, rbp
;;   0x00e6: pop rbp
;;   0x00e7: ret 10h
;;   0x00ea: mov r11, [r14]
;;   0x00ed: mov eax, 0Ah
;;   0x00f2: mov rsp, [r11+8]
;;   0x00f6: jmp qword ptr [r11+10h]
;;   0x00fa: mov r11, [r14]
;;   0x00fd: mov eax, 5
;;   0x0102: mov rsp, [r11+8]
;;   0x0106: jmp qword ptr [r11+10h]
;; function 1 (load_under_pressure):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 70h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 1FBh
;;   0x012a: sub rsp, 70h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov rax, [rbp+18h]
;;   0x0139: add rax, 1
;;   0x013d: mov rcx, [rbp+18h]
;;   0x0141: add rcx, 2
;;   0x0145: mov rdx, [rbp+18h]
;;   0x0149: add rdx, 3
;;   0x014d: mov rbx, [rbp+18h]
;;   0x0151: add rbx, 4
;;   0x0155: mov rsi, [rbp+18h]
;;   0x0159: add rsi, 5
;;   0x015d: mov rdi, [rbp+18h]
;;   0x0161: add rdi, 6
;;   0x0165: mov r8, [rbp+18h]
;;   0x0169: add r8, 7
;;   0x016d: mov r9, [rbp+18h]
;;   0x0171: add r9, 8
;;   0x0175: mov r10, [rbp+18h]
;;   0x0179: add r10, 9
;;   0x017d: mov r12, [rbp+18h]
;;   0x0181: add r12, 0Ah
;;   0x0185: mov r13, [rbp+18h]
;;   0x0189: add r13, 0Bh
;;   0x018d: mov r15, [rbp+18h]
;;   0x0191: add r15, 0Ch
;;   0x0195: mov [rbp-10h], rax
;;   0x0199: mov eax, [rbp+10h]
;;   0x019c: mov [rbp-18h], rcx
;;   0x01a0: mov r11, [r14+18h]
;;   0x01a4: mov ecx, 80000008h
;;   0x01a9: add rcx, rax
;;   0x01ac: cmp rcx, [r11+8]
;;   0x01b0: ja 20Bh
;;   0x01b6: add rax, [r11]
;;   0x01b9: mov r11d, 80000000h
;;   0x01bf: add rax, r11
;;   0x01c2: mov rax, [rax]
;;   0x01c5: add r15, rax
;;   0x01c8: add r13, r15
;;   0x01cb: add r12, r13
;;   0x01ce: add r10, r12
;;   0x01d1: add r9, r10
;;   0x01d4: add r8, r9
;;   0x01d7: add rdi, r8
;;   0x01da: add rsi, rdi
;;   0x01dd: add rbx, rsi
;;   0x01e0: add rdx, rbx
;;   0x01e3: mov rax, [rbp-18h]
;;   0x01e7: add rax, rdx
;;   0x01ea: mov rcx, [rbp-10h]
;;   0x01ee: add rcx, rax
;;   0x01f1: mov rax, rcx
;;   0x01f4: mov rsp, rbp
;;   0x01f7: pop rbp
;;   0x01f8: ret 10h
;;   0x01fb: mov r11, [r14]
;;   0x01fe: mov eax, 0Ah
;;   0x0203: mov rsp, [r11+8]
;;   0x0207: jmp qword ptr [r11+10h]
;;   0x020b: mov r11, [r14]
;;   0x020e: mov eax, 5
;;   0x0213: mov rsp, [r11+8]
;;   0x0217: jmp qword ptr [r11+10h]
