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
;;   0x003e: ud2
;; function 1 (const_cond):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 82h
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, 1
;;   0x006a: mov rcx, [rbp+18h]
;;   0x006e: mov rdx, [rbp+10h]
;;   0x0072: test eax, eax
;;   0x0074: cmove rdx, rcx
;;   0x0078: mov rax, rdx
;;   0x007b: mov rsp, rbp
;;   0x007e: pop rbp
;;   0x007f: ret 10h
;;   0x0082: ud2
;; function 2 (big):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 20h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0D9h
;;   0x00aa: sub rsp, 20h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov eax, [rbp+10h]
;;   0x00b8: mov rcx, 0FFFFFFFFFFFFFFFFh
;;   0x00bf: mov rdx, 100000000h
;;   0x00c9: test eax, eax
;;   0x00cb: cmove rdx, rcx
;;   0x00cf: mov rax, rdx
;;   0x00d2: mov rsp, rbp
;;   0x00d5: pop rbp
;;   0x00d6: ret 8
;;   0x00d9: ud2
