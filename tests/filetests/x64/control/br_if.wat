;;! target = "x86_64"

(module
  (func (export "br_if_direct") (param i32) (result i32)
    ;; No values to move: branch directly on the condition.
    (block $b
      (br_if $b (local.get 0))
      (local.set 0 (i32.const 42)))
    (local.get 0))
  (func (export "br_if_value") (param i32 i32) (result i32)
    ;; The value must reach the block's slot only on the taken path.
    (block $b (result i32)
      (drop (br_if $b (i32.add (local.get 0) (i32.const 1)) (local.get 1)))
      (i32.const 7)))
  (func (export "br_if_extra") (param i32) (result i32)
    ;; An extra value above the target's base forces the slow path.
    (block $b
      (i32.const 3)
      (br_if $b (local.get 0))
      drop)
    (local.get 0)))
;; function 0 (br_if_direct):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 41h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: test eax, eax
;;   0x002a: jne 37h
;;   0x0030: mov dword ptr [rbp+10h], 2Ah
;;   0x0037: mov eax, [rbp+10h]
;;   0x003a: mov rsp, rbp
;;   0x003d: pop rbp
;;   0x003e: ret 8
;;   0x0041: mov r11, [r14]
;;   0x0044: mov eax, 0Ah
;;   0x0049: mov rsp, [r11+8]
;;   0x004d: jmp qword ptr [r11+10h]
;; function 1 (br_if_value):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0AFh
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov eax, [rbp+10h]
;;   0x0088: add eax, 1
;;   0x008b: mov ecx, [rbp+18h]
;;   0x008e: test ecx, ecx
;;   0x0090: je 9Eh
;;   0x0096: mov [rbp-10h], eax
;;   0x0099: jmp 0A5h
;;   0x009e: mov dword ptr [rbp-10h], 7
;;   0x00a5: mov eax, [rbp-10h]
;;   0x00a8: mov rsp, rbp
;;   0x00ab: pop rbp
;;   0x00ac: ret 10h
;;   0x00af: mov r11, [r14]
;;   0x00b2: mov eax, 0Ah
;;   0x00b7: mov rsp, [r11+8]
;;   0x00bb: jmp qword ptr [r11+10h]
;; function 2 (br_if_extra):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0FFh
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov eax, [rbp+10h]
;;   0x00e8: test eax, eax
;;   0x00ea: je 0F5h
;;   0x00f0: jmp 0F5h
;;   0x00f5: mov eax, [rbp+10h]
;;   0x00f8: mov rsp, rbp
;;   0x00fb: pop rbp
;;   0x00fc: ret 8
;;   0x00ff: mov r11, [r14]
;;   0x0102: mov eax, 0Ah
;;   0x0107: mov rsp, [r11+8]
;;   0x010b: jmp qword ptr [r11+10h]
