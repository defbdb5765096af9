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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 43h
;;   0x001a: sub rsp, 30h
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
;;   0x0043: ud2
;; function 1 (ne_const):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 0A1h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov r11, 3FF0000000000000h
;;   0x007f: movq xmm0, r11
;;   0x0084: movsd xmm1, [rbp+10h]
;;   0x0089: ucomisd xmm1, xmm0
;;   0x008d: setne al
;;   0x0090: setp r11b
;;   0x0094: or eax, r11d
;;   0x0097: movzx eax, al
;;   0x009a: mov rsp, rbp
;;   0x009d: pop rbp
;;   0x009e: ret 8
;;   0x00a1: ud2
;; function 2 (lt_const):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 30h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0EFh
;;   0x00ca: sub rsp, 30h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: xorpd xmm0, xmm0
;;   0x00d9: movsd xmm1, [rbp+10h]
;;   0x00de: ucomisd xmm0, xmm1
;;   0x00e2: seta al
;;   0x00e5: movzx eax, al
;;   0x00e8: mov rsp, rbp
;;   0x00eb: pop rbp
;;   0x00ec: ret 8
;;   0x00ef: ud2
;; function 3 (gt):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 30h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 13Ch
;;   0x011a: sub rsp, 30h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: movsd xmm0, [rbp+10h]
;;   0x012a: ucomisd xmm0, [rbp+18h]
;;   0x012f: seta al
;;   0x0132: movzx eax, al
;;   0x0135: mov rsp, rbp
;;   0x0138: pop rbp
;;   0x0139: ret 10h
;;   0x013c: ud2
;; function 4 (le):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 40h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 18Ah
;;   0x015a: sub rsp, 40h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: movsd xmm0, [rbp+10h]
;;   0x016a: addsd xmm0, [rbp+10h]
;;   0x016f: movsd xmm1, [rbp+18h]
;;   0x0174: addsd xmm1, [rbp+18h]
;;   0x0179: ucomisd xmm1, xmm0
;;   0x017d: setae al
;;   0x0180: movzx eax, al
;;   0x0183: mov rsp, rbp
;;   0x0186: pop rbp
;;   0x0187: ret 10h
;;   0x018a: ud2
;; function 5 (ge):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1CCh
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: movsd xmm0, [rbp+10h]
;;   0x01ba: ucomisd xmm0, [rbp+18h]
;;   0x01bf: setae al
;;   0x01c2: movzx eax, al
;;   0x01c5: mov rsp, rbp
;;   0x01c8: pop rbp
;;   0x01c9: ret 10h
;;   0x01cc: ud2
