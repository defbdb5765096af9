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
    ;; A value above the target's base is left behind: the branch carries
    ;; none, so it is still direct.
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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 46h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: test ebx, ebx
;;   0x002e: jne 39h
;;   0x0034: mov ebx, 2Ah
;;   0x0039: mov eax, ebx
;;   0x003b: mov rbx, [rbp-10h]
;;   0x003f: mov rsp, rbp
;;   0x0042: pop rbp
;;   0x0043: ret 8
;;   0x0046: ud2
;; function 1 (br_if_value):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 0B3h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov [rbp-18h], r12
;;   0x007d: mov ebx, [rbp+10h]
;;   0x0080: mov r12d, [rbp+18h]
;;   0x0084: mov eax, ebx
;;   0x0086: add eax, 1
;;   0x0089: test r12d, r12d
;;   0x008c: je 9Ah
;;   0x0092: mov [rbp-28h], eax
;;   0x0095: jmp 0A1h
;;   0x009a: mov dword ptr [rbp-28h], 7
;;   0x00a1: mov eax, [rbp-28h]
;;   0x00a4: mov rbx, [rbp-10h]
;;   0x00a8: mov r12, [rbp-18h]
;;   0x00ac: mov rsp, rbp
;;   0x00af: pop rbp
;;   0x00b0: ret 10h
;;   0x00b3: ud2
;; function 2 (br_if_extra):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 101h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov ebx, [rbp+10h]
;;   0x00ec: test ebx, ebx
;;   0x00ee: jne 0F4h
;;   0x00f4: mov eax, ebx
;;   0x00f6: mov rbx, [rbp-10h]
;;   0x00fa: mov rsp, rbp
;;   0x00fd: pop rbp
;;   0x00fe: ret 8
;;   0x0101: ud2
