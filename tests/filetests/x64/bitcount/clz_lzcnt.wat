;;! target = "x86_64"
;;! flags = ["lzcnt"]

;; Only lzcnt: clz is one instruction, ctz and popcnt keep their fallbacks.
(module
  (func (export "clz32") (param i32) (result i32) (i32.clz (local.get 0)))
  (func (export "clz64") (param i64) (result i64) (i64.clz (local.get 0)))
  (func (export "ctz32") (param i32) (result i32) (i32.ctz (local.get 0))))
;; function 0 (clz32):
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
;; function 1 (clz64):
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
;;   0x0069: lzcnt rax, rax
;;   0x006e: mov rsp, rbp
;;   0x0071: pop rbp
;;   0x0072: ret 8
;;   0x0075: ud2
;; function 2 (ctz32):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BCh
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, [rbp+10h]
;;   0x00a8: bsf eax, eax
;;   0x00ab: mov r11d, 20h
;;   0x00b1: cmove eax, r11d
;;   0x00b5: mov rsp, rbp
;;   0x00b8: pop rbp
;;   0x00b9: ret 8
;;   0x00bc: ud2
