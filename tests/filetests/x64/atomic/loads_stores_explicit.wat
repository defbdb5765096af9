;;! target = "x86_64"

;; Explicit bounds checks: the alignment test, then the same check and
;; Spectre clamp as plain accesses.
(module
  (memory 1 1 shared)
  (func (export "i32_load") (param i32) (result i32) (i32.atomic.load (local.get 0)))
  (func (export "i64_load16_u") (param i32) (result i64) (i64.atomic.load16_u offset=2 (local.get 0)))
  (func (export "i32_store") (param i32 i32) (i32.atomic.store (local.get 0) (local.get 1)))
  (func (export "i64_store8") (param i32 i64) (i64.atomic.store8 offset=3 (local.get 0) (local.get 1))))
;; function 0 (i32_load):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Ah
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: test bl, 3
;;   0x0036: jne 6Eh
;;   0x003c: mov r11, [r14+18h]
;;   0x0040: lea rax, [rbx+4]
;;   0x0044: cmp rax, [r11+8]
;;   0x0048: ja 6Ch
;;   0x004e: lea rax, [r15+rax-4]
;;   0x0053: mov r11d, 0
;;   0x0059: cmova rax, r11
;;   0x005d: mov eax, [rax]
;;   0x005f: mov rbx, [rbp-10h]
;;   0x0063: mov rsp, rbp
;;   0x0066: pop rbp
;;   0x0067: ret 8
;;   0x006a: ud2
;;   0x006c: ud2
;;   0x006e: ud2
;; function 1 (i64_load16_u):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0DBh
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov ebx, [rbp+10h]
;;   0x009c: mov r15, [r14+18h]
;;   0x00a0: mov r15, [r15]
;;   0x00a3: test bl, 1
;;   0x00a6: jne 0DFh
;;   0x00ac: mov r11, [r14+18h]
;;   0x00b0: lea rax, [rbx+4]
;;   0x00b4: cmp rax, [r11+8]
;;   0x00b8: ja 0DDh
;;   0x00be: lea rax, [r15+rax-2]
;;   0x00c3: mov r11d, 0
;;   0x00c9: cmova rax, r11
;;   0x00cd: movzx eax, word ptr [rax]
;;   0x00d0: mov rbx, [rbp-10h]
;;   0x00d4: mov rsp, rbp
;;   0x00d7: pop rbp
;;   0x00d8: ret 8
;;   0x00db: ud2
;;   0x00dd: ud2
;;   0x00df: ud2
;; function 2 (i32_store):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 169h
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov [rbp-18h], r12
;;   0x011d: mov ebx, [rbp+10h]
;;   0x0120: mov r12d, [rbp+18h]
;;   0x0124: mov r15, [r14+18h]
;;   0x0128: mov r15, [r15]
;;   0x012b: mov eax, r12d
;;   0x012e: test bl, 3
;;   0x0131: jne 16Dh
;;   0x0137: mov r11, [r14+18h]
;;   0x013b: lea rcx, [rbx+4]
;;   0x013f: cmp rcx, [r11+8]
;;   0x0143: ja 16Bh
;;   0x0149: lea rcx, [r15+rcx-4]
;;   0x014e: mov r11d, 0
;;   0x0154: cmova rcx, r11
;;   0x0158: xchg [rcx], eax
;;   0x015a: mov rbx, [rbp-10h]
;;   0x015e: mov r12, [rbp-18h]
;;   0x0162: mov rsp, rbp
;;   0x0165: pop rbp
;;   0x0166: ret 10h
;;   0x0169: ud2
;;   0x016b: ud2
;;   0x016d: ud2
;; function 3 (i64_store8):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 30h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1E0h
;;   0x018a: sub rsp, 30h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: mov [rbp-10h], rbx
;;   0x0199: mov [rbp-18h], r12
;;   0x019d: mov ebx, [rbp+10h]
;;   0x01a0: mov r12, [rbp+18h]
;;   0x01a4: mov r15, [r14+18h]
;;   0x01a8: mov r15, [r15]
;;   0x01ab: mov rax, r12
;;   0x01ae: mov r11, [r14+18h]
;;   0x01b2: lea rcx, [rbx+4]
;;   0x01b6: cmp rcx, [r11+8]
;;   0x01ba: ja 1E2h
;;   0x01c0: lea rcx, [r15+rcx-1]
;;   0x01c5: mov r11d, 0
;;   0x01cb: cmova rcx, r11
;;   0x01cf: xchg [rcx], al
;;   0x01d1: mov rbx, [rbp-10h]
;;   0x01d5: mov r12, [rbp-18h]
;;   0x01d9: mov rsp, rbp
;;   0x01dc: pop rbp
;;   0x01dd: ret 10h
;;   0x01e0: ud2
;;   0x01e2: ud2
