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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Bh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov r11d, 0FFFFFFF0h
;;   0x0032: mov eax, [r15+r11]
;;   0x0036: mov rsp, rbp
;;   0x0039: pop rbp
;;   0x003a: ret
;;   0x003b: ud2
;; function 1 (computed):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 94h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov [rbp-18h], r12
;;   0x006d: mov ebx, [rbp+10h]
;;   0x0070: mov r12d, [rbp+18h]
;;   0x0074: mov r15, [r14+18h]
;;   0x0078: mov r15, [r15]
;;   0x007b: mov eax, ebx
;;   0x007d: add eax, r12d
;;   0x0080: mov eax, [r15+rax+4]
;;   0x0085: mov rbx, [rbp-10h]
;;   0x0089: mov r12, [rbp-18h]
;;   0x008d: mov rsp, rbp
;;   0x0090: pop rbp
;;   0x0091: ret 10h
;;   0x0094: ud2
;; function 2 (wrapped):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E5h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov rbx, [rbp+10h]
;;   0x00cd: mov r15, [r14+18h]
;;   0x00d1: mov r15, [r15]
;;   0x00d4: mov eax, ebx
;;   0x00d6: mov eax, [r15+rax]
;;   0x00da: mov rbx, [rbp-10h]
;;   0x00de: mov rsp, rbp
;;   0x00e1: pop rbp
;;   0x00e2: ret 8
;;   0x00e5: ud2
;; function 3 (chase):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 136h
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov ebx, [rbp+10h]
;;   0x011c: mov r15, [r14+18h]
;;   0x0120: mov r15, [r15]
;;   0x0123: mov eax, [r15+rbx]
;;   0x0127: mov eax, [r15+rax]
;;   0x012b: mov rbx, [rbp-10h]
;;   0x012f: mov rsp, rbp
;;   0x0132: pop rbp
;;   0x0133: ret 8
;;   0x0136: ud2
