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
;;   0x0035: mov r11, [r14]
;;   0x0038: mov eax, 0Ah
;;   0x003d: mov rsp, [r11+8]
;;   0x0041: jmp qword ptr [r11+10h]
;; function 1 (ctz):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 85h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, [rbp+10h]
;;   0x0079: tzcnt rax, rax
;;   0x007e: mov rsp, rbp
;;   0x0081: pop rbp
;;   0x0082: ret 8
;;   0x0085: mov r11, [r14]
;;   0x0088: mov eax, 0Ah
;;   0x008d: mov rsp, [r11+8]
;;   0x0091: jmp qword ptr [r11+10h]
;; function 2 (popcnt):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D5h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov rax, [rbp+10h]
;;   0x00c9: popcnt rax, rax
;;   0x00ce: mov rsp, rbp
;;   0x00d1: pop rbp
;;   0x00d2: ret 8
;;   0x00d5: mov r11, [r14]
;;   0x00d8: mov eax, 0Ah
;;   0x00dd: mov rsp, [r11+8]
;;   0x00e1: jmp qword ptr [r11+10h]
