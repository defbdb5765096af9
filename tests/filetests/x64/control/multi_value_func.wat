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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 45h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, 1
;;   0x002b: mov rcx, [rbp+18h]
;;   0x002f: imul rcx, 2
;;   0x0033: mov [rbp+20h], rcx
;;   0x0037: mov dword ptr [rbp+28h], 7
;;   0x003e: mov rsp, rbp
;;   0x0041: pop rbp
;;   0x0042: ret 10h
;;   0x0045: ud2
;; function 1 (no_params):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Dh
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov r11, 100000000h
;;   0x007f: mov [rbp+10h], r11
;;   0x0083: mov eax, 1
;;   0x0088: mov rsp, rbp
;;   0x008b: pop rbp
;;   0x008c: ret
;;   0x008d: ud2
