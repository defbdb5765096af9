;;! target = "x86_64"
;;! flags = ["lzcnt", "bmi1", "popcnt", "sse4.1"]

;; With lzcnt, bmi1 (tzcnt) and popcnt: one instruction each.
(module
  (func (export "clz") (param i32) (result i32) (i32.clz (local.get 0)))
  (func (export "ctz") (param i32) (result i32) (i32.ctz (local.get 0)))
  (func (export "popcnt") (param i32) (result i32) (i32.popcnt (local.get 0))))
;; function 0 (clz):
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
;;   0x0028: lzcnt eax, eax
;;   0x002c: mov rsp, rbp
;;   0x002f: pop rbp
;;   0x0030: ret 8
;;   0x0033: mov r11, [r14]
;;   0x0036: mov eax, 0Ah
;;   0x003b: mov rsp, [r11+8]
;;   0x003f: jmp qword ptr [r11+10h]
;; function 1 (ctz):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 83h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: tzcnt eax, eax
;;   0x007c: mov rsp, rbp
;;   0x007f: pop rbp
;;   0x0080: ret 8
;;   0x0083: mov r11, [r14]
;;   0x0086: mov eax, 0Ah
;;   0x008b: mov rsp, [r11+8]
;;   0x008f: jmp qword ptr [r11+10h]
;; function 2 (popcnt):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D3h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, [rbp+10h]
;;   0x00c8: popcnt eax, eax
;;   0x00cc: mov rsp, rbp
;;   0x00cf: pop rbp
;;   0x00d0: ret 8
;;   0x00d3: mov r11, [r14]
;;   0x00d6: mov eax, 0Ah
;;   0x00db: mov rsp, [r11+8]
;;   0x00df: jmp qword ptr [r11+10h]
