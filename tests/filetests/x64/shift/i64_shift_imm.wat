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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 34h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+10h]
;;   0x0029: shl rax, 28h
;;   0x002d: mov rsp, rbp
;;   0x0030: pop rbp
;;   0x0031: ret 8
;;   0x0034: mov r11, [r14]
;;   0x0037: mov eax, 0Ah
;;   0x003c: mov rsp, [r11+8]
;;   0x0040: jmp qword ptr [r11+10h]
;; function 1 (shr_s_65):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 84h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, [rbp+10h]
;;   0x0079: sar rax, 1
;;   0x007d: mov rsp, rbp
;;   0x0080: pop rbp
;;   0x0081: ret 8
;;   0x0084: mov r11, [r14]
;;   0x0087: mov eax, 0Ah
;;   0x008c: mov rsp, [r11+8]
;;   0x0090: jmp qword ptr [r11+10h]
;; function 2 (shr_u_63):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D4h
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov rax, [rbp+10h]
;;   0x00c9: shr rax, 3Fh
;;   0x00cd: mov rsp, rbp
;;   0x00d0: pop rbp
;;   0x00d1: ret 8
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov eax, 0Ah
;;   0x00dc: mov rsp, [r11+8]
;;   0x00e0: jmp qword ptr [r11+10h]
;; function 3 (rotl_big):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 124h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov rax, [rbp+10h]
;;   0x0119: rol rax, 1
;;   0x011d: mov rsp, rbp
;;   0x0120: pop rbp
;;   0x0121: ret 8
;;   0x0124: mov r11, [r14]
;;   0x0127: mov eax, 0Ah
;;   0x012c: mov rsp, [r11+8]
;;   0x0130: jmp qword ptr [r11+10h]
;; function 4 (rotr_0):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 20h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 174h
;;   0x015a: sub rsp, 20h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov rax, [rbp+10h]
;;   0x0169: ror rax, 0
;;   0x016d: mov rsp, rbp
;;   0x0170: pop rbp
;;   0x0171: ret 8
;;   0x0174: mov r11, [r14]
;;   0x0177: mov eax, 0Ah
;;   0x017c: mov rsp, [r11+8]
;;   0x0180: jmp qword ptr [r11+10h]
