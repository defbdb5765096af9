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
;;   0x0033: ud2
;; function 1 (ctz):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 73h
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, [rbp+10h]
;;   0x0068: tzcnt eax, eax
;;   0x006c: mov rsp, rbp
;;   0x006f: pop rbp
;;   0x0070: ret 8
;;   0x0073: ud2
;; function 2 (popcnt):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B3h
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, [rbp+10h]
;;   0x00a8: popcnt eax, eax
;;   0x00ac: mov rsp, rbp
;;   0x00af: pop rbp
;;   0x00b0: ret 8
;;   0x00b3: ud2
