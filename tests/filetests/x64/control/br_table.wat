;;! target = "x86_64"

;; br_table without moves: the table entries point straight at the labels.
(module
  (func (export "switch") (param i32) (result i32)
    (block $d
      (block $c
        (block $b
          (block $a
            (br_table $a $b $c $d (local.get 0)))
          (return (i32.const 10)))
        (return (i32.const 20)))
      (return (i32.const 30)))
    (i32.const 40))
  (func (export "default_only") (param i32) (result i32)
    (block $a
      (br_table $a (local.get 0)))
    (i32.const 1)))
;; function 0 (switch):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 7Eh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: cmp eax, 3
;;   0x002b: jae 72h
;;   0x0031: lea r11, [42h]
;;   0x0038: movsxd rax, [r11+rax*4]
;;   0x003c: add r11, rax
;;   0x003f: jmp r11
;;   0x0042: .long 0xc  ; -> 0x004e
;;   0x0046: .long 0x18  ; -> 0x005a
;;   0x004a: .long 0x24  ; -> 0x0066
;;   0x004e: mov eax, 0Ah
;;   0x0053: mov rsp, rbp
;;   0x0056: pop rbp
;;   0x0057: ret 8
;;   0x005a: mov eax, 14h
;;   0x005f: mov rsp, rbp
;;   0x0062: pop rbp
;;   0x0063: ret 8
;;   0x0066: mov eax, 1Eh
;;   0x006b: mov rsp, rbp
;;   0x006e: pop rbp
;;   0x006f: ret 8
;;   0x0072: mov eax, 28h
;;   0x0077: mov rsp, rbp
;;   0x007a: pop rbp
;;   0x007b: ret 8
;;   0x007e: ud2
;; function 1 (default_only):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0CEh
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, [rbp+10h]
;;   0x00a8: cmp eax, 0
;;   0x00ab: jae 0C2h
;;   0x00b1: lea r11, [0C2h]
;;   0x00b8: movsxd rax, [r11+rax*4]
;;   0x00bc: add r11, rax
;;   0x00bf: jmp r11
;;   0x00c2: mov eax, 1
;;   0x00c7: mov rsp, rbp
;;   0x00ca: pop rbp
;;   0x00cb: ret 8
;;   0x00ce: ud2
