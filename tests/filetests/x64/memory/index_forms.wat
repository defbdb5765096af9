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
;;   0x003b: ud2
;; function 1 (computed):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Fh
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov r15, [r14+18h]
;;   0x0069: mov r15, [r15]
;;   0x006c: mov eax, [rbp+10h]
;;   0x006f: add eax, [rbp+18h]
;;   0x0072: add rax, r15
;;   0x0075: mov eax, [rax+4]
;;   0x0078: mov rsp, rbp
;;   0x007b: pop rbp
;;   0x007c: ret 10h
;;   0x007f: ud2
;; function 2 (wrapped):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 10h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0CEh
;;   0x00aa: sub rsp, 10h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov r15, [r14+18h]
;;   0x00b9: mov r15, [r15]
;;   0x00bc: mov rax, [rbp+10h]
;;   0x00c0: mov eax, eax
;;   0x00c2: add rax, r15
;;   0x00c5: mov eax, [rax]
;;   0x00c7: mov rsp, rbp
;;   0x00ca: pop rbp
;;   0x00cb: ret 8
;;   0x00ce: ud2
;; function 3 (chase):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 10h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 110h
;;   0x00ea: sub rsp, 10h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov r15, [r14+18h]
;;   0x00f9: mov r15, [r15]
;;   0x00fc: mov eax, [rbp+10h]
;;   0x00ff: add rax, r15
;;   0x0102: mov eax, [rax]
;;   0x0104: add rax, r15
;;   0x0107: mov eax, [rax]
;;   0x0109: mov rsp, rbp
;;   0x010c: pop rbp
;;   0x010d: ret 8
;;   0x0110: ud2
