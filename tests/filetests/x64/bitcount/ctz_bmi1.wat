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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Bh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: tzcnt eax, ebx
;;   0x0030: mov rbx, [rbp-10h]
;;   0x0034: mov rsp, rbp
;;   0x0037: pop rbp
;;   0x0038: ret 8
;;   0x003b: ud2
;; function 1 (ctz64):
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
;; function 2 (clz64):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0CAh
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov rbx, [rbp+10h]
;;   0x00ad: bsr rax, rbx
;;   0x00b1: mov r11d, 7Fh
;;   0x00b7: cmove rax, r11
;;   0x00bb: xor rax, 3Fh
;;   0x00bf: mov rbx, [rbp-10h]
;;   0x00c3: mov rsp, rbp
;;   0x00c6: pop rbp
;;   0x00c7: ret 8
;;   0x00ca: ud2
