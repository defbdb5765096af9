;;! target = "x86_64"

;; Code after br, return and br_table emits nothing until the next label.
(module
  (func (export "after_br") (param i32) (result i32)
    (block $b (result i32)
      (br $b (local.get 0))
      (i32.const 1)
      (i32.const 2)
      i32.add
      drop
      (block (loop (br 0)))
      (if (result i32) (local.get 0) (then (i32.const 3)) (else (i32.const 4))))
    (i32.const 10)
    i32.add)
  (func (export "after_return") (param i32) (result i32)
    (return (local.get 0))
    (i32.div_s (local.get 0) (i32.const 0)))
  (func (export "dead_if_arm") (param i32) (result i32)
    (if (result i32) (local.get 0)
      (then (br 0 (i32.const 1)) (drop (i32.const 99)) (i32.const 2))
      (else (i32.const 3)))))
;; function 0 (after_br):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Fh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r11d, [rbp+10h]
;;   0x0029: mov [rbp-10h], r11d
;;   0x002d: jmp 32h
;;   0x0032: mov eax, [rbp-10h]
;;   0x0035: add eax, 0Ah
;;   0x0038: mov rsp, rbp
;;   0x003b: pop rbp
;;   0x003c: ret 8
;;   0x003f: ud2
;; function 1 (after_return):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 7Fh
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: mov rsp, rbp
;;   0x007b: pop rbp
;;   0x007c: ret 8
;;   0x007f: ud2
;; function 2 (dead_if_arm):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 10h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0DDh
;;   0x00aa: sub rsp, 10h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov eax, [rbp+10h]
;;   0x00b8: test eax, eax
;;   0x00ba: je 0CCh
;;   0x00c0: mov dword ptr [rbp-10h], 1
;;   0x00c7: jmp 0D3h
;;   0x00cc: mov dword ptr [rbp-10h], 3
;;   0x00d3: mov eax, [rbp-10h]
;;   0x00d6: mov rsp, rbp
;;   0x00d9: pop rbp
;;   0x00da: ret 8
;;   0x00dd: ud2
