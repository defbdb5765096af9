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
;;   0x0039: ud2
;; function 1 (eq):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Ah
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rax, [rbp+10h]
;;   0x0069: cmp rax, [rbp+18h]
;;   0x006d: sete al
;;   0x0070: movzx eax, al
;;   0x0073: mov rsp, rbp
;;   0x0076: pop rbp
;;   0x0077: ret 10h
;;   0x007a: ud2
;; function 2 (ne):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BAh
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov rax, [rbp+10h]
;;   0x00a9: cmp rax, [rbp+18h]
;;   0x00ad: setne al
;;   0x00b0: movzx eax, al
;;   0x00b3: mov rsp, rbp
;;   0x00b6: pop rbp
;;   0x00b7: ret 10h
;;   0x00ba: ud2
;; function 3 (lt_s):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0FAh
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov rax, [rbp+10h]
;;   0x00e9: cmp rax, [rbp+18h]
;;   0x00ed: setl al
;;   0x00f0: movzx eax, al
;;   0x00f3: mov rsp, rbp
;;   0x00f6: pop rbp
;;   0x00f7: ret 10h
;;   0x00fa: ud2
;; function 4 (lt_u):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 13Ah
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov rax, [rbp+10h]
;;   0x0129: cmp rax, [rbp+18h]
;;   0x012d: setb al
;;   0x0130: movzx eax, al
;;   0x0133: mov rsp, rbp
;;   0x0136: pop rbp
;;   0x0137: ret 10h
;;   0x013a: ud2
;; function 5 (gt_s):
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
;;   0x016d: setg al
;;   0x0170: movzx eax, al
;;   0x0173: mov rsp, rbp
;;   0x0176: pop rbp
;;   0x0177: ret 10h
;;   0x017a: ud2
;; function 6 (gt_u):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 20h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1BAh
;;   0x019a: sub rsp, 20h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov rax, [rbp+10h]
;;   0x01a9: cmp rax, [rbp+18h]
;;   0x01ad: seta al
;;   0x01b0: movzx eax, al
;;   0x01b3: mov rsp, rbp
;;   0x01b6: pop rbp
;;   0x01b7: ret 10h
;;   0x01ba: ud2
;; function 7 (le_s):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 20h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 1FAh
;;   0x01da: sub rsp, 20h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov rax, [rbp+10h]
;;   0x01e9: cmp rax, [rbp+18h]
;;   0x01ed: setle al
;;   0x01f0: movzx eax, al
;;   0x01f3: mov rsp, rbp
;;   0x01f6: pop rbp
;;   0x01f7: ret 10h
;;   0x01fa: ud2
;; function 8 (le_u):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 20h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 23Ah
;;   0x021a: sub rsp, 20h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: mov rax, [rbp+10h]
;;   0x0229: cmp rax, [rbp+18h]
;;   0x022d: setbe al
;;   0x0230: movzx eax, al
;;   0x0233: mov rsp, rbp
;;   0x0236: pop rbp
;;   0x0237: ret 10h
;;   0x023a: ud2
;; function 9 (ge_s):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 20h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 27Ah
;;   0x025a: sub rsp, 20h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov rax, [rbp+10h]
;;   0x0269: cmp rax, [rbp+18h]
;;   0x026d: setge al
;;   0x0270: movzx eax, al
;;   0x0273: mov rsp, rbp
;;   0x0276: pop rbp
;;   0x0277: ret 10h
;;   0x027a: ud2
;; function 10 (ge_u):
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
;;   0x02ad: setae al
;;   0x02b0: movzx eax, al
;;   0x02b3: mov rsp, rbp
;;   0x02b6: pop rbp
;;   0x02b7: ret 10h
;;   0x02ba: ud2
