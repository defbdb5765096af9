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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Dh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: lzcnt eax, eax
;;   0x0032: mov rbx, [rbp-10h]
;;   0x0036: mov rsp, rbp
;;   0x0039: pop rbp
;;   0x003a: ret 8
;;   0x003d: ud2
;; function 1 (clz64):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 80h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov rbx, [rbp+10h]
;;   0x006d: mov rax, rbx
;;   0x0070: lzcnt rax, rax
;;   0x0075: mov rbx, [rbp-10h]
;;   0x0079: mov rsp, rbp
;;   0x007c: pop rbp
;;   0x007d: ret 8
;;   0x0080: ud2
;; function 2 (ctz32):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0D6h
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov [rbp-10h], rbx
;;   0x00b9: mov ebx, [rbp+10h]
;;   0x00bc: mov eax, ebx
;;   0x00be: bsf eax, eax
;;   0x00c1: mov r11d, 20h
;;   0x00c7: cmove eax, r11d
;;   0x00cb: mov rbx, [rbp-10h]
;;   0x00cf: mov rsp, rbp
;;   0x00d2: pop rbp
;;   0x00d3: ret 8
;;   0x00d6: ud2
