;;! target = "x86_64"
;;! bounds = "guard"

;; Where the index comes from: a constant (materialized with a 32-bit mov),
;; a computed i32 (upper half zero by the i32 invariant), a wrapped i64
;; (explicitly zero-extended), and a value loaded from memory.
(module
  (memory 1)
  (func (export "const_index") (result i32) (i32.load (i32.const 0xfffffff0)))
  (func (export "computed") (param i32 i32) (result i32)
    (i32.load offset=4 (i32.add (local.get 0) (local.get 1))))
  (func (export "wrapped") (param i64) (result i32)
    (i32.load (i32.wrap_i64 (local.get 0))))
  (func (export "chase") (param i32) (result i32)
    (i32.load (i32.load (local.get 0)))))
;; function 0 (const_index):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 38h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, 0FFFFFFF0h
;;   0x002a: mov r11, [r14+18h]
;;   0x002e: add rax, [r11]
;;   0x0031: mov eax, [rax]
;;   0x0033: mov rsp, rbp
;;   0x0036: pop rbp
;;   0x0037: ret
;;   0x0038: mov r11, [r14]
;;   0x003b: mov eax, 0Ah
;;   0x0040: mov rsp, [r11+8]
;;   0x0044: jmp qword ptr [r11+10h]
;; function 1 (computed):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Ch
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: add eax, [rbp+18h]
;;   0x007b: mov r11, [r14+18h]
;;   0x007f: add rax, [r11]
;;   0x0082: mov eax, [rax+4]
;;   0x0085: mov rsp, rbp
;;   0x0088: pop rbp
;;   0x0089: ret 10h
;;   0x008c: mov r11, [r14]
;;   0x008f: mov eax, 0Ah
;;   0x0094: mov rsp, [r11+8]
;;   0x0098: jmp qword ptr [r11+10h]
;; function 2 (wrapped):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0DBh
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov rax, [rbp+10h]
;;   0x00c9: mov eax, eax
;;   0x00cb: mov r11, [r14+18h]
;;   0x00cf: add rax, [r11]
;;   0x00d2: mov eax, [rax]
;;   0x00d4: mov rsp, rbp
;;   0x00d7: pop rbp
;;   0x00d8: ret 8
;;   0x00db: mov r11, [r14]
;;   0x00de: mov eax, 0Ah
;;   0x00e3: mov rsp, [r11+8]
;;   0x00e7: jmp qword ptr [r11+10h]
;; function 3 (chase):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 10h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 131h
;;   0x010a: sub rsp, 10h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov eax, [rbp+10h]
;;   0x0118: mov r11, [r14+18h]
;;   0x011c: add rax, [r11]
;;   0x011f: mov eax, [rax]
;;   0x0121: mov r11, [r14+18h]
;;   0x0125: add rax, [r11]
;;   0x0128: mov eax, [rax]
;;   0x012a: mov rsp, rbp
;;   0x012d: pop rbp
;;   0x012e: ret 8
;;   0x0131: mov r11, [r14]
;;   0x0134: mov eax, 0Ah
;;   0x0139: mov rsp, [r11+8]
;;   0x013d: jmp qword ptr [r11+10h]
