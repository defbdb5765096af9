;;! target = "x86_64"

(module
  (global $g (mut i32) (i32.const 0))
  (global $h i64 (i64.const 5))
  (func (export "get") (result i32)
    (global.get $g))
  (func (export "set") (param i32)
    (global.set $g (local.get 0)))
  (func (export "get_const") (result i64)
    (global.get $h)))
;; function 0 (get):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 31h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r11, [r14+18h]
;;   0x0029: mov eax, [r11]
;;   0x002c: mov rsp, rbp
;;   0x002f: pop rbp
;;   0x0030: ret
;;   0x0031: mov r11, [r14]
;;   0x0034: mov eax, 0Ah
;;   0x0039: mov rsp, [r11+8]
;;   0x003d: jmp qword ptr [r11+10h]
;; function 1 (set):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 86h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: mov r11, [r14+18h]
;;   0x007c: mov [r11], eax
;;   0x007f: mov rsp, rbp
;;   0x0082: pop rbp
;;   0x0083: ret 8
;;   0x0086: mov r11, [r14]
;;   0x0089: mov eax, 0Ah
;;   0x008e: mov rsp, [r11+8]
;;   0x0092: jmp qword ptr [r11+10h]
;; function 2 (get_const):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D1h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov r11, [r14+20h]
;;   0x00c9: mov rax, [r11]
;;   0x00cc: mov rsp, rbp
;;   0x00cf: pop rbp
;;   0x00d0: ret
;;   0x00d1: mov r11, [r14]
;;   0x00d4: mov eax, 0Ah
;;   0x00d9: mov rsp, [r11+8]
;;   0x00dd: jmp qword ptr [r11+10h]
