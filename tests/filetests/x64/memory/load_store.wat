;;! target = "x86_64"

;; Memory accesses with the default (explicit) bounds checks.
(module
  (memory 1)
  (func (export "load") (param i32) (result i32)
    (i32.load (local.get 0)))
  (func (export "load_offset") (param i32) (result i64)
    (i64.load offset=16 (local.get 0)))
  (func (export "store") (param i32 i32)
    (i32.store (local.get 0) (local.get 1)))
  (func (export "load8_s") (param i32) (result i32)
    (i32.load8_s offset=3 (local.get 0))))
;; function 0 (load):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 61h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov r11, [r14+18h]
;;   0x0037: lea rax, [rbx+4]
;;   0x003b: cmp rax, [r11+8]
;;   0x003f: ja 63h
;;   0x0045: lea rax, [r15+rax-4]
;;   0x004a: mov r11d, 0
;;   0x0050: cmova rax, r11
;;   0x0054: mov eax, [rax]
;;   0x0056: mov rbx, [rbp-10h]
;;   0x005a: mov rsp, rbp
;;   0x005d: pop rbp
;;   0x005e: ret 8
;;   0x0061: ud2
;;   0x0063: ud2
;; function 1 (load_offset):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0D2h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov ebx, [rbp+10h]
;;   0x009c: mov r15, [r14+18h]
;;   0x00a0: mov r15, [r15]
;;   0x00a3: mov r11, [r14+18h]
;;   0x00a7: lea rax, [rbx+18h]
;;   0x00ab: cmp rax, [r11+8]
;;   0x00af: ja 0D4h
;;   0x00b5: lea rax, [r15+rax-8]
;;   0x00ba: mov r11d, 0
;;   0x00c0: cmova rax, r11
;;   0x00c4: mov rax, [rax]
;;   0x00c7: mov rbx, [rbp-10h]
;;   0x00cb: mov rsp, rbp
;;   0x00ce: pop rbp
;;   0x00cf: ret 8
;;   0x00d2: ud2
;;   0x00d4: ud2
;; function 2 (store):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 14Eh
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov [rbp-18h], r12
;;   0x010d: mov ebx, [rbp+10h]
;;   0x0110: mov r12d, [rbp+18h]
;;   0x0114: mov r15, [r14+18h]
;;   0x0118: mov r15, [r15]
;;   0x011b: mov r11, [r14+18h]
;;   0x011f: lea rax, [rbx+4]
;;   0x0123: cmp rax, [r11+8]
;;   0x0127: ja 150h
;;   0x012d: lea rax, [r15+rax-4]
;;   0x0132: mov r11d, 0
;;   0x0138: cmova rax, r11
;;   0x013c: mov [rax], r12d
;;   0x013f: mov rbx, [rbp-10h]
;;   0x0143: mov r12, [rbp-18h]
;;   0x0147: mov rsp, rbp
;;   0x014a: pop rbp
;;   0x014b: ret 10h
;;   0x014e: ud2
;;   0x0150: ud2
;; function 3 (load8_s):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 30h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1C2h
;;   0x017a: sub rsp, 30h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov [rbp-10h], rbx
;;   0x0189: mov ebx, [rbp+10h]
;;   0x018c: mov r15, [r14+18h]
;;   0x0190: mov r15, [r15]
;;   0x0193: mov r11, [r14+18h]
;;   0x0197: lea rax, [rbx+4]
;;   0x019b: cmp rax, [r11+8]
;;   0x019f: ja 1C4h
;;   0x01a5: lea rax, [r15+rax-1]
;;   0x01aa: mov r11d, 0
;;   0x01b0: cmova rax, r11
;;   0x01b4: movsx eax, byte ptr [rax]
;;   0x01b7: mov rbx, [rbp-10h]
;;   0x01bb: mov rsp, rbp
;;   0x01be: pop rbp
;;   0x01bf: ret 8
;;   0x01c2: ud2
;;   0x01c4: ud2
