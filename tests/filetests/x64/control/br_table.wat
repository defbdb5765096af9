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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 94h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: cmp eax, 3
;;   0x0031: jae 84h
;;   0x0037: lea r11, [48h]
;;   0x003e: movsxd rax, [r11+rax*4]
;;   0x0042: add r11, rax
;;   0x0045: jmp r11
;;   0x0048: .long 0xc  ; -> 0x0054
;;   0x004c: .long 0x1c  ; -> 0x0064
;;   0x0050: .long 0x2c  ; -> 0x0074
;;   0x0054: mov eax, 0Ah
;;   0x0059: mov rbx, [rbp-10h]
;;   0x005d: mov rsp, rbp
;;   0x0060: pop rbp
;;   0x0061: ret 8
;;   0x0064: mov eax, 14h
;;   0x0069: mov rbx, [rbp-10h]
;;   0x006d: mov rsp, rbp
;;   0x0070: pop rbp
;;   0x0071: ret 8
;;   0x0074: mov eax, 1Eh
;;   0x0079: mov rbx, [rbp-10h]
;;   0x007d: mov rsp, rbp
;;   0x0080: pop rbp
;;   0x0081: ret 8
;;   0x0084: mov eax, 28h
;;   0x0089: mov rbx, [rbp-10h]
;;   0x008d: mov rsp, rbp
;;   0x0090: pop rbp
;;   0x0091: ret 8
;;   0x0094: ud2
;; function 1 (default_only):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0F8h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov ebx, [rbp+10h]
;;   0x00cc: mov eax, ebx
;;   0x00ce: cmp eax, 0
;;   0x00d1: jae 0E8h
;;   0x00d7: lea r11, [0E8h]
;;   0x00de: movsxd rax, [r11+rax*4]
;;   0x00e2: add r11, rax
;;   0x00e5: jmp r11
;;   0x00e8: mov eax, 1
;;   0x00ed: mov rbx, [rbp-10h]
;;   0x00f1: mov rsp, rbp
;;   0x00f4: pop rbp
;;   0x00f5: ret 8
;;   0x00f8: ud2
