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
;;   0x0041: ud2
;; function 1 (br_if_value):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 9Fh
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: add eax, 1
;;   0x007b: mov ecx, [rbp+18h]
;;   0x007e: test ecx, ecx
;;   0x0080: je 8Eh
;;   0x0086: mov [rbp-10h], eax
;;   0x0089: jmp 95h
;;   0x008e: mov dword ptr [rbp-10h], 7
;;   0x0095: mov eax, [rbp-10h]
;;   0x0098: mov rsp, rbp
;;   0x009b: pop rbp
;;   0x009c: ret 10h
;;   0x009f: ud2
;; function 2 (br_if_extra):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 20h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0EFh
;;   0x00ca: sub rsp, 20h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov eax, [rbp+10h]
;;   0x00d8: test eax, eax
;;   0x00da: je 0E5h
;;   0x00e0: jmp 0E5h
;;   0x00e5: mov eax, [rbp+10h]
;;   0x00e8: mov rsp, rbp
;;   0x00eb: pop rbp
;;   0x00ec: ret 8
;;   0x00ef: ud2
