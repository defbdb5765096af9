;;! target = "x86_64"

(module
  (func (export "block_result") (param i32 i32) (result i32)
    (block (result i32)
      (i32.add (local.get 0) (local.get 1)))
    (i32.const 1)
    i32.sub)
  (func (export "nested") (param i64) (result i64)
    (block (result i64)
      (block (result i64)
        (i64.mul (local.get 0) (local.get 0))))))
;; function 0 (block_result):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Bh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, [rbp+18h]
;;   0x002b: mov [rbp-10h], eax
;;   0x002e: mov eax, [rbp-10h]
;;   0x0031: sub eax, 1
;;   0x0034: mov rsp, rbp
;;   0x0037: pop rbp
;;   0x0038: ret 10h
;;   0x003b: ud2
;; function 1 (nested):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Dh
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rax, [rbp+10h]
;;   0x0069: imul rax, [rbp+10h]
;;   0x006e: mov [rbp-10h], rax
;;   0x0072: mov rax, [rbp-10h]
;;   0x0076: mov rsp, rbp
;;   0x0079: pop rbp
;;   0x007a: ret 8
;;   0x007d: ud2
