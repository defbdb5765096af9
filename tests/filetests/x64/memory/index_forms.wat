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
;;   0x0014: jb 3Bh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, 0FFFFFFF0h
;;   0x0031: add rax, r15
;;   0x0034: mov eax, [rax]
;;   0x0036: mov rsp, rbp
;;   0x0039: pop rbp
;;   0x003a: ret
;;   0x003b: mov r11, [r14]
;;   0x003e: mov eax, 0Ah
;;   0x0043: mov rsp, [r11+8]
;;   0x0047: jmp qword ptr [r11+10h]
;; function 1 (computed):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Fh
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov r15, [r14+18h]
;;   0x0079: mov r15, [r15]
;;   0x007c: mov eax, [rbp+10h]
;;   0x007f: add eax, [rbp+18h]
;;   0x0082: add rax, r15
;;   0x0085: mov eax, [rax+4]
;;   0x0088: mov rsp, rbp
;;   0x008b: pop rbp
;;   0x008c: ret 10h
;;   0x008f: mov r11, [r14]
;;   0x0092: mov eax, 0Ah
;;   0x0097: mov rsp, [r11+8]
;;   0x009b: jmp qword ptr [r11+10h]
;; function 2 (wrapped):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0DEh
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov r15, [r14+18h]
;;   0x00c9: mov r15, [r15]
;;   0x00cc: mov rax, [rbp+10h]
;;   0x00d0: mov eax, eax
;;   0x00d2: add rax, r15
;;   0x00d5: mov eax, [rax]
;;   0x00d7: mov rsp, rbp
;;   0x00da: pop rbp
;;   0x00db: ret 8
;;   0x00de: mov r11, [r14]
;;   0x00e1: mov eax, 0Ah
;;   0x00e6: mov rsp, [r11+8]
;;   0x00ea: jmp qword ptr [r11+10h]
;; function 3 (chase):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 10h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 130h
;;   0x010a: sub rsp, 10h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov r15, [r14+18h]
;;   0x0119: mov r15, [r15]
;;   0x011c: mov eax, [rbp+10h]
;;   0x011f: add rax, r15
;;   0x0122: mov eax, [rax]
;;   0x0124: add rax, r15
;;   0x0127: mov eax, [rax]
;;   0x0129: mov rsp, rbp
;;   0x012c: pop rbp
;;   0x012d: ret 8
;;   0x0130: mov r11, [r14]
;;   0x0133: mov eax, 0Ah
;;   0x0138: mov rsp, [r11+8]
;;   0x013c: jmp qword ptr [r11+10h]
