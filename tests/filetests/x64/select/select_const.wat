;;! target = "x86_64"

;; Constant operands and conditions are materialised into registers.
(module
  (func (export "max0") (param i32) (result i32)
    (select (local.get 0) (i32.const 0) (i32.gt_s (local.get 0) (i32.const 0))))
  (func (export "const_cond") (param i64 i64) (result i64)
    (select (local.get 0) (local.get 1) (i32.const 1)))
  (func (export "big") (param i32) (result i64)
    (select (i64.const 0x100000000) (i64.const -1) (local.get 0))))
;; function 0 (max0):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Eh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: mov ecx, 0
;;   0x002d: mov edx, [rbp+10h]
;;   0x0030: test eax, eax
;;   0x0032: cmovle edx, ecx
;;   0x0035: mov eax, edx
;;   0x0037: mov rsp, rbp
;;   0x003a: pop rbp
;;   0x003b: ret 8
;;   0x003e: mov r11, [r14]
;;   0x0041: mov eax, 0Ah
;;   0x0046: mov rsp, [r11+8]
;;   0x004a: jmp qword ptr [r11+10h]
;; function 1 (const_cond):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 92h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, 1
;;   0x007a: mov rcx, [rbp+18h]
;;   0x007e: mov rdx, [rbp+10h]
;;   0x0082: test eax, eax
;;   0x0084: cmove rdx, rcx
;;   0x0088: mov rax, rdx
;;   0x008b: mov rsp, rbp
;;   0x008e: pop rbp
;;   0x008f: ret 10h
;;   0x0092: mov r11, [r14]
;;   0x0095: mov eax, 0Ah
;;   0x009a: mov rsp, [r11+8]
;;   0x009e: jmp qword ptr [r11+10h]
;; function 2 (big):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 20h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0F9h
;;   0x00ca: sub rsp, 20h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov eax, [rbp+10h]
;;   0x00d8: mov rcx, 0FFFFFFFFFFFFFFFFh
;;   0x00df: mov rdx, 100000000h
;;   0x00e9: test eax, eax
;;   0x00eb: cmove rdx, rcx
;;   0x00ef: mov rax, rdx
;;   0x00f2: mov rsp, rbp
;;   0x00f5: pop rbp
;;   0x00f6: ret 8
;;   0x00f9: mov r11, [r14]
;;   0x00fc: mov eax, 0Ah
;;   0x0101: mov rsp, [r11+8]
;;   0x0105: jmp qword ptr [r11+10h]
