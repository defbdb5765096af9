;;! target = "x86_64"

;; br_table inside a loop: a backward (negative) table entry; and a carried
;; value in r15 while all registers are live, so the index forces a spill.
(module
  (func (export "state_machine") (param i32) (result i32)
    (local i32)
    (block $exit
      (loop $top
        (local.set 1 (i32.add (local.get 1) (i32.const 1)))
        (local.set 0 (i32.shr_u (local.get 0) (i32.const 1)))
        (br_table $top $exit $top (i32.and (local.get 0) (i32.const 3)))))
    (local.get 1))
  (func (export "high_index") (param i32) (result i32)
    (block $a (result i32)
      (i32.add (local.get 0) (i32.const 1))
      (i32.add (local.get 0) (i32.const 2))
      (i32.add (local.get 0) (i32.const 3))
      (i32.add (local.get 0) (i32.const 4))
      (i32.add (local.get 0) (i32.const 5))
      (i32.add (local.get 0) (i32.const 6))
      (i32.add (local.get 0) (i32.const 7))
      (i32.add (local.get 0) (i32.const 8))
      (i32.add (local.get 0) (i32.const 9))
      (i32.add (local.get 0) (i32.const 10))
      (i32.add (local.get 0) (i32.const 11))
      (i32.add (local.get 0) (i32.const 12))
      (br_table $a 1 $a (i32.and (local.get 0) (i32.const 1))))))
;; function 0 (state_machine):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 70h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov dword ptr [rbp-10h], 0
;;   0x002c: mov eax, [rbp-10h]
;;   0x002f: add eax, 1
;;   0x0032: mov [rbp-10h], eax
;;   0x0035: mov eax, [rbp+10h]
;;   0x0038: shr eax, 1
;;   0x003b: mov [rbp+10h], eax
;;   0x003e: mov eax, [rbp+10h]
;;   0x0041: and eax, 3
;;   0x0044: cmp eax, 2
;;   0x0047: jae 2Ch
;;   0x004d: lea r11, [5Eh]
;;   0x0054: movsxd rax, [r11+rax*4]
;;   0x0058: add r11, rax
;;   0x005b: jmp r11
;;   0x005e: .long 0xffffffce  ; -> 0x002c
;;   0x0062: .long 0x8  ; -> 0x0066
;;   0x0066: mov eax, [rbp-10h]
;;   0x0069: mov rsp, rbp
;;   0x006c: pop rbp
;;   0x006d: ret 8
;;   0x0070: ud2
;; function 1 (high_index):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 80h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 13Eh
;;   0x009a: sub rsp, 80h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, [rbp+10h]
;;   0x00a8: add eax, 1
;;   0x00ab: mov ecx, [rbp+10h]
;;   0x00ae: add ecx, 2
;;   0x00b1: mov edx, [rbp+10h]
;;   0x00b4: add edx, 3
;;   0x00b7: mov ebx, [rbp+10h]
;;   0x00ba: add ebx, 4
;;   0x00bd: mov esi, [rbp+10h]
;;   0x00c0: add esi, 5
;;   0x00c3: mov edi, [rbp+10h]
;;   0x00c6: add edi, 6
;;   0x00c9: mov r8d, [rbp+10h]
;;   0x00cd: add r8d, 7
;;   0x00d1: mov r9d, [rbp+10h]
;;   0x00d5: add r9d, 8
;;   0x00d9: mov r10d, [rbp+10h]
;;   0x00dd: add r10d, 9
;;   0x00e1: mov r12d, [rbp+10h]
;;   0x00e5: add r12d, 0Ah
;;   0x00e9: mov r13d, [rbp+10h]
;;   0x00ed: add r13d, 0Bh
;;   0x00f1: mov [rbp-10h], eax
;;   0x00f4: mov eax, [rbp+10h]
;;   0x00f7: add eax, 0Ch
;;   0x00fa: mov [rbp-18h], ecx
;;   0x00fd: mov ecx, [rbp+10h]
;;   0x0100: and ecx, 1
;;   0x0103: cmp ecx, 2
;;   0x0106: jae 125h
;;   0x010c: lea r11, [11Dh]
;;   0x0113: movsxd rcx, [r11+rcx*4]
;;   0x0117: add r11, rcx
;;   0x011a: jmp r11
;;   0x011d: .long 0x8  ; -> 0x0125
;;   0x0121: .long 0x10  ; -> 0x012d
;;   0x0125: mov [rbp-10h], eax
;;   0x0128: jmp 134h
;;   0x012d: mov rsp, rbp
;;   0x0130: pop rbp
;;   0x0131: ret 8
;;   0x0134: mov eax, [rbp-10h]
;;   0x0137: mov rsp, rbp
;;   0x013a: pop rbp
;;   0x013b: ret 8
;;   0x013e: ud2
