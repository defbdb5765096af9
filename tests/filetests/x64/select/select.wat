;;! target = "x86_64"

(module
  (func (export "select_i32") (param i32 i32 i32) (result i32)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "select_i64") (param i64 i64 i32) (result i64)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "select_typed") (param i64 i64 i32) (result i64)
    (select (result i64) (local.get 0) (local.get 1) (local.get 2))))
;; function 0 (select_i32):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Ch
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+20h]
;;   0x0028: mov ecx, [rbp+18h]
;;   0x002b: mov edx, [rbp+10h]
;;   0x002e: test eax, eax
;;   0x0030: cmove edx, ecx
;;   0x0033: mov eax, edx
;;   0x0035: mov rsp, rbp
;;   0x0038: pop rbp
;;   0x0039: ret 18h
;;   0x003c: mov r11, [r14]
;;   0x003f: mov eax, 0Ah
;;   0x0044: mov rsp, [r11+8]
;;   0x0048: jmp qword ptr [r11+10h]
;; function 1 (select_i64):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 90h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+20h]
;;   0x0078: mov rcx, [rbp+18h]
;;   0x007c: mov rdx, [rbp+10h]
;;   0x0080: test eax, eax
;;   0x0082: cmove rdx, rcx
;;   0x0086: mov rax, rdx
;;   0x0089: mov rsp, rbp
;;   0x008c: pop rbp
;;   0x008d: ret 18h
;;   0x0090: mov r11, [r14]
;;   0x0093: mov eax, 0Ah
;;   0x0098: mov rsp, [r11+8]
;;   0x009c: jmp qword ptr [r11+10h]
;; function 2 (select_typed):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E0h
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, [rbp+20h]
;;   0x00c8: mov rcx, [rbp+18h]
;;   0x00cc: mov rdx, [rbp+10h]
;;   0x00d0: test eax, eax
;;   0x00d2: cmove rdx, rcx
;;   0x00d6: mov rax, rdx
;;   0x00d9: mov rsp, rbp
;;   0x00dc: pop rbp
;;   0x00dd: ret 18h
;;   0x00e0: mov r11, [r14]
;;   0x00e3: mov eax, 0Ah
;;   0x00e8: mov rsp, [r11+8]
;;   0x00ec: jmp qword ptr [r11+10h]
