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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 37h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: test eax, eax
;;   0x002a: sete al
;;   0x002d: movzx eax, al
;;   0x0030: mov rsp, rbp
;;   0x0033: pop rbp
;;   0x0034: ret 8
;;   0x0037: mov r11, [r14]
;;   0x003a: mov eax, 0Ah
;;   0x003f: mov rsp, [r11+8]
;;   0x0043: jmp qword ptr [r11+10h]
;; function 1 (eq):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 88h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: cmp eax, [rbp+18h]
;;   0x007b: sete al
;;   0x007e: movzx eax, al
;;   0x0081: mov rsp, rbp
;;   0x0084: pop rbp
;;   0x0085: ret 10h
;;   0x0088: mov r11, [r14]
;;   0x008b: mov eax, 0Ah
;;   0x0090: mov rsp, [r11+8]
;;   0x0094: jmp qword ptr [r11+10h]
;; function 2 (ne):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D8h
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, [rbp+10h]
;;   0x00c8: cmp eax, [rbp+18h]
;;   0x00cb: setne al
;;   0x00ce: movzx eax, al
;;   0x00d1: mov rsp, rbp
;;   0x00d4: pop rbp
;;   0x00d5: ret 10h
;;   0x00d8: mov r11, [r14]
;;   0x00db: mov eax, 0Ah
;;   0x00e0: mov rsp, [r11+8]
;;   0x00e4: jmp qword ptr [r11+10h]
;; function 3 (lt_s):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 128h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov eax, [rbp+10h]
;;   0x0118: cmp eax, [rbp+18h]
;;   0x011b: setl al
;;   0x011e: movzx eax, al
;;   0x0121: mov rsp, rbp
;;   0x0124: pop rbp
;;   0x0125: ret 10h
;;   0x0128: mov r11, [r14]
;;   0x012b: mov eax, 0Ah
;;   0x0130: mov rsp, [r11+8]
;;   0x0134: jmp qword ptr [r11+10h]
;; function 4 (lt_u):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 20h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 178h
;;   0x015a: sub rsp, 20h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov eax, [rbp+10h]
;;   0x0168: cmp eax, [rbp+18h]
;;   0x016b: setb al
;;   0x016e: movzx eax, al
;;   0x0171: mov rsp, rbp
;;   0x0174: pop rbp
;;   0x0175: ret 10h
;;   0x0178: mov r11, [r14]
;;   0x017b: mov eax, 0Ah
;;   0x0180: mov rsp, [r11+8]
;;   0x0184: jmp qword ptr [r11+10h]
;; function 5 (gt_s):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 20h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1C8h
;;   0x01aa: sub rsp, 20h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov eax, [rbp+10h]
;;   0x01b8: cmp eax, [rbp+18h]
;;   0x01bb: setg al
;;   0x01be: movzx eax, al
;;   0x01c1: mov rsp, rbp
;;   0x01c4: pop rbp
;;   0x01c5: ret 10h
;;   0x01c8: mov r11, [r14]
;;   0x01cb: mov eax, 0Ah
;;   0x01d0: mov rsp, [r11+8]
;;   0x01d4: jmp qword ptr [r11+10h]
;; function 6 (gt_u):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 20h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 218h
;;   0x01fa: sub rsp, 20h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov eax, [rbp+10h]
;;   0x0208: cmp eax, [rbp+18h]
;;   0x020b: seta al
;;   0x020e: movzx eax, al
;;   0x0211: mov rsp, rbp
;;   0x0214: pop rbp
;;   0x0215: ret 10h
;;   0x0218: mov r11, [r14]
;;   0x021b: mov eax, 0Ah
;;   0x0220: mov rsp, [r11+8]
;;   0x0224: jmp qword ptr [r11+10h]
;; function 7 (le_s):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 20h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 268h
;;   0x024a: sub rsp, 20h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov eax, [rbp+10h]
;;   0x0258: cmp eax, [rbp+18h]
;;   0x025b: setle al
;;   0x025e: movzx eax, al
;;   0x0261: mov rsp, rbp
;;   0x0264: pop rbp
;;   0x0265: ret 10h
;;   0x0268: mov r11, [r14]
;;   0x026b: mov eax, 0Ah
;;   0x0270: mov rsp, [r11+8]
;;   0x0274: jmp qword ptr [r11+10h]
;; function 8 (le_u):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 20h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2B8h
;;   0x029a: sub rsp, 20h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov eax, [rbp+10h]
;;   0x02a8: cmp eax, [rbp+18h]
;;   0x02ab: setbe al
;;   0x02ae: movzx eax, al
;;   0x02b1: mov rsp, rbp
;;   0x02b4: pop rbp
;;   0x02b5: ret 10h
;;   0x02b8: mov r11, [r14]
;;   0x02bb: mov eax, 0Ah
;;   0x02c0: mov rsp, [r11+8]
;;   0x02c4: jmp qword ptr [r11+10h]
;; function 9 (ge_s):
;;   0x02d0: push rbp
;;   0x02d1: mov rbp, rsp
;;   0x02d4: mov r11, [r14]
;;   0x02d7: mov r11, [r11]
;;   0x02da: add r11, 20h
;;   0x02e1: cmp rsp, r11
;;   0x02e4: jb 308h
;;   0x02ea: sub rsp, 20h
;;   0x02f1: mov [rbp-8], r14
;;   0x02f5: mov eax, [rbp+10h]
;;   0x02f8: cmp eax, [rbp+18h]
;;   0x02fb: setge al
;;   0x02fe: movzx eax, al
;;   0x0301: mov rsp, rbp
;;   0x0304: pop rbp
;;   0x0305: ret 10h
;;   0x0308: mov r11, [r14]
;;   0x030b: mov eax, 0Ah
;;   0x0310: mov rsp, [r11+8]
;;   0x0314: jmp qword ptr [r11+10h]
;; function 10 (ge_u):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 20h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 358h
;;   0x033a: sub rsp, 20h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: mov eax, [rbp+10h]
;;   0x0348: cmp eax, [rbp+18h]
;;   0x034b: setae al
;;   0x034e: movzx eax, al
;;   0x0351: mov rsp, rbp
;;   0x0354: pop rbp
;;   0x0355: ret 10h
;;   0x0358: mov r11, [r14]
;;   0x035b: mov eax, 0Ah
;;   0x0360: mov rsp, [r11+8]
;;   0x0364: jmp qword ptr [r11+10h]
