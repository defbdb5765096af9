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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Bh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: lzcnt eax, ebx
;;   0x0030: mov rbx, [rbp-10h]
;;   0x0034: mov rsp, rbp
;;   0x0037: pop rbp
;;   0x0038: ret 8
;;   0x003b: ud2
;; function 1 (ctz):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Bh
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov ebx, [rbp+10h]
;;   0x006c: tzcnt eax, ebx
;;   0x0070: mov rbx, [rbp-10h]
;;   0x0074: mov rsp, rbp
;;   0x0077: pop rbp
;;   0x0078: ret 8
;;   0x007b: ud2
;; function 2 (popcnt):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BBh
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov ebx, [rbp+10h]
;;   0x00ac: popcnt eax, ebx
;;   0x00b0: mov rbx, [rbp-10h]
;;   0x00b4: mov rsp, rbp
;;   0x00b7: pop rbp
;;   0x00b8: ret 8
;;   0x00bb: ud2
