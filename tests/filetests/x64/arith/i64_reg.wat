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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Ah
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov rbx, [rbp+10h]
;;   0x0031: mov r12, [rbp+18h]
;;   0x0035: mov rax, rbx
;;   0x0038: add rax, r12
;;   0x003b: mov rbx, [rbp-10h]
;;   0x003f: mov r12, [rbp-18h]
;;   0x0043: mov rsp, rbp
;;   0x0046: pop rbp
;;   0x0047: ret 10h
;;   0x004a: ud2
;; function 1 (sub):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 9Ah
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov [rbp-18h], r12
;;   0x007d: mov rbx, [rbp+10h]
;;   0x0081: mov r12, [rbp+18h]
;;   0x0085: mov rax, rbx
;;   0x0088: sub rax, r12
;;   0x008b: mov rbx, [rbp-10h]
;;   0x008f: mov r12, [rbp-18h]
;;   0x0093: mov rsp, rbp
;;   0x0096: pop rbp
;;   0x0097: ret 10h
;;   0x009a: ud2
;; function 2 (mul):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0EBh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov [rbp-18h], r12
;;   0x00cd: mov rbx, [rbp+10h]
;;   0x00d1: mov r12, [rbp+18h]
;;   0x00d5: mov rax, rbx
;;   0x00d8: imul rax, r12
;;   0x00dc: mov rbx, [rbp-10h]
;;   0x00e0: mov r12, [rbp-18h]
;;   0x00e4: mov rsp, rbp
;;   0x00e7: pop rbp
;;   0x00e8: ret 10h
;;   0x00eb: ud2
;; function 3 (and):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 13Ah
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov [rbp-18h], r12
;;   0x011d: mov rbx, [rbp+10h]
;;   0x0121: mov r12, [rbp+18h]
;;   0x0125: mov rax, rbx
;;   0x0128: and rax, r12
;;   0x012b: mov rbx, [rbp-10h]
;;   0x012f: mov r12, [rbp-18h]
;;   0x0133: mov rsp, rbp
;;   0x0136: pop rbp
;;   0x0137: ret 10h
;;   0x013a: ud2
;; function 4 (or):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 18Ah
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov [rbp-18h], r12
;;   0x016d: mov rbx, [rbp+10h]
;;   0x0171: mov r12, [rbp+18h]
;;   0x0175: mov rax, rbx
;;   0x0178: or rax, r12
;;   0x017b: mov rbx, [rbp-10h]
;;   0x017f: mov r12, [rbp-18h]
;;   0x0183: mov rsp, rbp
;;   0x0186: pop rbp
;;   0x0187: ret 10h
;;   0x018a: ud2
;; function 5 (xor):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1DAh
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov [rbp-10h], rbx
;;   0x01b9: mov [rbp-18h], r12
;;   0x01bd: mov rbx, [rbp+10h]
;;   0x01c1: mov r12, [rbp+18h]
;;   0x01c5: mov rax, rbx
;;   0x01c8: xor rax, r12
;;   0x01cb: mov rbx, [rbp-10h]
;;   0x01cf: mov r12, [rbp-18h]
;;   0x01d3: mov rsp, rbp
;;   0x01d6: pop rbp
;;   0x01d7: ret 10h
;;   0x01da: ud2
