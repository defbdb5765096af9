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
;;   0x0058: ud2
;; function 1 (params):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0AEh
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov r11d, [rbp+10h]
;;   0x0089: mov [rbp-10h], r11d
;;   0x008d: mov r11d, [rbp+18h]
;;   0x0091: mov [rbp-18h], r11d
;;   0x0095: mov eax, [rbp-18h]
;;   0x0098: add eax, 1
;;   0x009b: imul eax, 2
;;   0x009e: mov [rbp-18h], eax
;;   0x00a1: mov eax, [rbp-10h]
;;   0x00a4: sub eax, [rbp-18h]
;;   0x00a7: mov rsp, rbp
;;   0x00aa: pop rbp
;;   0x00ab: ret 10h
;;   0x00ae: ud2
;; function 2 (swap_br):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 20h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0FCh
;;   0x00ca: sub rsp, 20h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov r11d, [rbp+18h]
;;   0x00d9: mov [rbp-10h], r11d
;;   0x00dd: mov r11d, [rbp+10h]
;;   0x00e1: mov [rbp-18h], r11d
;;   0x00e5: jmp 0EAh
;;   0x00ea: mov r11d, [rbp-18h]
;;   0x00ee: mov [rbp+20h], r11d
;;   0x00f2: mov eax, [rbp-10h]
;;   0x00f5: mov rsp, rbp
;;   0x00f8: pop rbp
;;   0x00f9: ret 10h
;;   0x00fc: ud2
