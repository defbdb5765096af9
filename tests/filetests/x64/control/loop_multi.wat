;;! target = "x86_64"

;; A loop with two parameters: the back edge moves both values down into the
;; parameter slots (in increasing depth, so no source is overwritten).
(module
  (func (export "fib_iter") (param i32) (result i32)
    (i32.const 0)
    (i32.const 1)
    (loop $l (param i32 i32) (result i32 i32)
      (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
      ;; (a, b) -> (b, a + b)
      (call $swap_add)
      (br_if $l (local.get 0)))
    drop)
  (func $swap_add (param i32 i32) (result i32 i32)
    (local.get 1)
    (i32.add (local.get 0) (local.get 1))))
;; function 0 (fib_iter):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 48h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 7Ch
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov dword ptr [rbp-10h], 0
;;   0x002c: mov dword ptr [rbp-18h], 1
;;   0x0033: mov eax, [rbp+10h]
;;   0x0036: sub eax, 1
;;   0x0039: mov [rbp+10h], eax
;;   0x003c: sub rsp, 18h
;;   0x0040: mov r11d, [rbp-10h]
;;   0x0044: mov [rsp], r11d
;;   0x0048: mov r11d, [rbp-18h]
;;   0x004c: mov [rsp+8], r11d
;;   0x0051: call 80h
;;   0x0056: mov r11d, [rsp]
;;   0x005a: mov [rbp-18h], r11d
;;   0x005e: add rsp, 8
;;   0x0062: mov ecx, [rbp+10h]
;;   0x0065: test ecx, ecx
;;   0x0067: je 75h
;;   0x006d: mov [rbp-10h], eax
;;   0x0070: jmp 33h
;;   0x0075: mov rsp, rbp
;;   0x0078: pop rbp
;;   0x0079: ret 8
;;   0x007c: ud2
;; function 1:
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B8h
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, [rbp+10h]
;;   0x00a8: add eax, [rbp+18h]
;;   0x00ab: mov [rbp+20h], eax
;;   0x00ae: mov eax, [rbp+18h]
;;   0x00b1: mov rsp, rbp
;;   0x00b4: pop rbp
;;   0x00b5: ret 10h
;;   0x00b8: ud2
