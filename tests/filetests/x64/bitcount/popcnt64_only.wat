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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 40h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: mov rax, rbx
;;   0x0030: popcnt rax, rax
;;   0x0035: mov rbx, [rbp-10h]
;;   0x0039: mov rsp, rbp
;;   0x003c: pop rbp
;;   0x003d: ret 8
;;   0x0040: ud2
;; function 1 (ctz64):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 99h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov rbx, [rbp+10h]
;;   0x007d: mov rax, rbx
;;   0x0080: bsf rax, rax
;;   0x0084: mov r11d, 40h
;;   0x008a: cmove rax, r11
;;   0x008e: mov rbx, [rbp-10h]
;;   0x0092: mov rsp, rbp
;;   0x0095: pop rbp
;;   0x0096: ret 8
;;   0x0099: ud2
