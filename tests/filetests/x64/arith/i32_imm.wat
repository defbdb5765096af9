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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 32h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, 1
;;   0x002b: mov rsp, rbp
;;   0x002e: pop rbp
;;   0x002f: ret 8
;;   0x0032: ud2
;; function 1 (sub_big):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 75h
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, [rbp+10h]
;;   0x0068: sub eax, 12345678h
;;   0x006e: mov rsp, rbp
;;   0x0071: pop rbp
;;   0x0072: ret 8
;;   0x0075: ud2
;; function 2 (mul):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B2h
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, [rbp+10h]
;;   0x00a8: imul eax, 0Ah
;;   0x00ab: mov rsp, rbp
;;   0x00ae: pop rbp
;;   0x00af: ret 8
;;   0x00b2: ud2
;; function 3 (and_neg):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F2h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov eax, [rbp+10h]
;;   0x00e8: and eax, 0FFFFFFF0h
;;   0x00eb: mov rsp, rbp
;;   0x00ee: pop rbp
;;   0x00ef: ret 8
;;   0x00f2: ud2
;; function 4 (or):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 135h
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov eax, [rbp+10h]
;;   0x0128: or eax, 80000000h
;;   0x012e: mov rsp, rbp
;;   0x0131: pop rbp
;;   0x0132: ret 8
;;   0x0135: ud2
;; function 5 (xor):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 20h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 172h
;;   0x015a: sub rsp, 20h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov eax, [rbp+10h]
;;   0x0168: xor eax, 0FFFFFFFFh
;;   0x016b: mov rsp, rbp
;;   0x016e: pop rbp
;;   0x016f: ret 8
;;   0x0172: ud2
