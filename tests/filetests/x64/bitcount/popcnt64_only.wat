;;! target = "x86_64"
;;! flags = ["popcnt"]

;; Only popcnt, i64: popcnt is one instruction, clz/ctz keep their fallbacks.
(module
  (func (export "popcnt64") (param i64) (result i64) (i64.popcnt (local.get 0)))
  (func (export "ctz64") (param i64) (result i64) (i64.ctz (local.get 0))))
;; function 0 (popcnt64):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 35h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+10h]
;;   0x0029: popcnt rax, rax
;;   0x002e: mov rsp, rbp
;;   0x0031: pop rbp
;;   0x0032: ret 8
;;   0x0035: mov r11, [r14]
;;   0x0038: mov eax, 0Ah
;;   0x003d: mov rsp, [r11+8]
;;   0x0041: jmp qword ptr [r11+10h]
;; function 1 (ctz64):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Eh
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, [rbp+10h]
;;   0x0079: bsf rax, rax
;;   0x007d: mov r11d, 40h
;;   0x0083: cmove rax, r11
;;   0x0087: mov rsp, rbp
;;   0x008a: pop rbp
;;   0x008b: ret 8
;;   0x008e: mov r11, [r14]
;;   0x0091: mov eax, 0Ah
;;   0x0096: mov rsp, [r11+8]
;;   0x009a: jmp qword ptr [r11+10h]
