;;! target = "x86_64"

(module
  (func (export "shl") (param i64 i64) (result i64) (i64.shl (local.get 0) (local.get 1)))
  (func (export "shr_s") (param i64 i64) (result i64) (i64.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_u") (param i64 i64) (result i64) (i64.shr_u (local.get 0) (local.get 1)))
  (func (export "rotl") (param i64 i64) (result i64) (i64.rotl (local.get 0) (local.get 1)))
  (func (export "rotr") (param i64 i64) (result i64) (i64.rotr (local.get 0) (local.get 1))))
;; function 0 (shl):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Dh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov rbx, [rbp+10h]
;;   0x0031: mov r12, [rbp+18h]
;;   0x0035: mov rcx, r12
;;   0x0038: mov rax, rbx
;;   0x003b: shl rax, cl
;;   0x003e: mov rbx, [rbp-10h]
;;   0x0042: mov r12, [rbp-18h]
;;   0x0046: mov rsp, rbp
;;   0x0049: pop rbp
;;   0x004a: ret 10h
;;   0x004d: ud2
;; function 1 (shr_s):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 9Dh
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov [rbp-18h], r12
;;   0x007d: mov rbx, [rbp+10h]
;;   0x0081: mov r12, [rbp+18h]
;;   0x0085: mov rcx, r12
;;   0x0088: mov rax, rbx
;;   0x008b: sar rax, cl
;;   0x008e: mov rbx, [rbp-10h]
;;   0x0092: mov r12, [rbp-18h]
;;   0x0096: mov rsp, rbp
;;   0x0099: pop rbp
;;   0x009a: ret 10h
;;   0x009d: ud2
;; function 2 (shr_u):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0EDh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov [rbp-18h], r12
;;   0x00cd: mov rbx, [rbp+10h]
;;   0x00d1: mov r12, [rbp+18h]
;;   0x00d5: mov rcx, r12
;;   0x00d8: mov rax, rbx
;;   0x00db: shr rax, cl
;;   0x00de: mov rbx, [rbp-10h]
;;   0x00e2: mov r12, [rbp-18h]
;;   0x00e6: mov rsp, rbp
;;   0x00e9: pop rbp
;;   0x00ea: ret 10h
;;   0x00ed: ud2
;; function 3 (rotl):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 13Dh
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov [rbp-18h], r12
;;   0x011d: mov rbx, [rbp+10h]
;;   0x0121: mov r12, [rbp+18h]
;;   0x0125: mov rcx, r12
;;   0x0128: mov rax, rbx
;;   0x012b: rol rax, cl
;;   0x012e: mov rbx, [rbp-10h]
;;   0x0132: mov r12, [rbp-18h]
;;   0x0136: mov rsp, rbp
;;   0x0139: pop rbp
;;   0x013a: ret 10h
;;   0x013d: ud2
;; function 4 (rotr):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 18Dh
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov [rbp-18h], r12
;;   0x016d: mov rbx, [rbp+10h]
;;   0x0171: mov r12, [rbp+18h]
;;   0x0175: mov rcx, r12
;;   0x0178: mov rax, rbx
;;   0x017b: ror rax, cl
;;   0x017e: mov rbx, [rbp-10h]
;;   0x0182: mov r12, [rbp-18h]
;;   0x0186: mov rsp, rbp
;;   0x0189: pop rbp
;;   0x018a: ret 10h
;;   0x018d: ud2
