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
;;   0x0032: ud2
;; function 1 (i32_extend16_s):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 72h
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, [rbp+10h]
;;   0x0068: movsx eax, ax
;;   0x006b: mov rsp, rbp
;;   0x006e: pop rbp
;;   0x006f: ret 8
;;   0x0072: ud2
;; function 2 (i64_extend8_s):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B4h
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov rax, [rbp+10h]
;;   0x00a9: movsx rax, al
;;   0x00ad: mov rsp, rbp
;;   0x00b0: pop rbp
;;   0x00b1: ret 8
;;   0x00b4: ud2
;; function 3 (i64_extend16_s):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 10h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F4h
;;   0x00da: sub rsp, 10h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov rax, [rbp+10h]
;;   0x00e9: movsx rax, ax
;;   0x00ed: mov rsp, rbp
;;   0x00f0: pop rbp
;;   0x00f1: ret 8
;;   0x00f4: ud2
;; function 4 (i64_extend32_s):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 10h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 133h
;;   0x011a: sub rsp, 10h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov rax, [rbp+10h]
;;   0x0129: movsxd rax, eax
;;   0x012c: mov rsp, rbp
;;   0x012f: pop rbp
;;   0x0130: ret 8
;;   0x0133: ud2
;; function 5 (i64_extend_i32_s):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 10h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 172h
;;   0x015a: sub rsp, 10h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov eax, [rbp+10h]
;;   0x0168: movsxd rax, eax
;;   0x016b: mov rsp, rbp
;;   0x016e: pop rbp
;;   0x016f: ret 8
;;   0x0172: ud2
;; function 6 (i64_extend_i32_u):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 10h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1B1h
;;   0x019a: sub rsp, 10h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov eax, [rbp+10h]
;;   0x01a8: mov eax, eax
;;   0x01aa: mov rsp, rbp
;;   0x01ad: pop rbp
;;   0x01ae: ret 8
;;   0x01b1: ud2
;; function 7 (i32_wrap_i64):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 10h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 1F2h
;;   0x01da: sub rsp, 10h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov rax, [rbp+10h]
;;   0x01e9: mov eax, eax
;;   0x01eb: mov rsp, rbp
;;   0x01ee: pop rbp
;;   0x01ef: ret 8
;;   0x01f2: ud2
