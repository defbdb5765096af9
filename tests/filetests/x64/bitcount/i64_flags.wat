;;! target = "x86_64"
;;! flags = ["lzcnt", "bmi1", "popcnt", "sse4.1"]

;; With lzcnt, bmi1 (tzcnt) and popcnt: one instruction each.
(module
  (func (export "clz") (param i64) (result i64) (i64.clz (local.get 0)))
  (func (export "ctz") (param i64) (result i64) (i64.ctz (local.get 0)))
  (func (export "popcnt") (param i64) (result i64) (i64.popcnt (local.get 0))))
;; function 0 (clz):
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
;;   0x0029: lzcnt rax, rax
;;   0x002e: mov rsp, rbp
;;   0x0031: pop rbp
;;   0x0032: ret 8
;;   0x0035: ud2
;; function 1 (ctz):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 75h
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rax, [rbp+10h]
;;   0x0069: tzcnt rax, rax
;;   0x006e: mov rsp, rbp
;;   0x0071: pop rbp
;;   0x0072: ret 8
;;   0x0075: ud2
;; function 2 (popcnt):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B5h
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov rax, [rbp+10h]
;;   0x00a9: popcnt rax, rax
;;   0x00ae: mov rsp, rbp
;;   0x00b1: pop rbp
;;   0x00b2: ret 8
;;   0x00b5: ud2
