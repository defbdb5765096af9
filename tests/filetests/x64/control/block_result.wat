;;! target = "x86_64"

(module
  (func (export "block_result") (param i32 i32) (result i32)
    (block (result i32)
      (i32.add (local.get 0) (local.get 1)))
    (i32.const 1)
    i32.sub)
  (func (export "nested") (param i64) (result i64)
    (block (result i64)
      (block (result i64)
        (i64.mul (local.get 0) (local.get 0))))))
;; function 0 (block_result):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 51h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov eax, ebx
;;   0x0036: add eax, r12d
;;   0x0039: mov [rbp-28h], eax
;;   0x003c: mov eax, [rbp-28h]
;;   0x003f: sub eax, 1
;;   0x0042: mov rbx, [rbp-10h]
;;   0x0046: mov r12, [rbp-18h]
;;   0x004a: mov rsp, rbp
;;   0x004d: pop rbp
;;   0x004e: ret 10h
;;   0x0051: ud2
;; function 1 (nested):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0A7h
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov rbx, [rbp+10h]
;;   0x008d: mov rax, rbx
;;   0x0090: imul rax, rbx
;;   0x0094: mov [rbp-28h], rax
;;   0x0098: mov rax, [rbp-28h]
;;   0x009c: mov rbx, [rbp-10h]
;;   0x00a0: mov rsp, rbp
;;   0x00a3: pop rbp
;;   0x00a4: ret 8
;;   0x00a7: ud2
