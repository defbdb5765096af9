;;! target = "x86_64"

(module
  (func (export "pair") (param i32 i64) (result i64)
    (block (result i32 i64)
      (i32.add (local.get 0) (i32.const 1))
      (i64.const 0x100000000))
    (local.get 1)
    i64.add
    (local.set 1)
    i64.extend_i32_u
    (local.get 1)
    i64.add)
  (func (export "params") (param i32 i32) (result i32)
    (local.get 0)
    (local.get 1)
    (block (param i32 i32) (result i32 i32)
      (i32.add (i32.const 1))
      (i32.const 2)
      (i32.mul))
    i32.sub)
  (func (export "swap_br") (param i32 i32) (result i32 i32)
    (block $b (result i32 i32)
      (local.get 1)
      (local.get 0)
      (br $b))))
;; function 0 (pair):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 58h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, 1
;;   0x002b: mov [rbp-10h], eax
;;   0x002e: mov r11, 100000000h
;;   0x0038: mov [rbp-18h], r11
;;   0x003c: mov rax, [rbp-18h]
;;   0x0040: add rax, [rbp+18h]
;;   0x0044: mov [rbp+18h], rax
;;   0x0048: mov eax, [rbp-10h]
;;   0x004b: mov eax, eax
;;   0x004d: add rax, [rbp+18h]
;;   0x0051: mov rsp, rbp
;;   0x0054: pop rbp
;;   0x0055: ret 10h
;;   0x0058: mov r11, [r14]
;;   0x005b: mov eax, 0Ah
;;   0x0060: mov rsp, [r11+8]
;;   0x0064: jmp qword ptr [r11+10h]
;; function 1 (params):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 20h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0BEh
;;   0x008a: sub rsp, 20h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov r11d, [rbp+10h]
;;   0x0099: mov [rbp-10h], r11d
;;   0x009d: mov r11d, [rbp+18h]
;;   0x00a1: mov [rbp-18h], r11d
;;   0x00a5: mov eax, [rbp-18h]
;;   0x00a8: add eax, 1
;;   0x00ab: imul eax, 2
;;   0x00ae: mov [rbp-18h], eax
;;   0x00b1: mov eax, [rbp-10h]
;;   0x00b4: sub eax, [rbp-18h]
;;   0x00b7: mov rsp, rbp
;;   0x00ba: pop rbp
;;   0x00bb: ret 10h
;;   0x00be: mov r11, [r14]
;;   0x00c1: mov eax, 0Ah
;;   0x00c6: mov rsp, [r11+8]
;;   0x00ca: jmp qword ptr [r11+10h]
;; function 2 (swap_br):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 20h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 11Ch
;;   0x00ea: sub rsp, 20h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov r11d, [rbp+18h]
;;   0x00f9: mov [rbp-10h], r11d
;;   0x00fd: mov r11d, [rbp+10h]
;;   0x0101: mov [rbp-18h], r11d
;;   0x0105: jmp 10Ah
;;   0x010a: mov r11d, [rbp-18h]
;;   0x010e: mov [rbp+20h], r11d
;;   0x0112: mov eax, [rbp-10h]
;;   0x0115: mov rsp, rbp
;;   0x0118: pop rbp
;;   0x0119: ret 10h
;;   0x011c: mov r11, [r14]
;;   0x011f: mov eax, 0Ah
;;   0x0124: mov rsp, [r11+8]
;;   0x0128: jmp qword ptr [r11+10h]
