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
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 7Fh
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, 0
;;   0x0036: mov eax, r12d
;;   0x0039: add eax, 1
;;   0x003c: mov r12d, eax
;;   0x003f: mov eax, ebx
;;   0x0041: shr eax, 1
;;   0x0044: mov ebx, eax
;;   0x0046: mov eax, ebx
;;   0x0048: and eax, 3
;;   0x004b: cmp eax, 2
;;   0x004e: jae 36h
;;   0x0054: lea r11, [65h]
;;   0x005b: movsxd rax, [r11+rax*4]
;;   0x005f: add r11, rax
;;   0x0062: jmp r11
;;   0x0065: .long 0xffffffd1  ; -> 0x0036
;;   0x0069: .long 0x8  ; -> 0x006d
;;   0x006d: mov eax, r12d
;;   0x0070: mov rbx, [rbp-10h]
;;   0x0074: mov r12, [rbp-18h]
;;   0x0078: mov rsp, rbp
;;   0x007b: pop rbp
;;   0x007c: ret 8
;;   0x007f: ud2
;; function 1 (high_index):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 90h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 157h
;;   0x00aa: sub rsp, 90h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov [rbp-10h], rbx
;;   0x00b9: mov ebx, [rbp+10h]
;;   0x00bc: mov eax, ebx
;;   0x00be: add eax, 1
;;   0x00c1: mov ecx, ebx
;;   0x00c3: add ecx, 2
;;   0x00c6: mov edx, ebx
;;   0x00c8: add edx, 3
;;   0x00cb: mov esi, ebx
;;   0x00cd: add esi, 4
;;   0x00d0: mov edi, ebx
;;   0x00d2: add edi, 5
;;   0x00d5: mov r8d, ebx
;;   0x00d8: add r8d, 6
;;   0x00dc: mov r9d, ebx
;;   0x00df: add r9d, 7
;;   0x00e3: mov r10d, ebx
;;   0x00e6: add r10d, 8
;;   0x00ea: mov [rbp-28h], eax
;;   0x00ed: mov eax, ebx
;;   0x00ef: add eax, 9
;;   0x00f2: mov [rbp-30h], ecx
;;   0x00f5: mov ecx, ebx
;;   0x00f7: add ecx, 0Ah
;;   0x00fa: mov [rbp-38h], edx
;;   0x00fd: mov edx, ebx
;;   0x00ff: add edx, 0Bh
;;   0x0102: mov [rbp-40h], esi
;;   0x0105: mov esi, ebx
;;   0x0107: add esi, 0Ch
;;   0x010a: mov [rbp-48h], edi
;;   0x010d: mov edi, ebx
;;   0x010f: and edi, 1
;;   0x0112: cmp edi, 2
;;   0x0115: jae 134h
;;   0x011b: lea r11, [12Ch]
;;   0x0122: movsxd rdi, [r11+rdi*4]
;;   0x0126: add r11, rdi
;;   0x0129: jmp r11
;;   0x012c: .long 0x8  ; -> 0x0134
;;   0x0130: .long 0x10  ; -> 0x013c
;;   0x0134: mov [rbp-28h], esi
;;   0x0137: jmp 149h
;;   0x013c: mov eax, esi
;;   0x013e: mov rbx, [rbp-10h]
;;   0x0142: mov rsp, rbp
;;   0x0145: pop rbp
;;   0x0146: ret 8
;;   0x0149: mov eax, [rbp-28h]
;;   0x014c: mov rbx, [rbp-10h]
;;   0x0150: mov rsp, rbp
;;   0x0153: pop rbp
;;   0x0154: ret 8
;;   0x0157: ud2
