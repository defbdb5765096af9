;;! target = "x86_64"

(module
  (func (export "eqz") (param i32) (result i32) (i32.eqz (local.get 0)))
  (func (export "eq") (param i32 i32) (result i32) (i32.eq (local.get 0) (local.get 1)))
  (func (export "ne") (param i32 i32) (result i32) (i32.ne (local.get 0) (local.get 1)))
  (func (export "lt_s") (param i32 i32) (result i32) (i32.lt_s (local.get 0) (local.get 1)))
  (func (export "lt_u") (param i32 i32) (result i32) (i32.lt_u (local.get 0) (local.get 1)))
  (func (export "gt_s") (param i32 i32) (result i32) (i32.gt_s (local.get 0) (local.get 1)))
  (func (export "gt_u") (param i32 i32) (result i32) (i32.gt_u (local.get 0) (local.get 1)))
  (func (export "le_s") (param i32 i32) (result i32) (i32.le_s (local.get 0) (local.get 1)))
  (func (export "le_u") (param i32 i32) (result i32) (i32.le_u (local.get 0) (local.get 1)))
  (func (export "ge_s") (param i32 i32) (result i32) (i32.ge_s (local.get 0) (local.get 1)))
  (func (export "ge_u") (param i32 i32) (result i32) (i32.ge_u (local.get 0) (local.get 1))))
