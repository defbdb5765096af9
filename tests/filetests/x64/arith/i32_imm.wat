;;! target = "x86_64"

;; Constant right-hand operands become immediates (imm8 or imm32 forms).
(module
  (func (export "add") (param i32) (result i32)
    (i32.add (local.get 0) (i32.const 1)))
  (func (export "sub_big") (param i32) (result i32)
    (i32.sub (local.get 0) (i32.const 0x12345678)))
  (func (export "mul") (param i32) (result i32)
    (i32.mul (local.get 0) (i32.const 10)))
  (func (export "and_neg") (param i32) (result i32)
    (i32.and (local.get 0) (i32.const -16)))
  (func (export "or") (param i32) (result i32)
    (i32.or (local.get 0) (i32.const 0x80000000)))
  (func (export "xor") (param i32) (result i32)
    (i32.xor (local.get 0) (i32.const -1))))
;; function 0 (add):
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
;;   0x002e: add eax, 1
;;   0x0031: mov rbx, [rbp-10h]
;;   0x0035: mov rsp, rbp
;;   0x0038: pop rbp
;;   0x0039: ret 8
;;   0x003c: ud2
;; function 1 (sub_big):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Fh
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov ebx, [rbp+10h]
;;   0x006c: mov eax, ebx
;;   0x006e: sub eax, 12345678h
;;   0x0074: mov rbx, [rbp-10h]
;;   0x0078: mov rsp, rbp
;;   0x007b: pop rbp
;;   0x007c: ret 8
;;   0x007f: ud2
;; function 2 (mul):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0CAh
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov [rbp-10h], rbx
;;   0x00b9: mov ebx, [rbp+10h]
;;   0x00bc: imul eax, ebx, 0Ah
;;   0x00bf: mov rbx, [rbp-10h]
;;   0x00c3: mov rsp, rbp
;;   0x00c6: pop rbp
;;   0x00c7: ret 8
;;   0x00ca: ud2
;; function 3 (and_neg):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 10Ch
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov ebx, [rbp+10h]
;;   0x00fc: mov eax, ebx
;;   0x00fe: and eax, 0FFFFFFF0h
;;   0x0101: mov rbx, [rbp-10h]
;;   0x0105: mov rsp, rbp
;;   0x0108: pop rbp
;;   0x0109: ret 8
;;   0x010c: ud2
;; function 4 (or):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 30h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 14Fh
;;   0x012a: sub rsp, 30h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov [rbp-10h], rbx
;;   0x0139: mov ebx, [rbp+10h]
;;   0x013c: mov eax, ebx
;;   0x013e: or eax, 80000000h
;;   0x0144: mov rbx, [rbp-10h]
;;   0x0148: mov rsp, rbp
;;   0x014b: pop rbp
;;   0x014c: ret 8
;;   0x014f: ud2
;; function 5 (xor):
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
;;   0x018e: xor eax, 0FFFFFFFFh
;;   0x0191: mov rbx, [rbp-10h]
;;   0x0195: mov rsp, rbp
;;   0x0198: pop rbp
;;   0x0199: ret 8
;;   0x019c: ud2
