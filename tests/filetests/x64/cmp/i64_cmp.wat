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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 39h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+10h]
;;   0x0029: test rax, rax
;;   0x002c: sete al
;;   0x002f: movzx eax, al
;;   0x0032: mov rsp, rbp
;;   0x0035: pop rbp
;;   0x0036: ret 8
;;   0x0039: mov r11, [r14]
;;   0x003c: mov eax, 0Ah
;;   0x0041: mov rsp, [r11+8]
;;   0x0045: jmp qword ptr [r11+10h]
;; function 1 (eq):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Ah
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, [rbp+10h]
;;   0x0079: cmp rax, [rbp+18h]
;;   0x007d: sete al
;;   0x0080: movzx eax, al
;;   0x0083: mov rsp, rbp
;;   0x0086: pop rbp
;;   0x0087: ret 10h
;;   0x008a: mov r11, [r14]
;;   0x008d: mov eax, 0Ah
;;   0x0092: mov rsp, [r11+8]
;;   0x0096: jmp qword ptr [r11+10h]
;; function 2 (ne):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0DAh
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov rax, [rbp+10h]
;;   0x00c9: cmp rax, [rbp+18h]
;;   0x00cd: setne al
;;   0x00d0: movzx eax, al
;;   0x00d3: mov rsp, rbp
;;   0x00d6: pop rbp
;;   0x00d7: ret 10h
;;   0x00da: mov r11, [r14]
;;   0x00dd: mov eax, 0Ah
;;   0x00e2: mov rsp, [r11+8]
;;   0x00e6: jmp qword ptr [r11+10h]
;; function 3 (lt_s):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 12Ah
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov rax, [rbp+10h]
;;   0x0119: cmp rax, [rbp+18h]
;;   0x011d: setl al
;;   0x0120: movzx eax, al
;;   0x0123: mov rsp, rbp
;;   0x0126: pop rbp
;;   0x0127: ret 10h
;;   0x012a: mov r11, [r14]
;;   0x012d: mov eax, 0Ah
;;   0x0132: mov rsp, [r11+8]
;;   0x0136: jmp qword ptr [r11+10h]
;; function 4 (lt_u):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 20h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 17Ah
;;   0x015a: sub rsp, 20h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov rax, [rbp+10h]
;;   0x0169: cmp rax, [rbp+18h]
;;   0x016d: setb al
;;   0x0170: movzx eax, al
;;   0x0173: mov rsp, rbp
;;   0x0176: pop rbp
;;   0x0177: ret 10h
;;   0x017a: mov r11, [r14]
;;   0x017d: mov eax, 0Ah
;;   0x0182: mov rsp, [r11+8]
;;   0x0186: jmp qword ptr [r11+10h]
;; function 5 (gt_s):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 20h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1CAh
;;   0x01aa: sub rsp, 20h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov rax, [rbp+10h]
;;   0x01b9: cmp rax, [rbp+18h]
;;   0x01bd: setg al
;;   0x01c0: movzx eax, al
;;   0x01c3: mov rsp, rbp
;;   0x01c6: pop rbp
;;   0x01c7: ret 10h
;;   0x01ca: mov r11, [r14]
;;   0x01cd: mov eax, 0Ah
;;   0x01d2: mov rsp, [r11+8]
;;   0x01d6: jmp qword ptr [r11+10h]
;; function 6 (gt_u):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 20h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 21Ah
;;   0x01fa: sub rsp, 20h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov rax, [rbp+10h]
;;   0x0209: cmp rax, [rbp+18h]
;;   0x020d: seta al
;;   0x0210: movzx eax, al
;;   0x0213: mov rsp, rbp
;;   0x0216: pop rbp
;;   0x0217: ret 10h
;;   0x021a: mov r11, [r14]
;;   0x021d: mov eax, 0Ah
;;   0x0222: mov rsp, [r11+8]
;;   0x0226: jmp qword ptr [r11+10h]
;; function 7 (le_s):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 20h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 26Ah
;;   0x024a: sub rsp, 20h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov rax, [rbp+10h]
;;   0x0259: cmp rax, [rbp+18h]
;;   0x025d: setle al
;;   0x0260: movzx eax, al
;;   0x0263: mov rsp, rbp
;;   0x0266: pop rbp
;;   0x0267: ret 10h
;;   0x026a: mov r11, [r14]
;;   0x026d: mov eax, 0Ah
;;   0x0272: mov rsp, [r11+8]
;;   0x0276: jmp qword ptr [r11+10h]
;; function 8 (le_u):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 20h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2BAh
;;   0x029a: sub rsp, 20h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov rax, [rbp+10h]
;;   0x02a9: cmp rax, [rbp+18h]
;;   0x02ad: setbe al
;;   0x02b0: movzx eax, al
;;   0x02b3: mov rsp, rbp
;;   0x02b6: pop rbp
;;   0x02b7: ret 10h
;;   0x02ba: mov r11, [r14]
;;   0x02bd: mov eax, 0Ah
;;   0x02c2: mov rsp, [r11+8]
;;   0x02c6: jmp qword ptr [r11+10h]
;; function 9 (ge_s):
;;   0x02d0: push rbp
;;   0x02d1: mov rbp, rsp
;;   0x02d4: mov r11, [r14]
;;   0x02d7: mov r11, [r11]
;;   0x02da: add r11, 20h
;;   0x02e1: cmp rsp, r11
;;   0x02e4: jb 30Ah
;;   0x02ea: sub rsp, 20h
;;   0x02f1: mov [rbp-8], r14
;;   0x02f5: mov rax, [rbp+10h]
;;   0x02f9: cmp rax, [rbp+18h]
;;   0x02fd: setge al
;;   0x0300: movzx eax, al
;;   0x0303: mov rsp, rbp
;;   0x0306: pop rbp
;;   0x0307: ret 10h
;;   0x030a: mov r11, [r14]
;;   0x030d: mov eax, 0Ah
;;   0x0312: mov rsp, [r11+8]
;;   0x0316: jmp qword ptr [r11+10h]
;; function 10 (ge_u):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 20h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 35Ah
;;   0x033a: sub rsp, 20h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: mov rax, [rbp+10h]
;;   0x0349: cmp rax, [rbp+18h]
;;   0x034d: setae al
;;   0x0350: movzx eax, al
;;   0x0353: mov rsp, rbp
;;   0x0356: pop rbp
;;   0x0357: ret 10h
;;   0x035a: mov r11, [r14]
;;   0x035d: mov eax, 0Ah
;;   0x0362: mov rsp, [r11+8]
;;   0x0366: jmp qword ptr [r11+10h]
