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
;;   0x0014: jb 3Ch
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: movsx eax, al
;;   0x0031: mov rbx, [rbp-10h]
;;   0x0035: mov rsp, rbp
;;   0x0038: pop rbp
;;   0x0039: ret 8
;;   0x003c: ud2
;; function 1 (i32_extend16_s):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Ch
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov ebx, [rbp+10h]
;;   0x006c: mov eax, ebx
;;   0x006e: movsx eax, ax
;;   0x0071: mov rbx, [rbp-10h]
;;   0x0075: mov rsp, rbp
;;   0x0078: pop rbp
;;   0x0079: ret 8
;;   0x007c: ud2
;; function 2 (i64_extend8_s):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BFh
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov rbx, [rbp+10h]
;;   0x00ad: mov rax, rbx
;;   0x00b0: movsx rax, al
;;   0x00b4: mov rbx, [rbp-10h]
;;   0x00b8: mov rsp, rbp
;;   0x00bb: pop rbp
;;   0x00bc: ret 8
;;   0x00bf: ud2
;; function 3 (i64_extend16_s):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 10Fh
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov rbx, [rbp+10h]
;;   0x00fd: mov rax, rbx
;;   0x0100: movsx rax, ax
;;   0x0104: mov rbx, [rbp-10h]
;;   0x0108: mov rsp, rbp
;;   0x010b: pop rbp
;;   0x010c: ret 8
;;   0x010f: ud2
;; function 4 (i64_extend32_s):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 30h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 15Eh
;;   0x013a: sub rsp, 30h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov [rbp-10h], rbx
;;   0x0149: mov rbx, [rbp+10h]
;;   0x014d: mov rax, rbx
;;   0x0150: movsxd rax, eax
;;   0x0153: mov rbx, [rbp-10h]
;;   0x0157: mov rsp, rbp
;;   0x015a: pop rbp
;;   0x015b: ret 8
;;   0x015e: ud2
;; function 5 (i64_extend_i32_s):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 30h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 19Ch
;;   0x017a: sub rsp, 30h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov [rbp-10h], rbx
;;   0x0189: mov ebx, [rbp+10h]
;;   0x018c: mov eax, ebx
;;   0x018e: movsxd rax, eax
;;   0x0191: mov rbx, [rbp-10h]
;;   0x0195: mov rsp, rbp
;;   0x0198: pop rbp
;;   0x0199: ret 8
;;   0x019c: ud2
;; function 6 (i64_extend_i32_u):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 30h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 1DBh
;;   0x01ba: sub rsp, 30h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov [rbp-10h], rbx
;;   0x01c9: mov ebx, [rbp+10h]
;;   0x01cc: mov eax, ebx
;;   0x01ce: mov eax, eax
;;   0x01d0: mov rbx, [rbp-10h]
;;   0x01d4: mov rsp, rbp
;;   0x01d7: pop rbp
;;   0x01d8: ret 8
;;   0x01db: ud2
;; function 7 (i32_wrap_i64):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 30h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 21Dh
;;   0x01fa: sub rsp, 30h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov [rbp-10h], rbx
;;   0x0209: mov rbx, [rbp+10h]
;;   0x020d: mov rax, rbx
;;   0x0210: mov eax, eax
;;   0x0212: mov rbx, [rbp-10h]
;;   0x0216: mov rsp, rbp
;;   0x0219: pop rbp
;;   0x021a: ret 8
;;   0x021d: ud2
