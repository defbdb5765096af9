;;! target = "x86_64"

(module
  (func (export "abs") (param i32) (result i32)
    (if (result i32) (i32.lt_s (local.get 0) (i32.const 0))
      (then (i32.sub (i32.const 0) (local.get 0)))
      (else (local.get 0))))
  (func (export "pick64") (param i32 i64 i64) (result i64)
    (if (result i64) (local.get 0)
      (then (i64.add (local.get 1) (i64.const 1)))
      (else (i64.const 0x100000000)))))
;; function 0 (abs):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 52h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: test eax, eax
;;   0x002a: jge 40h
;;   0x0030: mov eax, 0
;;   0x0035: sub eax, [rbp+10h]
;;   0x0038: mov [rbp-10h], eax
;;   0x003b: jmp 48h
;;   0x0040: mov r11d, [rbp+10h]
;;   0x0044: mov [rbp-10h], r11d
;;   0x0048: mov eax, [rbp-10h]
;;   0x004b: mov rsp, rbp
;;   0x004e: pop rbp
;;   0x004f: ret 8
;;   0x0052: mov r11, [r14]
;;   0x0055: mov eax, 0Ah
;;   0x005a: mov rsp, [r11+8]
;;   0x005e: jmp qword ptr [r11+10h]
;; function 1 (pick64):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 20h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0CAh
;;   0x008a: sub rsp, 20h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov eax, [rbp+10h]
;;   0x0098: test eax, eax
;;   0x009a: je 0B1h
;;   0x00a0: mov rax, [rbp+18h]
;;   0x00a4: add rax, 1
;;   0x00a8: mov [rbp-10h], rax
;;   0x00ac: jmp 0BFh
;;   0x00b1: mov r11, 100000000h
;;   0x00bb: mov [rbp-10h], r11
;;   0x00bf: mov rax, [rbp-10h]
;;   0x00c3: mov rsp, rbp
;;   0x00c6: pop rbp
;;   0x00c7: ret 18h
;;   0x00ca: mov r11, [r14]
;;   0x00cd: mov eax, 0Ah
;;   0x00d2: mov rsp, [r11+8]
;;   0x00d6: jmp qword ptr [r11+10h]
