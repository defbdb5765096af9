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
;;   0x003b: mov r11, [r14]
;;   0x003e: mov eax, 0Ah
;;   0x0043: mov rsp, [r11+8]
;;   0x0047: jmp qword ptr [r11+10h]
;; function 1 (nested):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Dh
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, [rbp+10h]
;;   0x0079: imul rax, [rbp+10h]
;;   0x007e: mov [rbp-10h], rax
;;   0x0082: mov rax, [rbp-10h]
;;   0x0086: mov rsp, rbp
;;   0x0089: pop rbp
;;   0x008a: ret 8
;;   0x008d: mov r11, [r14]
;;   0x0090: mov eax, 0Ah
;;   0x0095: mov rsp, [r11+8]
;;   0x0099: jmp qword ptr [r11+10h]
