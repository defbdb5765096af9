;;! target = "x86_64"
;;! flags = ["bmi1"]

;; Only bmi1: ctz is tzcnt, clz keeps the bsr fallback.
(module
  (func (export "ctz32") (param i32) (result i32) (i32.ctz (local.get 0)))
  (func (export "ctz64") (param i64) (result i64) (i64.ctz (local.get 0)))
  (func (export "clz64") (param i64) (result i64) (i64.clz (local.get 0))))
;; function 0 (ctz32):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 33h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: tzcnt eax, eax
;;   0x002c: mov rsp, rbp
;;   0x002f: pop rbp
;;   0x0030: ret 8
;;   0x0033: mov r11, [r14]
;;   0x0036: mov eax, 0Ah
;;   0x003b: mov rsp, [r11+8]
;;   0x003f: jmp qword ptr [r11+10h]
;; function 1 (ctz64):
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
;; function 2 (clz64):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E2h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov rax, [rbp+10h]
;;   0x00c9: bsr rax, rax
;;   0x00cd: mov r11d, 7Fh
;;   0x00d3: cmove rax, r11
;;   0x00d7: xor rax, 3Fh
;;   0x00db: mov rsp, rbp
;;   0x00de: pop rbp
;;   0x00df: ret 8
;;   0x00e2: mov r11, [r14]
;;   0x00e5: mov eax, 0Ah
;;   0x00ea: mov rsp, [r11+8]
;;   0x00ee: jmp qword ptr [r11+10h]
