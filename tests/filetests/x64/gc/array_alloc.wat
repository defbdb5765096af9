;;! target = "x86_64"

;; Arrays are bumped inline from the store's allocation span when their
;; elements take at most 4 KiB: a register length is compared with that
;; bound, the size is the length shifted by the element size plus the
;; header and length (rounded up to 8 for small elements), the header and
;; the length are written, then the elements (zeros for array.new_default
;; or a constant 0, by a loop; the value by a loop after either path for
;; array.new; each one for array.new_fixed). The GcAlloc builtin is the
;; slow path (and the only path for a constant length over the bound).
(module
  (type $bytes (array (mut i8)))
  (type $longs (array (mut i64)))
  (type $refs (array (mut anyref)))
  (func (export "new_default") (param i32) (result (ref $bytes))
    (array.new_default $bytes (local.get 0)))
  (func (export "new_value") (param i64 i32) (result (ref $longs))
    (array.new $longs (local.get 0) (local.get 1)))
  (func (export "new_fixed") (param anyref) (result (ref $refs))
    (array.new_fixed $refs 2 (local.get 0) (ref.null any)))
  (func (export "new_huge") (result (ref $longs))
    (array.new_default $longs (i32.const 100000))))
;; function 0 (new_default):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 0DBh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov ecx, ebx
;;   0x002e: lea rdx, [r14]
;;   0x0031: mov rdx, [rdx]
;;   0x0034: cmp ecx, 1000h
;;   0x003a: ja 90h
;;   0x0040: mov rax, [rdx+20h]
;;   0x0044: mov esi, ecx
;;   0x0046: add rsi, rax
;;   0x0049: add rsi, 17h
;;   0x004d: and rsi, 0FFFFFFFFFFFFFFF8h
;;   0x0051: cmp rsi, [rdx+28h]
;;   0x0055: ja 90h
;;   0x005b: mov [rdx+20h], rsi
;;   0x005f: lea rdx, [r14+18h]
;;   0x0063: mov edx, [rdx]
;;   0x0065: mov [rax], rdx
;;   0x0068: mov [rax+8], ecx
;;   0x006b: mov rdx, rax
;;   0x006e: add rdx, 10h
;;   0x0072: cmp rdx, rsi
;;   0x0075: jae 8Bh
;;   0x007b: mov qword ptr [rdx], 0
;;   0x0082: add rdx, 8
;;   0x0086: jmp 72h
;;   0x008b: jmp 0D0h
;;   0x0090: mov edx, ecx
;;   0x0092: mov esi, 0
;;   0x0097: mov r11, [r14]
;;   0x009a: mov [r11+30h], rbp
;;   0x009e: lea rdi, [0C2h]
;;   0x00a5: mov [r11+38h], rdi
;;   0x00a9: mov rdi, r14
;;   0x00ac: mov r11, rsp
;;   0x00af: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00b3: push r11
;;   0x00b5: push r11
;;   0x00b7: mov r11, [r14+8]
;;   0x00bb: call qword ptr [r11+90h]
;;   0x00c2: mov rsp, [rsp+8]
;;   0x00c7: test rax, rax
;;   0x00ca: je 0DDh
;;   0x00d0: mov rbx, [rbp-10h]
;;   0x00d4: mov rsp, rbp
;;   0x00d7: pop rbp
;;   0x00d8: ret 8
;;   0x00db: ud2
;;   0x00dd: ud2
;; function 1 (new_value):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 1D6h
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov [rbp-18h], r12
;;   0x010d: mov rbx, [rbp+10h]
;;   0x0111: mov r12d, [rbp+18h]
;;   0x0115: mov ecx, r12d
;;   0x0118: lea rdx, [r14]
;;   0x011b: mov rdx, [rdx]
;;   0x011e: cmp ecx, 200h
;;   0x0124: ja 15Ah
;;   0x012a: mov rax, [rdx+20h]
;;   0x012e: mov esi, ecx
;;   0x0130: shl rsi, 3
;;   0x0134: add rsi, rax
;;   0x0137: add rsi, 10h
;;   0x013b: cmp rsi, [rdx+28h]
;;   0x013f: ja 15Ah
;;   0x0145: mov [rdx+20h], rsi
;;   0x0149: lea rdx, [r14+1Ch]
;;   0x014d: mov edx, [rdx]
;;   0x014f: mov [rax], rdx
;;   0x0152: mov [rax+8], ecx
;;   0x0155: jmp 19Ah
;;   0x015a: mov edx, ecx
;;   0x015c: mov esi, 1
;;   0x0161: mov r11, [r14]
;;   0x0164: mov [r11+30h], rbp
;;   0x0168: lea rdi, [18Ch]
;;   0x016f: mov [r11+38h], rdi
;;   0x0173: mov rdi, r14
;;   0x0176: mov r11, rsp
;;   0x0179: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x017d: push r11
;;   0x017f: push r11
;;   0x0181: mov r11, [r14+8]
;;   0x0185: call qword ptr [r11+90h]
;;   0x018c: mov rsp, [rsp+8]
;;   0x0191: test rax, rax
;;   0x0194: je 1D8h
;;   0x019a: mov rcx, rbx
;;   0x019d: mov esi, [rax+8]
;;   0x01a0: shl rsi, 3
;;   0x01a4: add rsi, rax
;;   0x01a7: add rsi, 10h
;;   0x01ab: mov rdx, rax
;;   0x01ae: add rdx, 10h
;;   0x01b2: cmp rdx, rsi
;;   0x01b5: jae 1C7h
;;   0x01bb: mov [rdx], rcx
;;   0x01be: add rdx, 8
;;   0x01c2: jmp 1B2h
;;   0x01c7: mov rbx, [rbp-10h]
;;   0x01cb: mov r12, [rbp-18h]
;;   0x01cf: mov rsp, rbp
;;   0x01d2: pop rbp
;;   0x01d3: ret 10h
;;   0x01d6: ud2
;;   0x01d8: ud2
;; function 2 (new_fixed):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 40h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 294h
;;   0x01fa: sub rsp, 40h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: lea rcx, [r14]
;;   0x0208: mov rcx, [rcx]
;;   0x020b: mov rax, [rcx+20h]
;;   0x020f: mov rdx, rax
;;   0x0212: add rdx, 20h
;;   0x0216: cmp rdx, [rcx+28h]
;;   0x021a: ja 239h
;;   0x0220: mov [rcx+20h], rdx
;;   0x0224: lea rcx, [r14+20h]
;;   0x0228: mov ecx, [rcx]
;;   0x022a: mov [rax], rcx
;;   0x022d: mov dword ptr [rax+8], 2
;;   0x0234: jmp 27Ch
;;   0x0239: mov edx, 2
;;   0x023e: mov esi, 2
;;   0x0243: mov r11, [r14]
;;   0x0246: mov [r11+30h], rbp
;;   0x024a: lea rdi, [26Eh]
;;   0x0251: mov [r11+38h], rdi
;;   0x0255: mov rdi, r14
;;   0x0258: mov r11, rsp
;;   0x025b: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x025f: push r11
;;   0x0261: push r11
;;   0x0263: mov r11, [r14+8]
;;   0x0267: call qword ptr [r11+90h]
;;   0x026e: mov rsp, [rsp+8]
;;   0x0273: test rax, rax
;;   0x0276: je 296h
;;   0x027c: mov rcx, [rbp+10h]
;;   0x0280: mov [rax+10h], rcx
;;   0x0284: mov ecx, 0
;;   0x0289: mov [rax+18h], rcx
;;   0x028d: mov rsp, rbp
;;   0x0290: pop rbp
;;   0x0291: ret 8
;;   0x0294: ud2
;;   0x0296: ud2
;; function 3 (new_huge):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 30h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 30Dh
;;   0x02ba: sub rsp, 30h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov edx, 186A0h
;;   0x02ca: mov esi, 1
;;   0x02cf: mov r11, [r14]
;;   0x02d2: mov [r11+30h], rbp
;;   0x02d6: lea rdi, [2FAh]
;;   0x02dd: mov [r11+38h], rdi
;;   0x02e1: mov rdi, r14
;;   0x02e4: mov r11, rsp
;;   0x02e7: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x02eb: push r11
;;   0x02ed: push r11
;;   0x02ef: mov r11, [r14+8]
;;   0x02f3: call qword ptr [r11+90h]
;;   0x02fa: mov rsp, [rsp+8]
;;   0x02ff: test rax, rax
;;   0x0302: je 30Fh
;;   0x0308: mov rsp, rbp
;;   0x030b: pop rbp
;;   0x030c: ret
;;   0x030d: ud2
;;   0x030f: ud2
