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
;;   0x0014: jb 8Dh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov eax, r12d
;;   0x0037: imul eax, 3
;;   0x003a: mov ecx, ebx
;;   0x003c: cmp ecx, 3
;;   0x003f: jae 6Ah
;;   0x0045: lea r11, [56h]
;;   0x004c: movsxd rcx, [r11+rcx*4]
;;   0x0050: add r11, rcx
;;   0x0053: jmp r11
;;   0x0056: .long 0xc  ; -> 0x0062
;;   0x005a: .long 0x14  ; -> 0x006a
;;   0x005e: .long 0xc  ; -> 0x0062
;;   0x0062: mov [rbp-28h], eax
;;   0x0065: jmp 72h
;;   0x006a: mov [rbp-28h], eax
;;   0x006d: jmp 7Bh
;;   0x0072: mov eax, [rbp-28h]
;;   0x0075: add eax, 64h
;;   0x0078: mov [rbp-28h], eax
;;   0x007b: mov eax, [rbp-28h]
;;   0x007e: mov rbx, [rbp-10h]
;;   0x0082: mov r12, [rbp-18h]
;;   0x0086: mov rsp, rbp
;;   0x0089: pop rbp
;;   0x008a: ret 10h
;;   0x008d: ud2
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
