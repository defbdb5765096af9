;;! target = "x86_64"

;; GC casts: a null check, the tag bits, then the object's type id against
;; the target's (vmctx); for a non-final target, on a mismatch, the id at
;; the target's depth of the object type's display record (read through
;; the vmctx's pointer to the engine's displays, the id bounded by their
;; count). i31 references are shifts.
(module
  (type $final (struct (field i32)))
  (type $open (sub (struct)))
  (func (export "test_i31") (param anyref) (result i32)
    (ref.test i31ref (local.get 0)))
  (func (export "cast_final") (param anyref) (result (ref $final))
    (ref.cast (ref $final) (local.get 0)))
  (func (export "br_open") (param anyref) (result i32)
    (block $l (result (ref null $open))
      (br_on_cast $l anyref (ref null $open) (local.get 0))
      (drop)
      (return (i32.const 0)))
    (drop)
    (i32.const 1))
  (func (export "i31_round_trip") (param i32) (result i32)
    (i31.get_s (ref.i31 (local.get 0)))))
;; function 0 (test_i31):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 62h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: mov rax, rbx
;;   0x0030: test rax, rax
;;   0x0033: je 50h
;;   0x0039: mov ecx, eax
;;   0x003b: and ecx, 1
;;   0x003e: test ecx, ecx
;;   0x0040: jne 50h
;;   0x0046: mov ecx, 0
;;   0x004b: jmp 55h
;;   0x0050: mov ecx, 1
;;   0x0055: mov eax, ecx
;;   0x0057: mov rbx, [rbp-10h]
;;   0x005b: mov rsp, rbp
;;   0x005e: pop rbp
;;   0x005f: ret 8
;;   0x0062: ud2
;; function 1 (cast_final):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0D6h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov rbx, [rbp+10h]
;;   0x009d: mov rax, rbx
;;   0x00a0: test rax, rax
;;   0x00a3: je 0C6h
;;   0x00a9: mov ecx, eax
;;   0x00ab: and ecx, 3
;;   0x00ae: test ecx, ecx
;;   0x00b0: jne 0C6h
;;   0x00b6: mov ecx, [rax]
;;   0x00b8: lea rdx, [r14+18h]
;;   0x00bc: mov edx, [rdx]
;;   0x00be: cmp ecx, edx
;;   0x00c0: je 0CBh
;;   0x00c6: jmp 0D8h
;;   0x00cb: mov rbx, [rbp-10h]
;;   0x00cf: mov rsp, rbp
;;   0x00d2: pop rbp
;;   0x00d3: ret 8
;;   0x00d6: ud2
;;   0x00d8: ud2
;; function 2 (br_open):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 18Dh
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov rbx, [rbp+10h]
;;   0x010d: mov rax, rbx
;;   0x0110: test rax, rax
;;   0x0113: je 164h
;;   0x0119: mov ecx, eax
;;   0x011b: and ecx, 3
;;   0x011e: test ecx, ecx
;;   0x0120: jne 15Fh
;;   0x0126: mov ecx, [rax]
;;   0x0128: lea rdx, [r14+1Ch]
;;   0x012c: mov edx, [rdx]
;;   0x012e: cmp ecx, edx
;;   0x0130: je 164h
;;   0x0136: lea rsi, [r14+90h]
;;   0x013d: mov rsi, [rsi]
;;   0x0140: cmp ecx, [rsi]
;;   0x0142: jae 15Fh
;;   0x0148: mov rsi, [rsi+8]
;;   0x014c: shl rcx, 3
;;   0x0150: add rsi, rcx
;;   0x0153: mov rsi, [rsi]
;;   0x0156: cmp edx, [rsi+8]
;;   0x0159: je 164h
;;   0x015f: jmp 16Dh
;;   0x0164: mov [rbp-28h], rax
;;   0x0168: jmp 17Dh
;;   0x016d: mov eax, 0
;;   0x0172: mov rbx, [rbp-10h]
;;   0x0176: mov rsp, rbp
;;   0x0179: pop rbp
;;   0x017a: ret 8
;;   0x017d: mov eax, 1
;;   0x0182: mov rbx, [rbp-10h]
;;   0x0186: mov rsp, rbp
;;   0x0189: pop rbp
;;   0x018a: ret 8
;;   0x018d: ud2
;; function 3 (i31_round_trip):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1DBh
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov [rbp-10h], rbx
;;   0x01b9: mov ebx, [rbp+10h]
;;   0x01bc: mov eax, ebx
;;   0x01be: shl eax, 1
;;   0x01c1: or eax, 1
;;   0x01c4: test rax, rax
;;   0x01c7: je 1DDh
;;   0x01cd: sar eax, 1
;;   0x01d0: mov rbx, [rbp-10h]
;;   0x01d4: mov rsp, rbp
;;   0x01d7: pop rbp
;;   0x01d8: ret 8
;;   0x01db: ud2
;;   0x01dd: ud2
