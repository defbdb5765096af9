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
;;   0x002d: je 5Bh
;;   0x0033: xor edx, edx
;;   0x0035: div ecx
;;   0x0037: mov [rbp-10h], eax
;;   0x003a: mov ecx, [rbp+18h]
;;   0x003d: mov eax, [rbp+10h]
;;   0x0040: test ecx, ecx
;;   0x0042: je 5Bh
;;   0x0048: xor edx, edx
;;   0x004a: div ecx
;;   0x004c: mov [rbp+20h], edx
;;   0x004f: mov eax, [rbp-10h]
;;   0x0052: mov rsp, rbp
;;   0x0055: pop rbp
;;   0x0056: ret 10h
;;   0x0059: ud2
;;   0x005b: ud2
;; function 1:
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 9Eh
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov dword ptr [rbp+10h], 2
;;   0x008c: mov qword ptr [rbp+18h], 3
;;   0x0094: mov eax, 1
;;   0x0099: mov rsp, rbp
;;   0x009c: pop rbp
;;   0x009d: ret
;;   0x009e: ud2
;; function 2 (use_divmod):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 38h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0F5h
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: sub rsp, 18h
;;   0x00c9: mov r11d, [rbp+10h]
;;   0x00cd: mov [rsp], r11d
;;   0x00d1: mov r11d, [rbp+18h]
;;   0x00d5: mov [rsp+8], r11d
;;   0x00da: call 0
;;   0x00df: mov r11d, [rsp]
;;   0x00e3: mov [rbp-18h], r11d
;;   0x00e7: add rsp, 8
;;   0x00eb: add eax, [rbp-18h]
;;   0x00ee: mov rsp, rbp
;;   0x00f1: pop rbp
;;   0x00f2: ret 10h
;;   0x00f5: ud2
;; function 3 (use_three):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 30h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 148h
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: sub rsp, 10h
;;   0x0129: call 60h
;;   0x012e: mov r11d, [rsp]
;;   0x0132: mov [rbp-18h], r11d
;;   0x0136: mov r11, [rsp+8]
;;   0x013b: mov [rbp-20h], r11
;;   0x013f: add rsp, 10h
;;   0x0143: mov rsp, rbp
;;   0x0146: pop rbp
;;   0x0147: ret
;;   0x0148: ud2