;; function 0 (eqz):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Fh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: test ebx, ebx
;;   0x002e: sete al
;;   0x0031: movzx eax, al
;;   0x0034: mov rbx, [rbp-10h]
;;   0x0038: mov rsp, rbp
;;   0x003b: pop rbp
;;   0x003c: ret 8
;;   0x003f: ud2
;; function 1 (eq):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 9Ch
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov [rbp-18h], r12
;;   0x007d: mov ebx, [rbp+10h]
;;   0x0080: mov r12d, [rbp+18h]
;;   0x0084: cmp ebx, r12d
;;   0x0087: sete al
;;   0x008a: movzx eax, al
;;   0x008d: mov rbx, [rbp-10h]
;;   0x0091: mov r12, [rbp-18h]
;;   0x0095: mov rsp, rbp
;;   0x0098: pop rbp
;;   0x0099: ret 10h
;;   0x009c: ud2
;; function 2 (ne):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0ECh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov [rbp-18h], r12
;;   0x00cd: mov ebx, [rbp+10h]
;;   0x00d0: mov r12d, [rbp+18h]
;;   0x00d4: cmp ebx, r12d
;;   0x00d7: setne al
;;   0x00da: movzx eax, al
;;   0x00dd: mov rbx, [rbp-10h]
;;   0x00e1: mov r12, [rbp-18h]
;;   0x00e5: mov rsp, rbp
;;   0x00e8: pop rbp
;;   0x00e9: ret 10h
;;   0x00ec: ud2
;; function 3 (lt_s):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 13Ch
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov [rbp-18h], r12
;;   0x011d: mov ebx, [rbp+10h]
;;   0x0120: mov r12d, [rbp+18h]
;;   0x0124: cmp ebx, r12d
;;   0x0127: setl al
;;   0x012a: movzx eax, al
;;   0x012d: mov rbx, [rbp-10h]
;;   0x0131: mov r12, [rbp-18h]
;;   0x0135: mov rsp, rbp
;;   0x0138: pop rbp
;;   0x0139: ret 10h
;;   0x013c: ud2
;; function 4 (lt_u):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 18Ch
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov [rbp-18h], r12
;;   0x016d: mov ebx, [rbp+10h]
;;   0x0170: mov r12d, [rbp+18h]
;;   0x0174: cmp ebx, r12d
;;   0x0177: setb al
;;   0x017a: movzx eax, al
;;   0x017d: mov rbx, [rbp-10h]
;;   0x0181: mov r12, [rbp-18h]
;;   0x0185: mov rsp, rbp
;;   0x0188: pop rbp
;;   0x0189: ret 10h
;;   0x018c: ud2
;; function 5 (gt_s):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1DCh
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov [rbp-10h], rbx
;;   0x01b9: mov [rbp-18h], r12
;;   0x01bd: mov ebx, [rbp+10h]
;;   0x01c0: mov r12d, [rbp+18h]
;;   0x01c4: cmp ebx, r12d
;;   0x01c7: setg al
;;   0x01ca: movzx eax, al
;;   0x01cd: mov rbx, [rbp-10h]
;;   0x01d1: mov r12, [rbp-18h]
;;   0x01d5: mov rsp, rbp
;;   0x01d8: pop rbp
;;   0x01d9: ret 10h
;;   0x01dc: ud2
;; function 6 (gt_u):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 30h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 22Ch
;;   0x01fa: sub rsp, 30h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov [rbp-10h], rbx
;;   0x0209: mov [rbp-18h], r12
;;   0x020d: mov ebx, [rbp+10h]
;;   0x0210: mov r12d, [rbp+18h]
;;   0x0214: cmp ebx, r12d
;;   0x0217: seta al
;;   0x021a: movzx eax, al
;;   0x021d: mov rbx, [rbp-10h]
;;   0x0221: mov r12, [rbp-18h]
;;   0x0225: mov rsp, rbp
;;   0x0228: pop rbp
;;   0x0229: ret 10h
;;   0x022c: ud2
;; function 7 (le_s):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 30h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 27Ch
;;   0x024a: sub rsp, 30h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov [rbp-10h], rbx
;;   0x0259: mov [rbp-18h], r12
;;   0x025d: mov ebx, [rbp+10h]
;;   0x0260: mov r12d, [rbp+18h]
;;   0x0264: cmp ebx, r12d
;;   0x0267: setle al
;;   0x026a: movzx eax, al
;;   0x026d: mov rbx, [rbp-10h]
;;   0x0271: mov r12, [rbp-18h]
;;   0x0275: mov rsp, rbp
;;   0x0278: pop rbp
;;   0x0279: ret 10h
;;   0x027c: ud2
;; function 8 (le_u):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 30h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2CCh
;;   0x029a: sub rsp, 30h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov [rbp-10h], rbx
;;   0x02a9: mov [rbp-18h], r12
;;   0x02ad: mov ebx, [rbp+10h]
;;   0x02b0: mov r12d, [rbp+18h]
;;   0x02b4: cmp ebx, r12d
;;   0x02b7: setbe al
;;   0x02ba: movzx eax, al
;;   0x02bd: mov rbx, [rbp-10h]
;;   0x02c1: mov r12, [rbp-18h]
;;   0x02c5: mov rsp, rbp
;;   0x02c8: pop rbp
;;   0x02c9: ret 10h
;;   0x02cc: ud2
;; function 9 (ge_s):
;;   0x02d0: push rbp
;;   0x02d1: mov rbp, rsp
;;   0x02d4: mov r11, [r14]
;;   0x02d7: mov r11, [r11]
;;   0x02da: add r11, 30h
;;   0x02e1: cmp rsp, r11
;;   0x02e4: jb 31Ch
;;   0x02ea: sub rsp, 30h
;;   0x02f1: mov [rbp-8], r14
;;   0x02f5: mov [rbp-10h], rbx
;;   0x02f9: mov [rbp-18h], r12
;;   0x02fd: mov ebx, [rbp+10h]
;;   0x0300: mov r12d, [rbp+18h]
;;   0x0304: cmp ebx, r12d
;;   0x0307: setge al
;;   0x030a: movzx eax, al
;;   0x030d: mov rbx, [rbp-10h]
;;   0x0311: mov r12, [rbp-18h]
;;   0x0315: mov rsp, rbp
;;   0x0318: pop rbp
;;   0x0319: ret 10h
;;   0x031c: ud2
;; function 10 (ge_u):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 30h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 36Ch
;;   0x033a: sub rsp, 30h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: mov [rbp-10h], rbx
;;   0x0349: mov [rbp-18h], r12
;;   0x034d: mov ebx, [rbp+10h]
;;   0x0350: mov r12d, [rbp+18h]
;;   0x0354: cmp ebx, r12d
;;   0x0357: setae al
;;   0x035a: movzx eax, al
;;   0x035d: mov rbx, [rbp-10h]
;;   0x0361: mov r12, [rbp-18h]
;;   0x0365: mov rsp, rbp
;;   0x0368: pop rbp
;;   0x0369: ret 10h
;;   0x036c: ud2
