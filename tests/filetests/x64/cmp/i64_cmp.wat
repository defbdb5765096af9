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
;;   0x0014: jb 44h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: mov rax, rbx
;;   0x0030: test rax, rax
;;   0x0033: sete al
;;   0x0036: movzx eax, al
;;   0x0039: mov rbx, [rbp-10h]
;;   0x003d: mov rsp, rbp
;;   0x0040: pop rbp
;;   0x0041: ret 8
;;   0x0044: ud2
;; function 1 (eq):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 0A0h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov [rbp-18h], r12
;;   0x007d: mov rbx, [rbp+10h]
;;   0x0081: mov r12, [rbp+18h]
;;   0x0085: mov rax, rbx
;;   0x0088: cmp rax, r12
;;   0x008b: sete al
;;   0x008e: movzx eax, al
;;   0x0091: mov rbx, [rbp-10h]
;;   0x0095: mov r12, [rbp-18h]
;;   0x0099: mov rsp, rbp
;;   0x009c: pop rbp
;;   0x009d: ret 10h
;;   0x00a0: ud2
;; function 2 (ne):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 30h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 100h
;;   0x00ca: sub rsp, 30h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov [rbp-10h], rbx
;;   0x00d9: mov [rbp-18h], r12
;;   0x00dd: mov rbx, [rbp+10h]
;;   0x00e1: mov r12, [rbp+18h]
;;   0x00e5: mov rax, rbx
;;   0x00e8: cmp rax, r12
;;   0x00eb: setne al
;;   0x00ee: movzx eax, al
;;   0x00f1: mov rbx, [rbp-10h]
;;   0x00f5: mov r12, [rbp-18h]
;;   0x00f9: mov rsp, rbp
;;   0x00fc: pop rbp
;;   0x00fd: ret 10h
;;   0x0100: ud2
;; function 3 (lt_s):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 30h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 160h
;;   0x012a: sub rsp, 30h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov [rbp-10h], rbx
;;   0x0139: mov [rbp-18h], r12
;;   0x013d: mov rbx, [rbp+10h]
;;   0x0141: mov r12, [rbp+18h]
;;   0x0145: mov rax, rbx
;;   0x0148: cmp rax, r12
;;   0x014b: setl al
;;   0x014e: movzx eax, al
;;   0x0151: mov rbx, [rbp-10h]
;;   0x0155: mov r12, [rbp-18h]
;;   0x0159: mov rsp, rbp
;;   0x015c: pop rbp
;;   0x015d: ret 10h
;;   0x0160: ud2
;; function 4 (lt_u):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 30h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1C0h
;;   0x018a: sub rsp, 30h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: mov [rbp-10h], rbx
;;   0x0199: mov [rbp-18h], r12
;;   0x019d: mov rbx, [rbp+10h]
;;   0x01a1: mov r12, [rbp+18h]
;;   0x01a5: mov rax, rbx
;;   0x01a8: cmp rax, r12
;;   0x01ab: setb al
;;   0x01ae: movzx eax, al
;;   0x01b1: mov rbx, [rbp-10h]
;;   0x01b5: mov r12, [rbp-18h]
;;   0x01b9: mov rsp, rbp
;;   0x01bc: pop rbp
;;   0x01bd: ret 10h
;;   0x01c0: ud2
;; function 5 (gt_s):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 30h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 220h
;;   0x01ea: sub rsp, 30h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov [rbp-10h], rbx
;;   0x01f9: mov [rbp-18h], r12
;;   0x01fd: mov rbx, [rbp+10h]
;;   0x0201: mov r12, [rbp+18h]
;;   0x0205: mov rax, rbx
;;   0x0208: cmp rax, r12
;;   0x020b: setg al
;;   0x020e: movzx eax, al
;;   0x0211: mov rbx, [rbp-10h]
;;   0x0215: mov r12, [rbp-18h]
;;   0x0219: mov rsp, rbp
;;   0x021c: pop rbp
;;   0x021d: ret 10h
;;   0x0220: ud2
;; function 6 (gt_u):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 30h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 280h
;;   0x024a: sub rsp, 30h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov [rbp-10h], rbx
;;   0x0259: mov [rbp-18h], r12
;;   0x025d: mov rbx, [rbp+10h]
;;   0x0261: mov r12, [rbp+18h]
;;   0x0265: mov rax, rbx
;;   0x0268: cmp rax, r12
;;   0x026b: seta al
;;   0x026e: movzx eax, al
;;   0x0271: mov rbx, [rbp-10h]
;;   0x0275: mov r12, [rbp-18h]
;;   0x0279: mov rsp, rbp
;;   0x027c: pop rbp
;;   0x027d: ret 10h
;;   0x0280: ud2
;; function 7 (le_s):
;;   0x0290: push rbp
;;   0x0291: mov rbp, rsp
;;   0x0294: mov r11, [r14]
;;   0x0297: mov r11, [r11]
;;   0x029a: add r11, 30h
;;   0x02a1: cmp rsp, r11
;;   0x02a4: jb 2E0h
;;   0x02aa: sub rsp, 30h
;;   0x02b1: mov [rbp-8], r14
;;   0x02b5: mov [rbp-10h], rbx
;;   0x02b9: mov [rbp-18h], r12
;;   0x02bd: mov rbx, [rbp+10h]
;;   0x02c1: mov r12, [rbp+18h]
;;   0x02c5: mov rax, rbx
;;   0x02c8: cmp rax, r12
;;   0x02cb: setle al
;;   0x02ce: movzx eax, al
;;   0x02d1: mov rbx, [rbp-10h]
;;   0x02d5: mov r12, [rbp-18h]
;;   0x02d9: mov rsp, rbp
;;   0x02dc: pop rbp
;;   0x02dd: ret 10h
;;   0x02e0: ud2
;; function 8 (le_u):
;;   0x02f0: push rbp
;;   0x02f1: mov rbp, rsp
;;   0x02f4: mov r11, [r14]
;;   0x02f7: mov r11, [r11]
;;   0x02fa: add r11, 30h
;;   0x0301: cmp rsp, r11
;;   0x0304: jb 340h
;;   0x030a: sub rsp, 30h
;;   0x0311: mov [rbp-8], r14
;;   0x0315: mov [rbp-10h], rbx
;;   0x0319: mov [rbp-18h], r12
;;   0x031d: mov rbx, [rbp+10h]
;;   0x0321: mov r12, [rbp+18h]
;;   0x0325: mov rax, rbx
;;   0x0328: cmp rax, r12
;;   0x032b: setbe al
;;   0x032e: movzx eax, al
;;   0x0331: mov rbx, [rbp-10h]
;;   0x0335: mov r12, [rbp-18h]
;;   0x0339: mov rsp, rbp
;;   0x033c: pop rbp
;;   0x033d: ret 10h
;;   0x0340: ud2
;; function 9 (ge_s):
;;   0x0350: push rbp
;;   0x0351: mov rbp, rsp
;;   0x0354: mov r11, [r14]
;;   0x0357: mov r11, [r11]
;;   0x035a: add r11, 30h
;;   0x0361: cmp rsp, r11
;;   0x0364: jb 3A0h
;;   0x036a: sub rsp, 30h
;;   0x0371: mov [rbp-8], r14
;;   0x0375: mov [rbp-10h], rbx
;;   0x0379: mov [rbp-18h], r12
;;   0x037d: mov rbx, [rbp+10h]
;;   0x0381: mov r12, [rbp+18h]
;;   0x0385: mov rax, rbx
;;   0x0388: cmp rax, r12
;;   0x038b: setge al
;;   0x038e: movzx eax, al
;;   0x0391: mov rbx, [rbp-10h]
;;   0x0395: mov r12, [rbp-18h]
;;   0x0399: mov rsp, rbp
;;   0x039c: pop rbp
;;   0x039d: ret 10h
;;   0x03a0: ud2
;; function 10 (ge_u):
;;   0x03b0: push rbp
;;   0x03b1: mov rbp, rsp
;;   0x03b4: mov r11, [r14]
;;   0x03b7: mov r11, [r11]
;;   0x03ba: add r11, 30h
;;   0x03c1: cmp rsp, r11
;;   0x03c4: jb 400h
;;   0x03ca: sub rsp, 30h
;;   0x03d1: mov [rbp-8], r14
;;   0x03d5: mov [rbp-10h], rbx
;;   0x03d9: mov [rbp-18h], r12
;;   0x03dd: mov rbx, [rbp+10h]
;;   0x03e1: mov r12, [rbp+18h]
;;   0x03e5: mov rax, rbx
;;   0x03e8: cmp rax, r12
;;   0x03eb: setae al
;;   0x03ee: movzx eax, al
;;   0x03f1: mov rbx, [rbp-10h]
;;   0x03f5: mov r12, [rbp-18h]
;;   0x03f9: mov rsp, rbp
;;   0x03fc: pop rbp
;;   0x03fd: ret 10h
;;   0x0400: ud2
