;;! target = "x86_64"

;; br_table carrying a value: one stub per distinct target does the moves.
(module
  (func (export "switch_value") (param i32 i32) (result i32)
    (block $b (result i32)
      (block $a (result i32)
        (br_table $a $b $a $b
          (i32.mul (local.get 1) (i32.const 3))
          (local.get 0)))
      (i32.const 100)
      i32.add))
  (func (export "to_function") (param i32) (result i32)
    ;; A target that is the function itself returns.
    (block $a (result i32)
      (br_table $a 1 (i32.const 5) (local.get 0)))))
;; function 0 (switch_value):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 77h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+18h]
;;   0x0028: imul eax, 3
;;   0x002b: mov ecx, [rbp+10h]
;;   0x002e: cmp ecx, 3
;;   0x0031: jae 5Ch
;;   0x0037: lea r11, [48h]
;;   0x003e: movsxd rcx, [r11+rcx*4]
;;   0x0042: add r11, rcx
;;   0x0045: jmp r11
;;   0x0048: .long 0xc  ; -> 0x0054
;;   0x004c: .long 0x14  ; -> 0x005c
;;   0x0050: .long 0xc  ; -> 0x0054
;;   0x0054: mov [rbp-10h], eax
;;   0x0057: jmp 64h
;;   0x005c: mov [rbp-10h], eax
;;   0x005f: jmp 6Dh
;;   0x0064: mov eax, [rbp-10h]
;;   0x0067: add eax, 64h
;;   0x006a: mov [rbp-10h], eax
;;   0x006d: mov eax, [rbp-10h]
;;   0x0070: mov rsp, rbp
;;   0x0073: pop rbp
;;   0x0074: ret 10h
;;   0x0077: ud2
;; function 1 (to_function):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0E8h
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, [rbp+10h]
;;   0x00a8: cmp eax, 1
;;   0x00ab: jae 0D2h
;;   0x00b1: lea r11, [0C2h]
;;   0x00b8: movsxd rax, [r11+rax*4]
;;   0x00bc: add r11, rax
;;   0x00bf: jmp r11
;;   0x00c2: .long 0x4  ; -> 0x00c6
;;   0x00c6: mov dword ptr [rbp-10h], 5
;;   0x00cd: jmp 0DEh
;;   0x00d2: mov eax, 5
;;   0x00d7: mov rsp, rbp
;;   0x00da: pop rbp
;;   0x00db: ret 8
;;   0x00de: mov eax, [rbp-10h]
;;   0x00e1: mov rsp, rbp
;;   0x00e4: pop rbp
;;   0x00e5: ret 8
;;   0x00e8: ud2
