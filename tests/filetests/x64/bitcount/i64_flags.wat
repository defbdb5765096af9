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
;;   0x0014: jb 40h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: mov rax, rbx
;;   0x0030: lzcnt rax, rax
;;   0x0035: mov rbx, [rbp-10h]
;;   0x0039: mov rsp, rbp
;;   0x003c: pop rbp
;;   0x003d: ret 8
;;   0x0040: ud2
;; function 1 (ctz):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 90h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov rbx, [rbp+10h]
;;   0x007d: mov rax, rbx
;;   0x0080: tzcnt rax, rax
;;   0x0085: mov rbx, [rbp-10h]
;;   0x0089: mov rsp, rbp
;;   0x008c: pop rbp
;;   0x008d: ret 8
;;   0x0090: ud2
;; function 2 (popcnt):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E0h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov rbx, [rbp+10h]
;;   0x00cd: mov rax, rbx
;;   0x00d0: popcnt rax, rax
;;   0x00d5: mov rbx, [rbp-10h]
;;   0x00d9: mov rsp, rbp
;;   0x00dc: pop rbp
;;   0x00dd: ret 8
;;   0x00e0: ud2
