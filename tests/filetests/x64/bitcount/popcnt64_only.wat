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
;;   0x0014: jb 3Dh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: popcnt rax, rbx
;;   0x0032: mov rbx, [rbp-10h]
;;   0x0036: mov rsp, rbp
;;   0x0039: pop rbp
;;   0x003a: ret 8
;;   0x003d: ud2
;; function 1 (ctz64):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 86h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov rbx, [rbp+10h]
;;   0x006d: bsf rax, rbx
;;   0x0071: mov r11d, 40h
;;   0x0077: cmove rax, r11
;;   0x007b: mov rbx, [rbp-10h]
;;   0x007f: mov rsp, rbp
;;   0x0082: pop rbp
;;   0x0083: ret 8
;;   0x0086: ud2
