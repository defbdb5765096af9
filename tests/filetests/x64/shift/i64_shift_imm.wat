;;! target = "x86_64"

;; Constant counts are immediates, masked to 6 bits.
(module
  (func (export "shl_40") (param i64) (result i64) (i64.shl (local.get 0) (i64.const 40)))
  (func (export "shr_s_65") (param i64) (result i64) (i64.shr_s (local.get 0) (i64.const 65)))
  (func (export "shr_u_63") (param i64) (result i64) (i64.shr_u (local.get 0) (i64.const 63)))
  (func (export "rotl_big") (param i64) (result i64) (i64.rotl (local.get 0) (i64.const 0x100000001)))
  (func (export "rotr_0") (param i64) (result i64) (i64.rotr (local.get 0) (i64.const 0))))
;; function 0 (shl_40):
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
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: mov rax, rbx
;;   0x0030: shl rax, 28h
;;   0x0034: mov rbx, [rbp-10h]
;;   0x0038: mov rsp, rbp
;;   0x003b: pop rbp
;;   0x003c: ret 8
;;   0x003f: ud2
;; function 1 (shr_s_65):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Fh
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov rbx, [rbp+10h]
;;   0x007d: mov rax, rbx
;;   0x0080: sar rax, 1
;;   0x0084: mov rbx, [rbp-10h]
;;   0x0088: mov rsp, rbp
;;   0x008b: pop rbp
;;   0x008c: ret 8
;;   0x008f: ud2
;; function 2 (shr_u_63):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0DFh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov rbx, [rbp+10h]
;;   0x00cd: mov rax, rbx
;;   0x00d0: shr rax, 3Fh
;;   0x00d4: mov rbx, [rbp-10h]
;;   0x00d8: mov rsp, rbp
;;   0x00db: pop rbp
;;   0x00dc: ret 8
;;   0x00df: ud2
;; function 3 (rotl_big):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 12Fh
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov rbx, [rbp+10h]
;;   0x011d: mov rax, rbx
;;   0x0120: rol rax, 1
;;   0x0124: mov rbx, [rbp-10h]
;;   0x0128: mov rsp, rbp
;;   0x012b: pop rbp
;;   0x012c: ret 8
;;   0x012f: ud2
;; function 4 (rotr_0):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 17Fh
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov rbx, [rbp+10h]
;;   0x016d: mov rax, rbx
;;   0x0170: ror rax, 0
;;   0x0174: mov rbx, [rbp-10h]
;;   0x0178: mov rsp, rbp
;;   0x017b: pop rbp
;;   0x017c: ret 8
;;   0x017f: ud2
