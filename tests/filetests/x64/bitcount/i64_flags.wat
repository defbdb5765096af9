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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Dh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: lzcnt rax, rbx
;;   0x0032: mov rbx, [rbp-10h]
;;   0x0036: mov rsp, rbp
;;   0x0039: pop rbp
;;   0x003a: ret 8
;;   0x003d: ud2
;; function 1 (ctz):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Dh
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov rbx, [rbp+10h]
;;   0x006d: tzcnt rax, rbx
;;   0x0072: mov rbx, [rbp-10h]
;;   0x0076: mov rsp, rbp
;;   0x0079: pop rbp
;;   0x007a: ret 8
;;   0x007d: ud2
;; function 2 (popcnt):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BDh
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov rbx, [rbp+10h]
;;   0x00ad: popcnt rax, rbx
;;   0x00b2: mov rbx, [rbp-10h]
;;   0x00b6: mov rsp, rbp
;;   0x00b9: pop rbp
;;   0x00ba: ret 8
;;   0x00bd: ud2
