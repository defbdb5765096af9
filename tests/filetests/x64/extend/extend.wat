;;! target = "x86_64"

(module
  (func (export "i32_extend8_s") (param i32) (result i32) (i32.extend8_s (local.get 0)))
  (func (export "i32_extend16_s") (param i32) (result i32) (i32.extend16_s (local.get 0)))
  (func (export "i64_extend8_s") (param i64) (result i64) (i64.extend8_s (local.get 0)))
  (func (export "i64_extend16_s") (param i64) (result i64) (i64.extend16_s (local.get 0)))
  (func (export "i64_extend32_s") (param i64) (result i64) (i64.extend32_s (local.get 0)))
  (func (export "i64_extend_i32_s") (param i32) (result i64) (i64.extend_i32_s (local.get 0)))
  (func (export "i64_extend_i32_u") (param i32) (result i64) (i64.extend_i32_u (local.get 0)))
  (func (export "i32_wrap_i64") (param i64) (result i32) (i32.wrap_i64 (local.get 0))))
;; function 0 (i32_extend8_s):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 32h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: movsx eax, al
;;   0x002b: mov rsp, rbp
;;   0x002e: pop rbp
;;   0x002f: ret 8
;;   0x0032: mov r11, [r14]
;;   0x0035: mov eax, 0Ah
;;   0x003a: mov rsp, [r11+8]
;;   0x003e: jmp qword ptr [r11+10h]
;; function 1 (i32_extend16_s):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 82h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: movsx eax, ax
;;   0x007b: mov rsp, rbp
;;   0x007e: pop rbp
;;   0x007f: ret 8
;;   0x0082: mov r11, [r14]
;;   0x0085: mov eax, 0Ah
;;   0x008a: mov rsp, [r11+8]
;;   0x008e: jmp qword ptr [r11+10h]
;; function 2 (i64_extend8_s):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D4h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov rax, [rbp+10h]
;;   0x00c9: movsx rax, al
;;   0x00cd: mov rsp, rbp
;;   0x00d0: pop rbp
;;   0x00d1: ret 8
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov eax, 0Ah
;;   0x00dc: mov rsp, [r11+8]
;;   0x00e0: jmp qword ptr [r11+10h]
;; function 3 (i64_extend16_s):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 10h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 124h
;;   0x010a: sub rsp, 10h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov rax, [rbp+10h]
;;   0x0119: movsx rax, ax
;;   0x011d: mov rsp, rbp
;;   0x0120: pop rbp
;;   0x0121: ret 8
;;   0x0124: mov r11, [r14]
;;   0x0127: mov eax, 0Ah
;;   0x012c: mov rsp, [r11+8]
;;   0x0130: jmp qword ptr [r11+10h]
;; function 4 (i64_extend32_s):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 10h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 173h
;;   0x015a: sub rsp, 10h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov rax, [rbp+10h]
;;   0x0169: movsxd rax, eax
;;   0x016c: mov rsp, rbp
;;   0x016f: pop rbp
;;   0x0170: ret 8
;;   0x0173: mov r11, [r14]
;;   0x0176: mov eax, 0Ah
;;   0x017b: mov rsp, [r11+8]
;;   0x017f: jmp qword ptr [r11+10h]
;; function 5 (i64_extend_i32_s):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 10h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1C2h
;;   0x01aa: sub rsp, 10h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov eax, [rbp+10h]
;;   0x01b8: movsxd rax, eax
;;   0x01bb: mov rsp, rbp
;;   0x01be: pop rbp
;;   0x01bf: ret 8
;;   0x01c2: mov r11, [r14]
;;   0x01c5: mov eax, 0Ah
;;   0x01ca: mov rsp, [r11+8]
;;   0x01ce: jmp qword ptr [r11+10h]
;; function 6 (i64_extend_i32_u):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 10h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 211h
;;   0x01fa: sub rsp, 10h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov eax, [rbp+10h]
;;   0x0208: mov eax, eax
;;   0x020a: mov rsp, rbp
;;   0x020d: pop rbp
;;   0x020e: ret 8
;;   0x0211: mov r11, [r14]
;;   0x0214: mov eax, 0Ah
;;   0x0219: mov rsp, [r11+8]
;;   0x021d: jmp qword ptr [r11+10h]
;; function 7 (i32_wrap_i64):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 10h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 262h
;;   0x024a: sub rsp, 10h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov rax, [rbp+10h]
;;   0x0259: mov eax, eax
;;   0x025b: mov rsp, rbp
;;   0x025e: pop rbp
;;   0x025f: ret 8
;;   0x0262: mov r11, [r14]
;;   0x0265: mov eax, 0Ah
;;   0x026a: mov rsp, [r11+8]
;;   0x026e: jmp qword ptr [r11+10h]
