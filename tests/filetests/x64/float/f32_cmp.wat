;;! target = "x86_64"

;; f32 comparisons: ucomiss leaves ZF=PF=CF=1 for NaN. eq needs PF=0, ne
;; accepts PF=1, lt/le swap the operands to use above/above-or-equal (false
;; on NaN); the result is an i32 0/1.
(module
  (func (export "eq") (param f32 f32) (result i32) (f32.eq (local.get 0) (local.get 1)))
  (func (export "ne") (param f32 f32) (result i32) (f32.ne (local.get 0) (local.get 1)))
  (func (export "lt") (param f32 f32) (result i32) (f32.lt (local.get 0) (local.get 1)))
  (func (export "gt") (param f32 f32) (result i32) (f32.gt (local.get 0) (local.get 1)))
  (func (export "le") (param f32 f32) (result i32) (f32.le (local.get 0) (local.get 1)))
  (func (export "ge") (param f32 f32) (result i32) (f32.ge (local.get 0) (local.get 1))))
;; function 0 (eq):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 42h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: ucomiss xmm0, [rbp+18h]
;;   0x002e: sete al
;;   0x0031: setnp r11b
;;   0x0035: and eax, r11d
;;   0x0038: movzx eax, al
;;   0x003b: mov rsp, rbp
;;   0x003e: pop rbp
;;   0x003f: ret 10h
;;   0x0042: ud2
;; function 1 (ne):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 92h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: movss xmm0, [rbp+10h]
;;   0x007a: ucomiss xmm0, [rbp+18h]
;;   0x007e: setne al
;;   0x0081: setp r11b
;;   0x0085: or eax, r11d
;;   0x0088: movzx eax, al
;;   0x008b: mov rsp, rbp
;;   0x008e: pop rbp
;;   0x008f: ret 10h
;;   0x0092: ud2
;; function 2 (lt):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E1h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: movss xmm0, [rbp+10h]
;;   0x00ca: movss xmm15, [rbp+18h]
;;   0x00d0: ucomiss xmm15, xmm0
;;   0x00d4: seta al
;;   0x00d7: movzx eax, al
;;   0x00da: mov rsp, rbp
;;   0x00dd: pop rbp
;;   0x00de: ret 10h
;;   0x00e1: ud2
;; function 3 (gt):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 12Bh
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: movss xmm0, [rbp+10h]
;;   0x011a: ucomiss xmm0, [rbp+18h]
;;   0x011e: seta al
;;   0x0121: movzx eax, al
;;   0x0124: mov rsp, rbp
;;   0x0127: pop rbp
;;   0x0128: ret 10h
;;   0x012b: ud2
;; function 4 (le):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 30h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 171h
;;   0x014a: sub rsp, 30h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: movss xmm0, [rbp+10h]
;;   0x015a: movss xmm15, [rbp+18h]
;;   0x0160: ucomiss xmm15, xmm0
;;   0x0164: setae al
;;   0x0167: movzx eax, al
;;   0x016a: mov rsp, rbp
;;   0x016d: pop rbp
;;   0x016e: ret 10h
;;   0x0171: ud2
;; function 5 (ge):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 30h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1BBh
;;   0x019a: sub rsp, 30h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: movss xmm0, [rbp+10h]
;;   0x01aa: ucomiss xmm0, [rbp+18h]
;;   0x01ae: setae al
;;   0x01b1: movzx eax, al
;;   0x01b4: mov rsp, rbp
;;   0x01b7: pop rbp
;;   0x01b8: ret 10h
;;   0x01bb: ud2
