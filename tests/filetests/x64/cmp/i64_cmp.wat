;;! target = "x86_64"

(module
  (func (export "eqz") (param i64) (result i32) (i64.eqz (local.get 0)))
  (func (export "eq") (param i64 i64) (result i32) (i64.eq (local.get 0) (local.get 1)))
  (func (export "ne") (param i64 i64) (result i32) (i64.ne (local.get 0) (local.get 1)))
  (func (export "lt_s") (param i64 i64) (result i32) (i64.lt_s (local.get 0) (local.get 1)))
  (func (export "lt_u") (param i64 i64) (result i32) (i64.lt_u (local.get 0) (local.get 1)))
  (func (export "gt_s") (param i64 i64) (result i32) (i64.gt_s (local.get 0) (local.get 1)))
  (func (export "gt_u") (param i64 i64) (result i32) (i64.gt_u (local.get 0) (local.get 1)))
  (func (export "le_s") (param i64 i64) (result i32) (i64.le_s (local.get 0) (local.get 1)))
  (func (export "le_u") (param i64 i64) (result i32) (i64.le_u (local.get 0) (local.get 1)))
  (func (export "ge_s") (param i64 i64) (result i32) (i64.ge_s (local.get 0) (local.get 1)))
  (func (export "ge_u") (param i64 i64) (result i32) (i64.ge_u (local.get 0) (local.get 1))))
