;;! target = "x86_64"

;; br out of nested blocks, with and without a value.
(module
  (func (export "br_value") (param i32) (result i32)
    (block $out (result i32)
      (block
        (br $out (i32.add (local.get 0) (i32.const 5))))
      (i32.const 0)))
  (func (export "br_empty") (param i32) (result i32)
    (block $b
      (block
        (br $b)))
    (local.get 0))
  (func (export "br_keeps_base") (param i32) (result i32)
    ;; The value below the block's base stays in its slot.
    (i32.mul (local.get 0) (i32.const 2))
    (block $b (result i32)
      (br $b (local.get 0)))
    i32.add))
;; function 0 (br_value):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 47h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: add eax, 5
;;   0x0031: mov [rbp-28h], eax
;;   0x0034: jmp 39h
;;   0x0039: mov eax, [rbp-28h]
;;   0x003c: mov rbx, [rbp-10h]
;;   0x0040: mov rsp, rbp
;;   0x0043: pop rbp
;;   0x0044: ret 8
;;   0x0047: ud2
;; function 1 (br_empty):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Eh
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: jmp 81h
;;   0x0081: mov eax, ebx
;;   0x0083: mov rbx, [rbp-10h]
;;   0x0087: mov rsp, rbp
;;   0x008a: pop rbp
;;   0x008b: ret 8
;;   0x008e: ud2
;; function 2 (br_keeps_base):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0DBh
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov [rbp-10h], rbx
;;   0x00b9: mov ebx, [rbp+10h]
;;   0x00bc: imul eax, ebx, 2
;;   0x00bf: mov [rbp-28h], eax
;;   0x00c2: mov [rbp-30h], ebx
;;   0x00c5: jmp 0CAh
;;   0x00ca: mov eax, [rbp-28h]
;;   0x00cd: add eax, [rbp-30h]
;;   0x00d0: mov rbx, [rbp-10h]
;;   0x00d4: mov rsp, rbp
;;   0x00d7: pop rbp
;;   0x00d8: ret 8
;;   0x00db: ud2
