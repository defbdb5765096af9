;;! target = "x86_64"

;; How 64-bit constants are materialised: imm32 forms when the value is a
;; sign-extended (or, for mov r32, zero-extended) 32-bit value, movabs
;; otherwise; to registers and to local slots.
(module
  (func (export "pos_2_31") (result i64) (i64.const 0x80000000))
  (func (export "neg_2_31") (result i64) (i64.const -0x80000000))
  (func (export "max_i32") (result i64) (i64.const 0x7fffffff))
  (func (export "high_bit") (result i64) (i64.const 0x8000000000000000))
  (func (export "store_local") (result i64)
    (local i64 i64 i32)
    (local.set 0 (i64.const 0x80000000))
    (local.set 1 (i64.const -0x80000000))
    (local.set 2 (i32.const 0x80000000))
    (i64.add (local.get 0) (local.get 1))))
;; function 0 (pos_2_31):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Fh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, 80000000h
;;   0x002a: mov rsp, rbp
;;   0x002d: pop rbp
;;   0x002e: ret
;;   0x002f: ud2
;; function 1 (neg_2_31):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 71h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rax, 0FFFFFFFF80000000h
;;   0x006c: mov rsp, rbp
;;   0x006f: pop rbp
;;   0x0070: ret
;;   0x0071: ud2
;; function 2 (max_i32):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0AFh
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, 7FFFFFFFh
;;   0x00aa: mov rsp, rbp
;;   0x00ad: pop rbp
;;   0x00ae: ret
;;   0x00af: ud2
;; function 3 (high_bit):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F4h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov rax, 8000000000000000h
;;   0x00ef: mov rsp, rbp
;;   0x00f2: pop rbp
;;   0x00f3: ret
;;   0x00f4: ud2
;; function 4 (store_local):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 50h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 16Bh
;;   0x011a: sub rsp, 50h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov [rbp-10h], rbx
;;   0x0129: mov [rbp-18h], r12
;;   0x012d: mov [rbp-20h], r13
;;   0x0131: mov ebx, 0
;;   0x0136: mov r12d, 0
;;   0x013c: mov r13d, 0
;;   0x0142: mov ebx, 80000000h
;;   0x0147: mov r12, 0FFFFFFFF80000000h
;;   0x014e: mov r13d, 80000000h
;;   0x0154: mov rax, rbx
;;   0x0157: add rax, r12
;;   0x015a: mov rbx, [rbp-10h]
;;   0x015e: mov r12, [rbp-18h]
;;   0x0162: mov r13, [rbp-20h]
;;   0x0166: mov rsp, rbp
;;   0x0169: pop rbp
;;   0x016a: ret
;;   0x016b: ud2
