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
;;   0x0037: ud2
;; function 1 (eq):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 78h
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, [rbp+10h]
;;   0x0068: cmp eax, [rbp+18h]
;;   0x006b: sete al
;;   0x006e: movzx eax, al
;;   0x0071: mov rsp, rbp
;;   0x0074: pop rbp
;;   0x0075: ret 10h
;;   0x0078: ud2
;; function 2 (ne):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B8h
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, [rbp+10h]
;;   0x00a8: cmp eax, [rbp+18h]
;;   0x00ab: setne al
;;   0x00ae: movzx eax, al
;;   0x00b1: mov rsp, rbp
;;   0x00b4: pop rbp
;;   0x00b5: ret 10h
;;   0x00b8: ud2
;; function 3 (lt_s):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F8h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov eax, [rbp+10h]
;;   0x00e8: cmp eax, [rbp+18h]
;;   0x00eb: setl al
;;   0x00ee: movzx eax, al
;;   0x00f1: mov rsp, rbp
;;   0x00f4: pop rbp
;;   0x00f5: ret 10h
;;   0x00f8: ud2
;; function 4 (lt_u):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 138h
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov eax, [rbp+10h]
;;   0x0128: cmp eax, [rbp+18h]
;;   0x012b: setb al
;;   0x012e: movzx eax, al
;;   0x0131: mov rsp, rbp
;;   0x0134: pop rbp
;;   0x0135: ret 10h
;;   0x0138: ud2
;; function 5 (gt_s):
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
;;   0x016b: setg al
;;   0x016e: movzx eax, al
;;   0x0171: mov rsp, rbp
;;   0x0174: pop rbp
;;   0x0175: ret 10h
;;   0x0178: ud2
;; function 6 (gt_u):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 20h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1B8h
;;   0x019a: sub rsp, 20h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov eax, [rbp+10h]
;;   0x01a8: cmp eax, [rbp+18h]
;;   0x01ab: seta al
;;   0x01ae: movzx eax, al
;;   0x01b1: mov rsp, rbp
;;   0x01b4: pop rbp
;;   0x01b5: ret 10h
;;   0x01b8: ud2
;; function 7 (le_s):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 20h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 1F8h
;;   0x01da: sub rsp, 20h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov eax, [rbp+10h]
;;   0x01e8: cmp eax, [rbp+18h]
;;   0x01eb: setle al
;;   0x01ee: movzx eax, al
;;   0x01f1: mov rsp, rbp
;;   0x01f4: pop rbp
;;   0x01f5: ret 10h
;;   0x01f8: ud2
;; function 8 (le_u):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 20h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 238h
;;   0x021a: sub rsp, 20h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: mov eax, [rbp+10h]
;;   0x0228: cmp eax, [rbp+18h]
;;   0x022b: setbe al
;;   0x022e: movzx eax, al
;;   0x0231: mov rsp, rbp
;;   0x0234: pop rbp
;;   0x0235: ret 10h
;;   0x0238: ud2
;; function 9 (ge_s):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 20h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 278h
;;   0x025a: sub rsp, 20h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov eax, [rbp+10h]
;;   0x0268: cmp eax, [rbp+18h]
;;   0x026b: setge al
;;   0x026e: movzx eax, al
;;   0x0271: mov rsp, rbp
;;   0x0274: pop rbp
;;   0x0275: ret 10h
;;   0x0278: ud2
;; function 10 (ge_u):
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
;;   0x02ab: setae al
;;   0x02ae: movzx eax, al
;;   0x02b1: mov rsp, rbp
;;   0x02b4: pop rbp
;;   0x02b5: ret 10h
;;   0x02b8: ud2
