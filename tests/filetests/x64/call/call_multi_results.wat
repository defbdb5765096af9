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
;; function 0:
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 59h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov ecx, [rbp+18h]
;;   0x0028: mov eax, [rbp+10h]
;;   0x002b: test ecx, ecx
;;   0x002d: je 69h
;;   0x0033: xor edx, edx
;;   0x0035: div ecx
;;   0x0037: mov [rbp-10h], eax
;;   0x003a: mov ecx, [rbp+18h]
;;   0x003d: mov eax, [rbp+10h]
;;   0x0040: test ecx, ecx
;;   0x0042: je 69h
;;   0x0048: xor edx, edx
;;   0x004a: div ecx
;;   0x004c: mov [rbp+20h], edx
;;   0x004f: mov eax, [rbp-10h]
;;   0x0052: mov rsp, rbp
;;   0x0055: pop rbp
;;   0x0056: ret 10h
;;   0x0059: mov r11, [r14]
;;   0x005c: mov eax, 0Ah
;;   0x0061: mov rsp, [r11+8]
;;   0x0065: jmp qword ptr [r11+10h]
;;   0x0069: mov r11, [r14]
;;   0x006c: mov eax, 2
;;   0x0071: mov rsp, [r11+8]
;;   0x0075: jmp qword ptr [r11+10h]
;; function 1:
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BEh
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov dword ptr [rbp+10h], 2
;;   0x00ac: mov qword ptr [rbp+18h], 3
;;   0x00b4: mov eax, 1
;;   0x00b9: mov rsp, rbp
;;   0x00bc: pop rbp
;;   0x00bd: ret
;;   0x00be: mov r11, [r14]
;;   0x00c1: mov eax, 0Ah
;;   0x00c6: mov rsp, [r11+8]
;;   0x00ca: jmp qword ptr [r11+10h]
;; function 2 (use_divmod):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 38h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 125h
;;   0x00ea: sub rsp, 20h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: sub rsp, 18h
;;   0x00f9: mov r11d, [rbp+10h]
;;   0x00fd: mov [rsp], r11d
;;   0x0101: mov r11d, [rbp+18h]
;;   0x0105: mov [rsp+8], r11d
;;   0x010a: call 0
;;   0x010f: mov r11d, [rsp]
;;   0x0113: mov [rbp-18h], r11d
;;   0x0117: add rsp, 8
;;   0x011b: add eax, [rbp-18h]
;;   0x011e: mov rsp, rbp
;;   0x0121: pop rbp
;;   0x0122: ret 10h
;;   0x0125: mov r11, [r14]
;;   0x0128: mov eax, 0Ah
;;   0x012d: mov rsp, [r11+8]
;;   0x0131: jmp qword ptr [r11+10h]
;; function 3 (use_three):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 188h
;;   0x015a: sub rsp, 20h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: sub rsp, 10h
;;   0x0169: call 80h
;;   0x016e: mov r11d, [rsp]
;;   0x0172: mov [rbp-18h], r11d
;;   0x0176: mov r11, [rsp+8]
;;   0x017b: mov [rbp-20h], r11
;;   0x017f: add rsp, 10h
;;   0x0183: mov rsp, rbp
;;   0x0186: pop rbp
;;   0x0187: ret
;;   0x0188: mov r11, [r14]
;;   0x018b: mov eax, 0Ah
;;   0x0190: mov rsp, [r11+8]
;;   0x0194: jmp qword ptr [r11+10h]
