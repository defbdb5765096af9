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
;;   0x0014: jb 54h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov r11, [r14+18h]
;;   0x0037: lea rax, [rbx+4]
;;   0x003b: cmp rax, [r11+8]
;;   0x003f: ja 56h
;;   0x0045: mov eax, [r15+rbx]
;;   0x0049: mov rbx, [rbp-10h]
;;   0x004d: mov rsp, rbp
;;   0x0050: pop rbp
;;   0x0051: ret 8
;;   0x0054: ud2
;;   0x0056: ud2
;; function 1 (load_offset):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0B5h
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov ebx, [rbp+10h]
;;   0x008c: mov r15, [r14+18h]
;;   0x0090: mov r15, [r15]
;;   0x0093: mov r11, [r14+18h]
;;   0x0097: lea rax, [rbx+18h]
;;   0x009b: cmp rax, [r11+8]
;;   0x009f: ja 0B7h
;;   0x00a5: mov rax, [r15+rbx+10h]
;;   0x00aa: mov rbx, [rbp-10h]
;;   0x00ae: mov rsp, rbp
;;   0x00b1: pop rbp
;;   0x00b2: ret 8
;;   0x00b5: ud2
;;   0x00b7: ud2
;; function 2 (store):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 123h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov [rbp-18h], r12
;;   0x00ed: mov ebx, [rbp+10h]
;;   0x00f0: mov r12d, [rbp+18h]
;;   0x00f4: mov r15, [r14+18h]
;;   0x00f8: mov r15, [r15]
;;   0x00fb: mov eax, r12d
;;   0x00fe: mov r11, [r14+18h]
;;   0x0102: lea rcx, [rbx+4]
;;   0x0106: cmp rcx, [r11+8]
;;   0x010a: ja 125h
;;   0x0110: mov [r15+rbx], eax
;;   0x0114: mov rbx, [rbp-10h]
;;   0x0118: mov r12, [rbp-18h]
;;   0x011c: mov rsp, rbp
;;   0x011f: pop rbp
;;   0x0120: ret 10h
;;   0x0123: ud2
;;   0x0125: ud2
;; function 3 (load8_s):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 30h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 186h
;;   0x014a: sub rsp, 30h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov [rbp-10h], rbx
;;   0x0159: mov ebx, [rbp+10h]
;;   0x015c: mov r15, [r14+18h]
;;   0x0160: mov r15, [r15]
;;   0x0163: mov r11, [r14+18h]
;;   0x0167: lea rax, [rbx+4]
;;   0x016b: cmp rax, [r11+8]
;;   0x016f: ja 188h
;;   0x0175: movsx eax, byte ptr [r15+rbx+3]
;;   0x017b: mov rbx, [rbp-10h]
;;   0x017f: mov rsp, rbp
;;   0x0182: pop rbp
;;   0x0183: ret 8
;;   0x0186: ud2
;;   0x0188: ud2
