;;! target = "x86_64"

(module
  (func (export "sub") (param i32 i32) (result i32)
    (i32.sub (local.get 0) (local.get 1)))
  (func (export "mul") (param i32 i32) (result i32)
    (i32.mul (local.get 0) (local.get 1)))
  (func (export "and") (param i32 i32) (result i32)
    (i32.and (local.get 0) (local.get 1)))
  (func (export "or") (param i32 i32) (result i32)
    (i32.or (local.get 0) (local.get 1)))
  (func (export "xor") (param i32 i32) (result i32)
    (i32.xor (local.get 0) (local.get 1))))
;; function 0 (sub):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 48h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov eax, ebx
;;   0x0036: sub eax, r12d
;;   0x0039: mov rbx, [rbp-10h]
;;   0x003d: mov r12, [rbp-18h]
;;   0x0041: mov rsp, rbp
;;   0x0044: pop rbp
;;   0x0045: ret 10h
;;   0x0048: ud2
;; function 1 (mul):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 99h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov [rbp-18h], r12
;;   0x007d: mov ebx, [rbp+10h]
;;   0x0080: mov r12d, [rbp+18h]
;;   0x0084: mov eax, ebx
;;   0x0086: imul eax, r12d
;;   0x008a: mov rbx, [rbp-10h]
;;   0x008e: mov r12, [rbp-18h]
;;   0x0092: mov rsp, rbp
;;   0x0095: pop rbp
;;   0x0096: ret 10h
;;   0x0099: ud2
;; function 2 (and):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E8h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov [rbp-18h], r12
;;   0x00cd: mov ebx, [rbp+10h]
;;   0x00d0: mov r12d, [rbp+18h]
;;   0x00d4: mov eax, ebx
;;   0x00d6: and eax, r12d
;;   0x00d9: mov rbx, [rbp-10h]
;;   0x00dd: mov r12, [rbp-18h]
;;   0x00e1: mov rsp, rbp
;;   0x00e4: pop rbp
;;   0x00e5: ret 10h
;;   0x00e8: ud2
;; function 3 (or):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 138h
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov [rbp-18h], r12
;;   0x011d: mov ebx, [rbp+10h]
;;   0x0120: mov r12d, [rbp+18h]
;;   0x0124: mov eax, ebx
;;   0x0126: or eax, r12d
;;   0x0129: mov rbx, [rbp-10h]
;;   0x012d: mov r12, [rbp-18h]
;;   0x0131: mov rsp, rbp
;;   0x0134: pop rbp
;;   0x0135: ret 10h
;;   0x0138: ud2
;; function 4 (xor):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 188h
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov [rbp-18h], r12
;;   0x016d: mov ebx, [rbp+10h]
;;   0x0170: mov r12d, [rbp+18h]
;;   0x0174: mov eax, ebx
;;   0x0176: xor eax, r12d
;;   0x0179: mov rbx, [rbp-10h]
;;   0x017d: mov r12, [rbp-18h]
;;   0x0181: mov rsp, rbp
;;   0x0184: pop rbp
;;   0x0185: ret 10h
;;   0x0188: ud2
