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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Dh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, 5
;;   0x002b: mov [rbp-10h], eax
;;   0x002e: jmp 33h
;;   0x0033: mov eax, [rbp-10h]
;;   0x0036: mov rsp, rbp
;;   0x0039: pop rbp
;;   0x003a: ret 8
;;   0x003d: ud2
;; function 1 (br_empty):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 74h
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: jmp 6Ah
;;   0x006a: mov eax, [rbp+10h]
;;   0x006d: mov rsp, rbp
;;   0x0070: pop rbp
;;   0x0071: ret 8
;;   0x0074: ud2
;; function 2 (br_keeps_base):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0C8h
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, [rbp+10h]
;;   0x00a8: imul eax, 2
;;   0x00ab: mov [rbp-10h], eax
;;   0x00ae: mov r11d, [rbp+10h]
;;   0x00b2: mov [rbp-18h], r11d
;;   0x00b6: jmp 0BBh
;;   0x00bb: mov eax, [rbp-10h]
;;   0x00be: add eax, [rbp-18h]
;;   0x00c1: mov rsp, rbp
;;   0x00c4: pop rbp
;;   0x00c5: ret 8
;;   0x00c8: ud2
