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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 42h
;;   0x001a: sub rsp, 20h
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
;;   0x0042: mov r11, [r14]
;;   0x0045: mov eax, 0Ah
;;   0x004a: mov rsp, [r11+8]
;;   0x004e: jmp qword ptr [r11+10h]
;; function 1 (ne):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0A2h
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: movss xmm0, [rbp+10h]
;;   0x008a: ucomiss xmm0, [rbp+18h]
;;   0x008e: setne al
;;   0x0091: setp r11b
;;   0x0095: or eax, r11d
;;   0x0098: movzx eax, al
;;   0x009b: mov rsp, rbp
;;   0x009e: pop rbp
;;   0x009f: ret 10h
;;   0x00a2: mov r11, [r14]
;;   0x00a5: mov eax, 0Ah
;;   0x00aa: mov rsp, [r11+8]
;;   0x00ae: jmp qword ptr [r11+10h]
;; function 2 (lt):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 101h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: movss xmm0, [rbp+10h]
;;   0x00ea: movss xmm15, [rbp+18h]
;;   0x00f0: ucomiss xmm15, xmm0
;;   0x00f4: seta al
;;   0x00f7: movzx eax, al
;;   0x00fa: mov rsp, rbp
;;   0x00fd: pop rbp
;;   0x00fe: ret 10h
;;   0x0101: mov r11, [r14]
;;   0x0104: mov eax, 0Ah
;;   0x0109: mov rsp, [r11+8]
;;   0x010d: jmp qword ptr [r11+10h]
;; function 3 (gt):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 20h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 15Bh
;;   0x013a: sub rsp, 20h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: movss xmm0, [rbp+10h]
;;   0x014a: ucomiss xmm0, [rbp+18h]
;;   0x014e: seta al
;;   0x0151: movzx eax, al
;;   0x0154: mov rsp, rbp
;;   0x0157: pop rbp
;;   0x0158: ret 10h
;;   0x015b: mov r11, [r14]
;;   0x015e: mov eax, 0Ah
;;   0x0163: mov rsp, [r11+8]
;;   0x0167: jmp qword ptr [r11+10h]
;; function 4 (le):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 20h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1B1h
;;   0x018a: sub rsp, 20h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: movss xmm0, [rbp+10h]
;;   0x019a: movss xmm15, [rbp+18h]
;;   0x01a0: ucomiss xmm15, xmm0
;;   0x01a4: setae al
;;   0x01a7: movzx eax, al
;;   0x01aa: mov rsp, rbp
;;   0x01ad: pop rbp
;;   0x01ae: ret 10h
;;   0x01b1: mov r11, [r14]
;;   0x01b4: mov eax, 0Ah
;;   0x01b9: mov rsp, [r11+8]
;;   0x01bd: jmp qword ptr [r11+10h]
;; function 5 (ge):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 20h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 20Bh
;;   0x01ea: sub rsp, 20h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: movss xmm0, [rbp+10h]
;;   0x01fa: ucomiss xmm0, [rbp+18h]
;;   0x01fe: setae al
;;   0x0201: movzx eax, al
;;   0x0204: mov rsp, rbp
;;   0x0207: pop rbp
;;   0x0208: ret 10h
;;   0x020b: mov r11, [r14]
;;   0x020e: mov eax, 0Ah
;;   0x0213: mov rsp, [r11+8]
;;   0x0217: jmp qword ptr [r11+10h]
