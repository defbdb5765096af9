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
;;   0x003c: ud2
;; function 1 (select_i64):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 80h
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, [rbp+20h]
;;   0x0068: mov rcx, [rbp+18h]
;;   0x006c: mov rdx, [rbp+10h]
;;   0x0070: test eax, eax
;;   0x0072: cmove rdx, rcx
;;   0x0076: mov rax, rdx
;;   0x0079: mov rsp, rbp
;;   0x007c: pop rbp
;;   0x007d: ret 18h
;;   0x0080: ud2
;; function 2 (select_typed):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 20h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0D0h
;;   0x00aa: sub rsp, 20h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov eax, [rbp+20h]
;;   0x00b8: mov rcx, [rbp+18h]
;;   0x00bc: mov rdx, [rbp+10h]
;;   0x00c0: test eax, eax
;;   0x00c2: cmove rdx, rcx
;;   0x00c6: mov rax, rdx
;;   0x00c9: mov rsp, rbp
;;   0x00cc: pop rbp
;;   0x00cd: ret 18h
;;   0x00d0: ud2