;; function 0 (eqz):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 41h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: test rbx, rbx
;;   0x0030: sete al
;;   0x0033: movzx eax, al
;;   0x0036: mov rbx, [rbp-10h]
;;   0x003a: mov rsp, rbp
;;   0x003d: pop rbp
;;   0x003e: ret 8
;;   0x0041: ud2
;; function 1 (eq):
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
;;   0x0085: cmp rbx, r12
;;   0x0088: sete al
;;   0x008b: movzx eax, al
;;   0x008e: mov rbx, [rbp-10h]
;;   0x0092: mov r12, [rbp-18h]
;;   0x0096: mov rsp, rbp
;;   0x0099: pop rbp
;;   0x009a: ret 10h
;;   0x009d: ud2
;; function 2 (ne):
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
;;   0x00d5: cmp rbx, r12
;;   0x00d8: setne al
;;   0x00db: movzx eax, al
;;   0x00de: mov rbx, [rbp-10h]
;;   0x00e2: mov r12, [rbp-18h]
;;   0x00e6: mov rsp, rbp
;;   0x00e9: pop rbp
;;   0x00ea: ret 10h
;;   0x00ed: ud2
;; function 3 (lt_s):
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
;;   0x0125: cmp rbx, r12
;;   0x0128: setl al
;;   0x012b: movzx eax, al
;;   0x012e: mov rbx, [rbp-10h]
;;   0x0132: mov r12, [rbp-18h]
;;   0x0136: mov rsp, rbp
;;   0x0139: pop rbp
;;   0x013a: ret 10h
;;   0x013d: ud2
;; function 4 (lt_u):
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
;;   0x0175: cmp rbx, r12
;;   0x0178: setb al
;;   0x017b: movzx eax, al
;;   0x017e: mov rbx, [rbp-10h]
;;   0x0182: mov r12, [rbp-18h]
;;   0x0186: mov rsp, rbp
;;   0x0189: pop rbp
;;   0x018a: ret 10h
;;   0x018d: ud2
;; function 5 (gt_s):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1DDh
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov [rbp-10h], rbx
;;   0x01b9: mov [rbp-18h], r12
;;   0x01bd: mov rbx, [rbp+10h]
;;   0x01c1: mov r12, [rbp+18h]
;;   0x01c5: cmp rbx, r12
;;   0x01c8: setg al
;;   0x01cb: movzx eax, al
;;   0x01ce: mov rbx, [rbp-10h]
;;   0x01d2: mov r12, [rbp-18h]
;;   0x01d6: mov rsp, rbp
;;   0x01d9: pop rbp
;;   0x01da: ret 10h
;;   0x01dd: ud2
;; function 6 (gt_u):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 30h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 22Dh
;;   0x01fa: sub rsp, 30h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov [rbp-10h], rbx
;;   0x0209: mov [rbp-18h], r12
;;   0x020d: mov rbx, [rbp+10h]
;;   0x0211: mov r12, [rbp+18h]
;;   0x0215: cmp rbx, r12
;;   0x0218: seta al
;;   0x021b: movzx eax, al
;;   0x021e: mov rbx, [rbp-10h]
;;   0x0222: mov r12, [rbp-18h]
;;   0x0226: mov rsp, rbp
;;   0x0229: pop rbp
;;   0x022a: ret 10h
;;   0x022d: ud2
;; function 7 (le_s):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 30h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 27Dh
;;   0x024a: sub rsp, 30h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov [rbp-10h], rbx
;;   0x0259: mov [rbp-18h], r12
;;   0x025d: mov rbx, [rbp+10h]
;;   0x0261: mov r12, [rbp+18h]
;;   0x0265: cmp rbx, r12
;;   0x0268: setle al
;;   0x026b: movzx eax, al
;;   0x026e: mov rbx, [rbp-10h]
;;   0x0272: mov r12, [rbp-18h]
;;   0x0276: mov rsp, rbp
;;   0x0279: pop rbp
;;   0x027a: ret 10h
;;   0x027d: ud2
;; function 8 (le_u):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 30h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2CDh
;;   0x029a: sub rsp, 30h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov [rbp-10h], rbx
;;   0x02a9: mov [rbp-18h], r12
;;   0x02ad: mov rbx, [rbp+10h]
;;   0x02b1: mov r12, [rbp+18h]
;;   0x02b5: cmp rbx, r12
;;   0x02b8: setbe al
;;   0x02bb: movzx eax, al
;;   0x02be: mov rbx, [rbp-10h]
;;   0x02c2: mov r12, [rbp-18h]
;;   0x02c6: mov rsp, rbp
;;   0x02c9: pop rbp
;;   0x02ca: ret 10h
;;   0x02cd: ud2
;; function 9 (ge_s):
;;   0x02d0: push rbp
;;   0x02d1: mov rbp, rsp
;;   0x02d4: mov r11, [r14]
;;   0x02d7: mov r11, [r11]
;;   0x02da: add r11, 30h
;;   0x02e1: cmp rsp, r11
;;   0x02e4: jb 31Dh
;;   0x02ea: sub rsp, 30h
;;   0x02f1: mov [rbp-8], r14
;;   0x02f5: mov [rbp-10h], rbx
;;   0x02f9: mov [rbp-18h], r12
;;   0x02fd: mov rbx, [rbp+10h]
;;   0x0301: mov r12, [rbp+18h]
;;   0x0305: cmp rbx, r12
;;   0x0308: setge al
;;   0x030b: movzx eax, al
;;   0x030e: mov rbx, [rbp-10h]
;;   0x0312: mov r12, [rbp-18h]
;;   0x0316: mov rsp, rbp
;;   0x0319: pop rbp
;;   0x031a: ret 10h
;;   0x031d: ud2
;; function 10 (ge_u):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 30h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 36Dh
;;   0x033a: sub rsp, 30h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: mov [rbp-10h], rbx
;;   0x0349: mov [rbp-18h], r12
;;   0x034d: mov rbx, [rbp+10h]
;;   0x0351: mov r12, [rbp+18h]
;;   0x0355: cmp rbx, r12
;;   0x0358: setae al
;;   0x035b: movzx eax, al
;;   0x035e: mov rbx, [rbp-10h]
;;   0x0362: mov r12, [rbp-18h]
;;   0x0366: mov rsp, rbp
;;   0x0369: pop rbp
;;   0x036a: ret 10h
;;   0x036d: ud2
