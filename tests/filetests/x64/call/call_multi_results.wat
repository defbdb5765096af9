;;! target = "x86_64"

;; Results 1.. come back in a result area that the caller reserves above the
;; arguments and releases after copying them to their slots.
(module
  (func $divmod (param i32 i32) (result i32 i32)
    (i32.div_u (local.get 0) (local.get 1))
    (i32.rem_u (local.get 0) (local.get 1)))
  (func $three (result i64 i32 i64)
    (i64.const 1) (i32.const 2) (i64.const 3))
  (func (export "use_divmod") (param i32 i32) (result i32)
    (call $divmod (local.get 0) (local.get 1))
    i32.add)
  (func (export "use_three") (result i64)
    (call $three)
    (drop)
    (drop)))
;; function 0 (divmod):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Eh
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov ecx, r12d
;;   0x0037: mov eax, ebx
;;   0x0039: test ecx, ecx
;;   0x003b: je 70h
;;   0x0041: xor edx, edx
;;   0x0043: div ecx
;;   0x0045: mov [rbp-28h], eax
;;   0x0048: mov ecx, r12d
;;   0x004b: mov eax, ebx
;;   0x004d: test ecx, ecx
;;   0x004f: je 70h
;;   0x0055: xor edx, edx
;;   0x0057: div ecx
;;   0x0059: mov [rbp+20h], edx
;;   0x005c: mov eax, [rbp-28h]
;;   0x005f: mov rbx, [rbp-10h]
;;   0x0063: mov r12, [rbp-18h]
;;   0x0067: mov rsp, rbp
;;   0x006a: pop rbp
;;   0x006b: ret 10h
;;   0x006e: ud2
;;   0x0070: ud2
;; function 1 (three):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 40h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BEh
;;   0x009a: sub rsp, 40h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov dword ptr [rbp+10h], 2
;;   0x00ac: mov qword ptr [rbp+18h], 3
;;   0x00b4: mov eax, 1
;;   0x00b9: mov rsp, rbp
;;   0x00bc: pop rbp
;;   0x00bd: ret
;;   0x00be: ud2
;; function 2 (use_divmod):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 48h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 123h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov [rbp-18h], r12
;;   0x00ed: mov ebx, [rbp+10h]
;;   0x00f0: mov r12d, [rbp+18h]
;;   0x00f4: sub rsp, 18h
;;   0x00f8: mov [rsp], ebx
;;   0x00fb: mov [rsp+8], r12d
;;   0x0100: call 0
;;   0x0105: mov r11d, [rsp]
;;   0x0109: mov [rbp-30h], r11d
;;   0x010d: add rsp, 8
;;   0x0111: add eax, [rbp-30h]
;;   0x0114: mov rbx, [rbp-10h]
;;   0x0118: mov r12, [rbp-18h]
;;   0x011c: mov rsp, rbp
;;   0x011f: pop rbp
;;   0x0120: ret 10h
;;   0x0123: ud2
;; function 3 (use_three):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 50h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 178h
;;   0x014a: sub rsp, 40h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: sub rsp, 10h
;;   0x0159: call 80h
;;   0x015e: mov r11d, [rsp]
;;   0x0162: mov [rbp-30h], r11d
;;   0x0166: mov r11, [rsp+8]
;;   0x016b: mov [rbp-38h], r11
;;   0x016f: add rsp, 10h
;;   0x0173: mov rsp, rbp
;;   0x0176: pop rbp
;;   0x0177: ret
;;   0x0178: ud2
