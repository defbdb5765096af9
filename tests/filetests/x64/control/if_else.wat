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
;;   0x0052: ud2
;; function 1 (pick64):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0BAh
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov eax, [rbp+10h]
;;   0x0088: test eax, eax
;;   0x008a: je 0A1h
;;   0x0090: mov rax, [rbp+18h]
;;   0x0094: add rax, 1
;;   0x0098: mov [rbp-10h], rax
;;   0x009c: jmp 0AFh
;;   0x00a1: mov r11, 100000000h
;;   0x00ab: mov [rbp-10h], r11
;;   0x00af: mov rax, [rbp-10h]
;;   0x00b3: mov rsp, rbp
;;   0x00b6: pop rbp
;;   0x00b7: ret 18h
;;   0x00ba: ud2
