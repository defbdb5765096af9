;;! target = "x86_64"

;; f64 add/sub/mul/div: register, frame-memory and constant operands.
(module
  (func (export "add") (param f64 f64) (result f64)
    (f64.add (local.get 0) (local.get 1)))
  (func (export "sub_regs") (param f64 f64) (result f64)
    (f64.sub (f64.mul (local.get 0) (local.get 0)) (f64.mul (local.get 1) (local.get 1))))
  (func (export "mul_const") (param f64) (result f64)
    (f64.mul (local.get 0) (f64.const -0.1)))
  (func (export "div_zero_const") (param f64) (result f64)
    (f64.div (local.get 0) (f64.const 0))))
;; function 0 (add):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 36h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movsd xmm0, [rbp+10h]
;;   0x002a: addsd xmm0, [rbp+18h]
;;   0x002f: mov rsp, rbp
;;   0x0032: pop rbp
;;   0x0033: ret 10h
;;   0x0036: ud2
;; function 1 (sub_regs):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 40h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 84h
;;   0x005a: sub rsp, 40h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: movsd xmm0, [rbp+10h]
;;   0x006a: mulsd xmm0, [rbp+10h]
;;   0x006f: movsd xmm1, [rbp+18h]
;;   0x0074: mulsd xmm1, [rbp+18h]
;;   0x0079: subsd xmm0, xmm1
;;   0x007d: mov rsp, rbp
;;   0x0080: pop rbp
;;   0x0081: ret 10h
;;   0x0084: ud2
;; function 2 (mul_const):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0D8h
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov r11, 0BFB999999999999Ah
;;   0x00bf: movq xmm0, r11
;;   0x00c4: movsd xmm1, [rbp+10h]
;;   0x00c9: mulsd xmm1, xmm0
;;   0x00cd: movapd xmm0, xmm1
;;   0x00d1: mov rsp, rbp
;;   0x00d4: pop rbp
;;   0x00d5: ret 8
;;   0x00d8: ud2
;; function 3 (div_zero_const):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 11Dh
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: xorpd xmm0, xmm0
;;   0x0109: movsd xmm1, [rbp+10h]
;;   0x010e: divsd xmm1, xmm0
;;   0x0112: movapd xmm0, xmm1
;;   0x0116: mov rsp, rbp
;;   0x0119: pop rbp
;;   0x011a: ret 8
;;   0x011d: ud2
