;;! target = "x86_64"

(module
  (func (export "add") (param i64 i64) (result i64)
    (i64.add (local.get 0) (local.get 1)))
  (func (export "sub") (param i64 i64) (result i64)
    (i64.sub (local.get 0) (local.get 1)))
  (func (export "mul") (param i64 i64) (result i64)
    (i64.mul (local.get 0) (local.get 1)))
  (func (export "and") (param i64 i64) (result i64)
    (i64.and (local.get 0) (local.get 1)))
  (func (export "or") (param i64 i64) (result i64)
    (i64.or (local.get 0) (local.get 1)))
  (func (export "xor") (param i64 i64) (result i64)
    (i64.xor (local.get 0) (local.get 1))))
;; function 0 (add):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 34h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+10h]
;;   0x0029: add rax, [rbp+18h]
;;   0x002d: mov rsp, rbp
;;   0x0030: pop rbp
;;   0x0031: ret 10h
;;   0x0034: mov r11, [r14]
;;   0x0037: mov eax, 0Ah
;;   0x003c: mov rsp, [r11+8]
;;   0x0040: jmp qword ptr [r11+10h]
;; function 1 (sub):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 84h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, [rbp+10h]
;;   0x0079: sub rax, [rbp+18h]
;;   0x007d: mov rsp, rbp
;;   0x0080: pop rbp
;;   0x0081: ret 10h
;;   0x0084: mov r11, [r14]
;;   0x0087: mov eax, 0Ah
;;   0x008c: mov rsp, [r11+8]
;;   0x0090: jmp qword ptr [r11+10h]
;; function 2 (mul):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D5h
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov rax, [rbp+10h]
;;   0x00c9: imul rax, [rbp+18h]
;;   0x00ce: mov rsp, rbp
;;   0x00d1: pop rbp
;;   0x00d2: ret 10h
;;   0x00d5: mov r11, [r14]
;;   0x00d8: mov eax, 0Ah
;;   0x00dd: mov rsp, [r11+8]
;;   0x00e1: jmp qword ptr [r11+10h]
;; function 3 (and):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 124h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov rax, [rbp+10h]
;;   0x0119: and rax, [rbp+18h]
;;   0x011d: mov rsp, rbp
;;   0x0120: pop rbp
;;   0x0121: ret 10h
;;   0x0124: mov r11, [r14]
;;   0x0127: mov eax, 0Ah
;;   0x012c: mov rsp, [r11+8]
;;   0x0130: jmp qword ptr [r11+10h]
;; function 4 (or):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 20h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 174h
;;   0x015a: sub rsp, 20h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov rax, [rbp+10h]
;;   0x0169: or rax, [rbp+18h]
;;   0x016d: mov rsp, rbp
;;   0x0170: pop rbp
;;   0x0171: ret 10h
;;   0x0174: mov r11, [r14]
;;   0x0177: mov eax, 0Ah
;;   0x017c: mov rsp, [r11+8]
;;   0x0180: jmp qword ptr [r11+10h]
;; function 5 (xor):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 20h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1C4h
;;   0x01aa: sub rsp, 20h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov rax, [rbp+10h]
;;   0x01b9: xor rax, [rbp+18h]
;;   0x01bd: mov rsp, rbp
;;   0x01c0: pop rbp
;;   0x01c1: ret 10h
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov eax, 0Ah
;;   0x01cc: mov rsp, [r11+8]
;;   0x01d0: jmp qword ptr [r11+10h]
