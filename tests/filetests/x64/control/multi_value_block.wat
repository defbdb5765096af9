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
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Bh
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12, [rbp+18h]
;;   0x0034: mov eax, ebx
;;   0x0036: add eax, 1
;;   0x0039: mov [rbp-28h], eax
;;   0x003c: mov r11, 100000000h
;;   0x0046: mov [rbp-30h], r11
;;   0x004a: mov rax, [rbp-30h]
;;   0x004e: add rax, r12
;;   0x0051: mov r12, rax
;;   0x0054: mov eax, [rbp-28h]
;;   0x0057: mov eax, eax
;;   0x0059: add rax, r12
;;   0x005c: mov rbx, [rbp-10h]
;;   0x0060: mov r12, [rbp-18h]
;;   0x0064: mov rsp, rbp
;;   0x0067: pop rbp
;;   0x0068: ret 10h
;;   0x006b: ud2
;; function 1 (params):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 40h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0CCh
;;   0x008a: sub rsp, 40h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov [rbp-18h], r12
;;   0x009d: mov ebx, [rbp+10h]
;;   0x00a0: mov r12d, [rbp+18h]
;;   0x00a4: mov [rbp-28h], ebx
;;   0x00a7: mov [rbp-30h], r12d
;;   0x00ab: mov eax, [rbp-30h]
;;   0x00ae: add eax, 1
;;   0x00b1: imul eax, 2
;;   0x00b4: mov [rbp-30h], eax
;;   0x00b7: mov eax, [rbp-28h]
;;   0x00ba: sub eax, [rbp-30h]
;;   0x00bd: mov rbx, [rbp-10h]
;;   0x00c1: mov r12, [rbp-18h]
;;   0x00c5: mov rsp, rbp
;;   0x00c8: pop rbp
;;   0x00c9: ret 10h
;;   0x00cc: ud2
;; function 2 (swap_br):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 12Ah
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov [rbp-18h], r12
;;   0x00fd: mov ebx, [rbp+10h]
;;   0x0100: mov r12d, [rbp+18h]
;;   0x0104: mov [rbp-28h], r12d
;;   0x0108: mov [rbp-30h], ebx
;;   0x010b: jmp 110h
;;   0x0110: mov r11d, [rbp-30h]
;;   0x0114: mov [rbp+20h], r11d
;;   0x0118: mov eax, [rbp-28h]
;;   0x011b: mov rbx, [rbp-10h]
;;   0x011f: mov r12, [rbp-18h]
;;   0x0123: mov rsp, rbp
;;   0x0126: pop rbp
;;   0x0127: ret 10h
;;   0x012a: ud2
