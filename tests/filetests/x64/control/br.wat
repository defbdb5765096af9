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
;;   0x003d: mov r11, [r14]
;;   0x0040: mov eax, 0Ah
;;   0x0045: mov rsp, [r11+8]
;;   0x0049: jmp qword ptr [r11+10h]
;; function 1 (br_empty):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 84h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: jmp 7Ah
;;   0x007a: mov eax, [rbp+10h]
;;   0x007d: mov rsp, rbp
;;   0x0080: pop rbp
;;   0x0081: ret 8
;;   0x0084: mov r11, [r14]
;;   0x0087: mov eax, 0Ah
;;   0x008c: mov rsp, [r11+8]
;;   0x0090: jmp qword ptr [r11+10h]
;; function 2 (br_keeps_base):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E8h
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, [rbp+10h]
;;   0x00c8: imul eax, 2
;;   0x00cb: mov [rbp-10h], eax
;;   0x00ce: mov r11d, [rbp+10h]
;;   0x00d2: mov [rbp-18h], r11d
;;   0x00d6: jmp 0DBh
;;   0x00db: mov eax, [rbp-10h]
;;   0x00de: add eax, [rbp-18h]
;;   0x00e1: mov rsp, rbp
;;   0x00e4: pop rbp
;;   0x00e5: ret 8
;;   0x00e8: mov r11, [r14]
;;   0x00eb: mov eax, 0Ah
;;   0x00f0: mov rsp, [r11+8]
;;   0x00f4: jmp qword ptr [r11+10h]
