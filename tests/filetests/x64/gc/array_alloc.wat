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
;;   0x0014: jb 0D6h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov ecx, ebx
;;   0x002e: mov rdx, [r14]
;;   0x0031: cmp ecx, 1000h
;;   0x0037: ja 8Bh
;;   0x003d: mov rax, [rdx+20h]
;;   0x0041: mov esi, ecx
;;   0x0043: add rsi, rax
;;   0x0046: add rsi, 17h
;;   0x004a: and rsi, 0FFFFFFFFFFFFFFF8h
;;   0x004e: cmp rsi, [rdx+28h]
;;   0x0052: ja 8Bh
;;   0x0058: mov [rdx+20h], rsi
;;   0x005c: mov edx, [r14+18h]
;;   0x0060: mov [rax], rdx
;;   0x0063: mov [rax+8], ecx
;;   0x0066: mov rdx, rax
;;   0x0069: add rdx, 10h
;;   0x006d: cmp rdx, rsi
;;   0x0070: jae 86h
;;   0x0076: mov qword ptr [rdx], 0
;;   0x007d: add rdx, 8
;;   0x0081: jmp 6Dh
;;   0x0086: jmp 0CBh
;;   0x008b: mov edx, ecx
;;   0x008d: mov esi, 0
;;   0x0092: mov r11, [r14]
;;   0x0095: mov [r11+30h], rbp
;;   0x0099: lea rdi, [0BDh]
;;   0x00a0: mov [r11+38h], rdi
;;   0x00a4: mov rdi, r14
;;   0x00a7: mov r11, rsp
;;   0x00aa: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00ae: push r11
;;   0x00b0: push r11
;;   0x00b2: mov r11, [r14+8]
;;   0x00b6: call qword ptr [r11+90h]
;;   0x00bd: mov rsp, [rsp+8]
;;   0x00c2: test rax, rax
;;   0x00c5: je 0D8h
;;   0x00cb: mov rbx, [rbp-10h]
;;   0x00cf: mov rsp, rbp
;;   0x00d2: pop rbp
;;   0x00d3: ret 8
;;   0x00d6: ud2
;;   0x00d8: ud2
;; function 1 (new_value):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 1D1h
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov [rbp-18h], r12
;;   0x010d: mov rbx, [rbp+10h]
;;   0x0111: mov r12d, [rbp+18h]
;;   0x0115: mov ecx, r12d
;;   0x0118: mov rdx, [r14]
;;   0x011b: cmp ecx, 200h
;;   0x0121: ja 155h
;;   0x0127: mov rax, [rdx+20h]
;;   0x012b: mov esi, ecx
;;   0x012d: shl rsi, 3
;;   0x0131: add rsi, rax
;;   0x0134: add rsi, 10h
;;   0x0138: cmp rsi, [rdx+28h]
;;   0x013c: ja 155h
;;   0x0142: mov [rdx+20h], rsi
;;   0x0146: mov edx, [r14+1Ch]
;;   0x014a: mov [rax], rdx
;;   0x014d: mov [rax+8], ecx
;;   0x0150: jmp 195h
;;   0x0155: mov edx, ecx
;;   0x0157: mov esi, 1
;;   0x015c: mov r11, [r14]
;;   0x015f: mov [r11+30h], rbp
;;   0x0163: lea rdi, [187h]
;;   0x016a: mov [r11+38h], rdi
;;   0x016e: mov rdi, r14
;;   0x0171: mov r11, rsp
;;   0x0174: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0178: push r11
;;   0x017a: push r11
;;   0x017c: mov r11, [r14+8]
;;   0x0180: call qword ptr [r11+90h]
;;   0x0187: mov rsp, [rsp+8]
;;   0x018c: test rax, rax
;;   0x018f: je 1D3h
;;   0x0195: mov rcx, rbx
;;   0x0198: mov esi, [rax+8]
;;   0x019b: shl rsi, 3
;;   0x019f: add rsi, rax
;;   0x01a2: add rsi, 10h
;;   0x01a6: mov rdx, rax
;;   0x01a9: add rdx, 10h
;;   0x01ad: cmp rdx, rsi
;;   0x01b0: jae 1C2h
;;   0x01b6: mov [rdx], rcx
;;   0x01b9: add rdx, 8
;;   0x01bd: jmp 1ADh
;;   0x01c2: mov rbx, [rbp-10h]
;;   0x01c6: mov r12, [rbp-18h]
;;   0x01ca: mov rsp, rbp
;;   0x01cd: pop rbp
;;   0x01ce: ret 10h
;;   0x01d1: ud2
;;   0x01d3: ud2
;; function 2 (new_fixed):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 40h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 28Fh
;;   0x01fa: sub rsp, 40h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov rcx, [r14]
;;   0x0208: mov rax, [rcx+20h]
;;   0x020c: mov rdx, rax
;;   0x020f: add rdx, 20h
;;   0x0213: cmp rdx, [rcx+28h]
;;   0x0217: ja 234h
;;   0x021d: mov [rcx+20h], rdx
;;   0x0221: mov ecx, [r14+20h]
;;   0x0225: mov [rax], rcx
;;   0x0228: mov dword ptr [rax+8], 2
;;   0x022f: jmp 277h
;;   0x0234: mov edx, 2
;;   0x0239: mov esi, 2
;;   0x023e: mov r11, [r14]
;;   0x0241: mov [r11+30h], rbp
;;   0x0245: lea rdi, [269h]
;;   0x024c: mov [r11+38h], rdi
;;   0x0250: mov rdi, r14
;;   0x0253: mov r11, rsp
;;   0x0256: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x025a: push r11
;;   0x025c: push r11
;;   0x025e: mov r11, [r14+8]
;;   0x0262: call qword ptr [r11+90h]
;;   0x0269: mov rsp, [rsp+8]
;;   0x026e: test rax, rax
;;   0x0271: je 291h
;;   0x0277: mov rcx, [rbp+10h]
;;   0x027b: mov [rax+10h], rcx
;;   0x027f: mov ecx, 0
;;   0x0284: mov [rax+18h], rcx
;;   0x0288: mov rsp, rbp
;;   0x028b: pop rbp
;;   0x028c: ret 8
;;   0x028f: ud2
;;   0x0291: ud2
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
