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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Ah
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: movsx eax, bl
;;   0x002f: mov rbx, [rbp-10h]
;;   0x0033: mov rsp, rbp
;;   0x0036: pop rbp
;;   0x0037: ret 8
;;   0x003a: ud2
;; function 1 (i32_extend16_s):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Ah
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov ebx, [rbp+10h]
;;   0x006c: movsx eax, bx
;;   0x006f: mov rbx, [rbp-10h]
;;   0x0073: mov rsp, rbp
;;   0x0076: pop rbp
;;   0x0077: ret 8
;;   0x007a: ud2
;; function 2 (i64_extend8_s):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BCh
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov rbx, [rbp+10h]
;;   0x00ad: movsx rax, bl
;;   0x00b1: mov rbx, [rbp-10h]
;;   0x00b5: mov rsp, rbp
;;   0x00b8: pop rbp
;;   0x00b9: ret 8
;;   0x00bc: ud2
;; function 3 (i64_extend16_s):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0FCh
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov rbx, [rbp+10h]
;;   0x00ed: movsx rax, bx
;;   0x00f1: mov rbx, [rbp-10h]
;;   0x00f5: mov rsp, rbp
;;   0x00f8: pop rbp
;;   0x00f9: ret 8
;;   0x00fc: ud2
;; function 4 (i64_extend32_s):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 30h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 13Bh
;;   0x011a: sub rsp, 30h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov [rbp-10h], rbx
;;   0x0129: mov rbx, [rbp+10h]
;;   0x012d: movsxd rax, ebx
;;   0x0130: mov rbx, [rbp-10h]
;;   0x0134: mov rsp, rbp
;;   0x0137: pop rbp
;;   0x0138: ret 8
;;   0x013b: ud2
;; function 5 (i64_extend_i32_s):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 17Ah
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov ebx, [rbp+10h]
;;   0x016c: movsxd rax, ebx
;;   0x016f: mov rbx, [rbp-10h]
;;   0x0173: mov rsp, rbp
;;   0x0176: pop rbp
;;   0x0177: ret 8
;;   0x017a: ud2
;; function 6 (i64_extend_i32_u):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 30h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1B9h
;;   0x019a: sub rsp, 30h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov [rbp-10h], rbx
;;   0x01a9: mov ebx, [rbp+10h]
;;   0x01ac: mov eax, ebx
;;   0x01ae: mov rbx, [rbp-10h]
;;   0x01b2: mov rsp, rbp
;;   0x01b5: pop rbp
;;   0x01b6: ret 8
;;   0x01b9: ud2
;; function 7 (i32_wrap_i64):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 30h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 1FAh
;;   0x01da: sub rsp, 30h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov [rbp-10h], rbx
;;   0x01e9: mov rbx, [rbp+10h]
;;   0x01ed: mov eax, ebx
;;   0x01ef: mov rbx, [rbp-10h]
;;   0x01f3: mov rsp, rbp
;;   0x01f6: pop rbp
;;   0x01f7: ret 8
;;   0x01fa: ud2
