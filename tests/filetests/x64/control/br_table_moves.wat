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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 8Bh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: imul eax, r12d, 3
;;   0x0038: mov ecx, ebx
;;   0x003a: cmp ecx, 3
;;   0x003d: jae 68h
;;   0x0043: lea r11, [54h]
;;   0x004a: movsxd rcx, [r11+rcx*4]
;;   0x004e: add r11, rcx
;;   0x0051: jmp r11
;;   0x0054: .long 0xc  ; -> 0x0060
;;   0x0058: .long 0x14  ; -> 0x0068
;;   0x005c: .long 0xc  ; -> 0x0060
;;   0x0060: mov [rbp-28h], eax
;;   0x0063: jmp 70h
;;   0x0068: mov [rbp-28h], eax
;;   0x006b: jmp 79h
;;   0x0070: mov eax, [rbp-28h]
;;   0x0073: add eax, 64h
;;   0x0076: mov [rbp-28h], eax
;;   0x0079: mov eax, [rbp-28h]
;;   0x007c: mov rbx, [rbp-10h]
;;   0x0080: mov r12, [rbp-18h]
;;   0x0084: mov rsp, rbp
;;   0x0087: pop rbp
;;   0x0088: ret 10h
;;   0x008b: ud2
;; function 1 (to_function):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 106h
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov [rbp-10h], rbx
;;   0x00b9: mov ebx, [rbp+10h]
;;   0x00bc: mov eax, ebx
;;   0x00be: cmp eax, 1
;;   0x00c1: jae 0E8h
;;   0x00c7: lea r11, [0D8h]
;;   0x00ce: movsxd rax, [r11+rax*4]
;;   0x00d2: add r11, rax
;;   0x00d5: jmp r11
;;   0x00d8: .long 0x4  ; -> 0x00dc
;;   0x00dc: mov dword ptr [rbp-28h], 5
;;   0x00e3: jmp 0F8h
;;   0x00e8: mov eax, 5
;;   0x00ed: mov rbx, [rbp-10h]
;;   0x00f1: mov rsp, rbp
;;   0x00f4: pop rbp
;;   0x00f5: ret 8
;;   0x00f8: mov eax, [rbp-28h]
;;   0x00fb: mov rbx, [rbp-10h]
;;   0x00ff: mov rsp, rbp
;;   0x0102: pop rbp
;;   0x0103: ret 8
;;   0x0106: ud2
