;;! target = "x86_64"

;; Results 1.. go to the caller's result area above the parameters; result 0
;; in rax.
(module
  (func (export "three") (param i32 i64) (result i32 i64 i32)
    (i32.add (local.get 0) (i32.const 1))
    (i64.mul (local.get 1) (i64.const 2))
    (i32.const 7))
  (func (export "no_params") (result i64 i64)
    (i64.const 1)
    (i64.const 0x100000000)))
;; function 0 (three):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 57h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12, [rbp+18h]
;;   0x0034: mov eax, ebx
;;   0x0036: add eax, 1
;;   0x0039: imul rcx, r12, 2
;;   0x003d: mov [rbp+20h], rcx
;;   0x0041: mov dword ptr [rbp+28h], 7
;;   0x0048: mov rbx, [rbp-10h]
;;   0x004c: mov r12, [rbp-18h]
;;   0x0050: mov rsp, rbp
;;   0x0053: pop rbp
;;   0x0054: ret 10h
;;   0x0057: ud2
;; function 1 (no_params):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 9Dh
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov r11, 100000000h
;;   0x008f: mov [rbp+10h], r11
;;   0x0093: mov eax, 1
;;   0x0098: mov rsp, rbp
;;   0x009b: pop rbp
;;   0x009c: ret
;;   0x009d: ud2
