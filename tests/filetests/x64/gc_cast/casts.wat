;;! target = "x86_64"

;; GC casts: a null check, the tag bits, then the object's type id against
;; the target's (vmctx); a non-final target asks the builtin on a mismatch,
;; with every value spilled first. i31 references are shifts.
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
;;   0x00f4: jb 193h
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov rbx, [rbp+10h]
;;   0x010d: mov rax, rbx
;;   0x0110: test rax, rax
;;   0x0113: je 16Ah
;;   0x0119: mov ecx, eax
;;   0x011b: and ecx, 3
;;   0x011e: test ecx, ecx
;;   0x0120: jne 165h
;;   0x0126: mov ecx, [rax]
;;   0x0128: lea rdx, [r14+1Ch]
;;   0x012c: mov edx, [rdx]
;;   0x012e: cmp ecx, edx
;;   0x0130: je 16Ah
;;   0x0136: mov esi, ecx
;;   0x0138: mov edx, 1
;;   0x013d: mov rdi, r14
;;   0x0140: mov r11, rsp
;;   0x0143: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0147: push r11
;;   0x0149: push r11
;;   0x014b: mov r11, [r14+8]
;;   0x014f: call qword ptr [r11+0C0h]
;;   0x0156: mov rsp, [rsp+8]
;;   0x015b: mov eax, eax
;;   0x015d: test eax, eax
;;   0x015f: jne 16Ah
;;   0x0165: jmp 173h
;;   0x016a: mov [rbp-28h], rbx
;;   0x016e: jmp 183h
;;   0x0173: mov eax, 0
;;   0x0178: mov rbx, [rbp-10h]
;;   0x017c: mov rsp, rbp
;;   0x017f: pop rbp
;;   0x0180: ret 8
;;   0x0183: mov eax, 1
;;   0x0188: mov rbx, [rbp-10h]
;;   0x018c: mov rsp, rbp
;;   0x018f: pop rbp
;;   0x0190: ret 8
;;   0x0193: ud2
;; function 3 (i31_round_trip):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 30h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 1EBh
;;   0x01ba: sub rsp, 30h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov [rbp-10h], rbx
;;   0x01c9: mov ebx, [rbp+10h]
;;   0x01cc: mov eax, ebx
;;   0x01ce: shl eax, 1
;;   0x01d1: or eax, 1
;;   0x01d4: test rax, rax
;;   0x01d7: je 1EDh
;;   0x01dd: sar eax, 1
;;   0x01e0: mov rbx, [rbp-10h]
;;   0x01e4: mov rsp, rbp
;;   0x01e7: pop rbp
;;   0x01e8: ret 8
;;   0x01eb: ud2
;;   0x01ed: ud2
