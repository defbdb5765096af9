;;! target = "x86_64"

(module
  (global $g (mut i32) (i32.const 0))
  (global $h i64 (i64.const 5))
  (func (export "get") (result i32)
    (global.get $g))
  (func (export "set") (param i32)
    (global.set $g (local.get 0)))
  (func (export "get_const") (result i64)
    (global.get $h)))
;; function 0 (get):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 31h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r11, [r14+18h]
;;   0x0029: mov eax, [r11]
;;   0x002c: mov rsp, rbp
;;   0x002f: pop rbp
;;   0x0030: ret
;;   0x0031: ud2
;; function 1 (set):
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
;;   0x0069: mov ebx, [rbp+10h]
;;   0x006c: mov eax, ebx
;;   0x006e: mov r11, [r14+18h]
;;   0x0072: mov [r11], eax
;;   0x0075: mov rbx, [rbp-10h]
;;   0x0079: mov rsp, rbp
;;   0x007c: pop rbp
;;   0x007d: ret 8
;;   0x0080: ud2
;; function 2 (get_const):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0C1h
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov r11, [r14+20h]
;;   0x00b9: mov rax, [r11]
;;   0x00bc: mov rsp, rbp
;;   0x00bf: pop rbp
;;   0x00c0: ret
;;   0x00c1: ud2
