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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Fh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, 80000000h
;;   0x002a: mov rsp, rbp
;;   0x002d: pop rbp
;;   0x002e: ret
;;   0x002f: mov r11, [r14]
;;   0x0032: mov eax, 0Ah
;;   0x0037: mov rsp, [r11+8]
;;   0x003b: jmp qword ptr [r11+10h]
;; function 1 (neg_2_31):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 71h
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rax, 0FFFFFFFF80000000h
;;   0x006c: mov rsp, rbp
;;   0x006f: pop rbp
;;   0x0070: ret
;;   0x0071: mov r11, [r14]
;;   0x0074: mov eax, 0Ah
;;   0x0079: mov rsp, [r11+8]
;;   0x007d: jmp qword ptr [r11+10h]
;; function 2 (max_i32):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 10h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0BFh
;;   0x00aa: sub rsp, 10h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov eax, 7FFFFFFFh
;;   0x00ba: mov rsp, rbp
;;   0x00bd: pop rbp
;;   0x00be: ret
;;   0x00bf: mov r11, [r14]
;;   0x00c2: mov eax, 0Ah
;;   0x00c7: mov rsp, [r11+8]
;;   0x00cb: jmp qword ptr [r11+10h]
;; function 3 (high_bit):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 10h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 104h
;;   0x00ea: sub rsp, 10h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov rax, 8000000000000000h
;;   0x00ff: mov rsp, rbp
;;   0x0102: pop rbp
;;   0x0103: ret
;;   0x0104: mov r11, [r14]
;;   0x0107: mov eax, 0Ah
;;   0x010c: mov rsp, [r11+8]
;;   0x0110: jmp qword ptr [r11+10h]
;; function 4 (store_local):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 30h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 182h
;;   0x013a: sub rsp, 30h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov qword ptr [rbp-10h], 0
;;   0x014d: mov qword ptr [rbp-18h], 0
;;   0x0155: mov dword ptr [rbp-20h], 0
;;   0x015c: mov r11d, 80000000h
;;   0x0162: mov [rbp-10h], r11
;;   0x0166: mov qword ptr [rbp-18h], 0FFFFFFFF80000000h
;;   0x016e: mov dword ptr [rbp-20h], 80000000h
;;   0x0175: mov rax, [rbp-10h]
;;   0x0179: add rax, [rbp-18h]
;;   0x017d: mov rsp, rbp
;;   0x0180: pop rbp
;;   0x0181: ret
;;   0x0182: mov r11, [r14]
;;   0x0185: mov eax, 0Ah
;;   0x018a: mov rsp, [r11+8]
;;   0x018e: jmp qword ptr [r11+10h]
