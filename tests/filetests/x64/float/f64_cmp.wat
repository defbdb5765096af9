;;! target = "x86_64"

;; f64 comparisons, with register and constant right-hand operands.
(module
  (func (export "eq") (param f64 f64) (result i32) (f64.eq (local.get 0) (local.get 1)))
  (func (export "ne_const") (param f64) (result i32) (f64.ne (local.get 0) (f64.const 1)))
  (func (export "lt_const") (param f64) (result i32) (f64.lt (local.get 0) (f64.const 0)))
  (func (export "gt") (param f64 f64) (result i32) (f64.gt (local.get 0) (local.get 1)))
  (func (export "le") (param f64 f64) (result i32)
    (f64.le (f64.add (local.get 0) (local.get 0)) (f64.add (local.get 1) (local.get 1))))
  (func (export "ge") (param f64 f64) (result i32) (f64.ge (local.get 0) (local.get 1))))
;; function 0 (eq):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 43h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movsd xmm0, [rbp+10h]
;;   0x002a: ucomisd xmm0, [rbp+18h]
;;   0x002f: sete al
;;   0x0032: setnp r11b
;;   0x0036: and eax, r11d
;;   0x0039: movzx eax, al
;;   0x003c: mov rsp, rbp
;;   0x003f: pop rbp
;;   0x0040: ret 10h
;;   0x0043: mov r11, [r14]
;;   0x0046: mov eax, 0Ah
;;   0x004b: mov rsp, [r11+8]
;;   0x004f: jmp qword ptr [r11+10h]
;; function 1 (ne_const):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0B1h
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov r11, 3FF0000000000000h
;;   0x008f: movq xmm0, r11
;;   0x0094: movsd xmm1, [rbp+10h]
;;   0x0099: ucomisd xmm1, xmm0
;;   0x009d: setne al
;;   0x00a0: setp r11b
;;   0x00a4: or eax, r11d
;;   0x00a7: movzx eax, al
;;   0x00aa: mov rsp, rbp
;;   0x00ad: pop rbp
;;   0x00ae: ret 8
;;   0x00b1: mov r11, [r14]
;;   0x00b4: mov eax, 0Ah
;;   0x00b9: mov rsp, [r11+8]
;;   0x00bd: jmp qword ptr [r11+10h]
;; function 2 (lt_const):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 20h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 10Fh
;;   0x00ea: sub rsp, 20h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: xorpd xmm0, xmm0
;;   0x00f9: movsd xmm1, [rbp+10h]
;;   0x00fe: ucomisd xmm0, xmm1
;;   0x0102: seta al
;;   0x0105: movzx eax, al
;;   0x0108: mov rsp, rbp
;;   0x010b: pop rbp
;;   0x010c: ret 8
;;   0x010f: mov r11, [r14]
;;   0x0112: mov eax, 0Ah
;;   0x0117: mov rsp, [r11+8]
;;   0x011b: jmp qword ptr [r11+10h]
;; function 3 (gt):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 20h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 15Ch
;;   0x013a: sub rsp, 20h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: movsd xmm0, [rbp+10h]
;;   0x014a: ucomisd xmm0, [rbp+18h]
;;   0x014f: seta al
;;   0x0152: movzx eax, al
;;   0x0155: mov rsp, rbp
;;   0x0158: pop rbp
;;   0x0159: ret 10h
;;   0x015c: mov r11, [r14]
;;   0x015f: mov eax, 0Ah
;;   0x0164: mov rsp, [r11+8]
;;   0x0168: jmp qword ptr [r11+10h]
;; function 4 (le):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 20h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1BAh
;;   0x018a: sub rsp, 20h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: movsd xmm0, [rbp+10h]
;;   0x019a: addsd xmm0, [rbp+10h]
;;   0x019f: movsd xmm1, [rbp+18h]
;;   0x01a4: addsd xmm1, [rbp+18h]
;;   0x01a9: ucomisd xmm1, xmm0
;;   0x01ad: setae al
;;   0x01b0: movzx eax, al
;;   0x01b3: mov rsp, rbp
;;   0x01b6: pop rbp
;;   0x01b7: ret 10h
;;   0x01ba: mov r11, [r14]
;;   0x01bd: mov eax, 0Ah
;;   0x01c2: mov rsp, [r11+8]
;;   0x01c6: jmp qword ptr [r11+10h]
;; function 5 (ge):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 20h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 20Ch
;;   0x01ea: sub rsp, 20h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: movsd xmm0, [rbp+10h]
;;   0x01fa: ucomisd xmm0, [rbp+18h]
;;   0x01ff: setae al
;;   0x0202: movzx eax, al
;;   0x0205: mov rsp, rbp
;;   0x0208: pop rbp
;;   0x0209: ret 10h
;;   0x020c: mov r11, [r14]
;;   0x020f: mov eax, 0Ah
;;   0x0214: mov rsp, [r11+8]
;;   0x0218: jmp qword ptr [r11+10h]
