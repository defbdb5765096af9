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
;;   0x0014: jb 57h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+10h]
;;   0x0029: test rax, rax
;;   0x002c: je 49h
;;   0x0032: mov ecx, eax
;;   0x0034: and ecx, 1
;;   0x0037: test ecx, ecx
;;   0x0039: jne 49h
;;   0x003f: mov ecx, 0
;;   0x0044: jmp 4Eh
;;   0x0049: mov ecx, 1
;;   0x004e: mov eax, ecx
;;   0x0050: mov rsp, rbp
;;   0x0053: pop rbp
;;   0x0054: ret 8
;;   0x0057: ud2
;; function 1 (cast_final):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0B9h
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov rax, [rbp+10h]
;;   0x0089: test rax, rax
;;   0x008c: je 0ADh
;;   0x0092: mov ecx, eax
;;   0x0094: and ecx, 3
;;   0x0097: test ecx, ecx
;;   0x0099: jne 0ADh
;;   0x009f: mov ecx, [rax]
;;   0x00a1: mov edx, [r14+18h]
;;   0x00a5: cmp ecx, edx
;;   0x00a7: je 0B2h
;;   0x00ad: jmp 0BBh
;;   0x00b2: mov rsp, rbp
;;   0x00b5: pop rbp
;;   0x00b6: ret 8
;;   0x00b9: ud2
;;   0x00bb: ud2
;; function 2 (br_open):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 159h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov rax, [rbp+10h]
;;   0x00e9: test rax, rax
;;   0x00ec: je 138h
;;   0x00f2: mov ecx, eax
;;   0x00f4: and ecx, 3
;;   0x00f7: test ecx, ecx
;;   0x00f9: jne 133h
;;   0x00ff: mov ecx, [rax]
;;   0x0101: mov edx, [r14+1Ch]
;;   0x0105: cmp ecx, edx
;;   0x0107: je 138h
;;   0x010d: mov rsi, [r14+90h]
;;   0x0114: cmp ecx, [rsi]
;;   0x0116: jae 133h
;;   0x011c: mov rsi, [rsi+8]
;;   0x0120: shl rcx, 3
;;   0x0124: add rsi, rcx
;;   0x0127: mov rsi, [rsi]
;;   0x012a: cmp edx, [rsi+8]
;;   0x012d: je 138h
;;   0x0133: jmp 141h
;;   0x0138: mov [rbp-28h], rax
;;   0x013c: jmp 14Dh
;;   0x0141: mov eax, 0
;;   0x0146: mov rsp, rbp
;;   0x0149: pop rbp
;;   0x014a: ret 8
;;   0x014d: mov eax, 1
;;   0x0152: mov rsp, rbp
;;   0x0155: pop rbp
;;   0x0156: ret 8
;;   0x0159: ud2
;; function 3 (i31_round_trip):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 30h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1ABh
;;   0x017a: sub rsp, 30h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov [rbp-10h], rbx
;;   0x0189: mov ebx, [rbp+10h]
;;   0x018c: mov eax, ebx
;;   0x018e: shl eax, 1
;;   0x0191: or eax, 1
;;   0x0194: test rax, rax
;;   0x0197: je 1ADh
;;   0x019d: sar eax, 1
;;   0x01a0: mov rbx, [rbp-10h]
;;   0x01a4: mov rsp, rbp
;;   0x01a7: pop rbp
;;   0x01a8: ret 8
;;   0x01ab: ud2
;;   0x01ad: ud2
