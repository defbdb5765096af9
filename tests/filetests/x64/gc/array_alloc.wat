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
;;   0x0014: jb 0C9h
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
;;   0x008b: jmp 0BEh
;;   0x0090: mov edx, ecx
;;   0x0092: mov esi, 0
;;   0x0097: mov rdi, r14
;;   0x009a: mov r11, rsp
;;   0x009d: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00a1: push r11
;;   0x00a3: push r11
;;   0x00a5: mov r11, [r14+8]
;;   0x00a9: call qword ptr [r11+90h]
;;   0x00b0: mov rsp, [rsp+8]
;;   0x00b5: test rax, rax
;;   0x00b8: je 0CBh
;;   0x00be: mov rbx, [rbp-10h]
;;   0x00c2: mov rsp, rbp
;;   0x00c5: pop rbp
;;   0x00c6: ret 8
;;   0x00c9: ud2
;;   0x00cb: ud2
;; function 1 (new_value):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 1B4h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov [rbp-18h], r12
;;   0x00fd: mov rbx, [rbp+10h]
;;   0x0101: mov r12d, [rbp+18h]
;;   0x0105: mov ecx, r12d
;;   0x0108: lea rdx, [r14]
;;   0x010b: mov rdx, [rdx]
;;   0x010e: cmp ecx, 200h
;;   0x0114: ja 14Ah
;;   0x011a: mov rax, [rdx+20h]
;;   0x011e: mov esi, ecx
;;   0x0120: shl rsi, 3
;;   0x0124: add rsi, rax
;;   0x0127: add rsi, 10h
;;   0x012b: cmp rsi, [rdx+28h]
;;   0x012f: ja 14Ah
;;   0x0135: mov [rdx+20h], rsi
;;   0x0139: lea rdx, [r14+1Ch]
;;   0x013d: mov edx, [rdx]
;;   0x013f: mov [rax], rdx
;;   0x0142: mov [rax+8], ecx
;;   0x0145: jmp 178h
;;   0x014a: mov edx, ecx
;;   0x014c: mov esi, 1
;;   0x0151: mov rdi, r14
;;   0x0154: mov r11, rsp
;;   0x0157: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x015b: push r11
;;   0x015d: push r11
;;   0x015f: mov r11, [r14+8]
;;   0x0163: call qword ptr [r11+90h]
;;   0x016a: mov rsp, [rsp+8]
;;   0x016f: test rax, rax
;;   0x0172: je 1B6h
;;   0x0178: mov rcx, rbx
;;   0x017b: mov esi, [rax+8]
;;   0x017e: shl rsi, 3
;;   0x0182: add rsi, rax
;;   0x0185: add rsi, 10h
;;   0x0189: mov rdx, rax
;;   0x018c: add rdx, 10h
;;   0x0190: cmp rdx, rsi
;;   0x0193: jae 1A5h
;;   0x0199: mov [rdx], rcx
;;   0x019c: add rdx, 8
;;   0x01a0: jmp 190h
;;   0x01a5: mov rbx, [rbp-10h]
;;   0x01a9: mov r12, [rbp-18h]
;;   0x01ad: mov rsp, rbp
;;   0x01b0: pop rbp
;;   0x01b1: ret 10h
;;   0x01b4: ud2
;;   0x01b6: ud2
;; function 2 (new_fixed):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 40h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 26Dh
;;   0x01da: sub rsp, 40h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov [rbp-10h], rbx
;;   0x01e9: mov rbx, [rbp+10h]
;;   0x01ed: lea rcx, [r14]
;;   0x01f0: mov rcx, [rcx]
;;   0x01f3: mov rax, [rcx+20h]
;;   0x01f7: mov rdx, rax
;;   0x01fa: add rdx, 20h
;;   0x01fe: cmp rdx, [rcx+28h]
;;   0x0202: ja 221h
;;   0x0208: mov [rcx+20h], rdx
;;   0x020c: lea rcx, [r14+20h]
;;   0x0210: mov ecx, [rcx]
;;   0x0212: mov [rax], rcx
;;   0x0215: mov dword ptr [rax+8], 2
;;   0x021c: jmp 252h
;;   0x0221: mov edx, 2
;;   0x0226: mov esi, 2
;;   0x022b: mov rdi, r14
;;   0x022e: mov r11, rsp
;;   0x0231: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0235: push r11
;;   0x0237: push r11
;;   0x0239: mov r11, [r14+8]
;;   0x023d: call qword ptr [r11+90h]
;;   0x0244: mov rsp, [rsp+8]
;;   0x0249: test rax, rax
;;   0x024c: je 26Fh
;;   0x0252: mov rcx, rbx
;;   0x0255: mov [rax+10h], rcx
;;   0x0259: mov ecx, 0
;;   0x025e: mov [rax+18h], rcx
;;   0x0262: mov rbx, [rbp-10h]
;;   0x0266: mov rsp, rbp
;;   0x0269: pop rbp
;;   0x026a: ret 8
;;   0x026d: ud2
;;   0x026f: ud2
;; function 3 (new_huge):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 30h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2DBh
;;   0x029a: sub rsp, 30h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov edx, 186A0h
;;   0x02aa: mov esi, 1
;;   0x02af: mov rdi, r14
;;   0x02b2: mov r11, rsp
;;   0x02b5: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x02b9: push r11
;;   0x02bb: push r11
;;   0x02bd: mov r11, [r14+8]
;;   0x02c1: call qword ptr [r11+90h]
;;   0x02c8: mov rsp, [rsp+8]
;;   0x02cd: test rax, rax
;;   0x02d0: je 2DDh
;;   0x02d6: mov rsp, rbp
;;   0x02d9: pop rbp
;;   0x02da: ret
;;   0x02db: ud2
;;   0x02dd: ud2
