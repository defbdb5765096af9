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
;;   0x000a: add r11, 58h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 82h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov dword ptr [rbp-28h], 0
;;   0x0033: mov dword ptr [rbp-30h], 1
;;   0x003a: mov eax, ebx
;;   0x003c: sub eax, 1
;;   0x003f: mov ebx, eax
;;   0x0041: sub rsp, 18h
;;   0x0045: mov r11d, [rbp-28h]
;;   0x0049: mov [rsp], r11d
;;   0x004d: mov r11d, [rbp-30h]
;;   0x0051: mov [rsp+8], r11d
;;   0x0056: call 90h
;;   0x005b: mov r11d, [rsp]
;;   0x005f: mov [rbp-30h], r11d
;;   0x0063: add rsp, 8
;;   0x0067: test ebx, ebx
;;   0x0069: je 77h
;;   0x006f: mov [rbp-28h], eax
;;   0x0072: jmp 3Ah
;;   0x0077: mov rbx, [rbp-10h]
;;   0x007b: mov rsp, rbp
;;   0x007e: pop rbp
;;   0x007f: ret 8
;;   0x0082: ud2
;; function 1 (swap_add):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 40h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0DEh
;;   0x00aa: sub rsp, 40h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov [rbp-10h], rbx
;;   0x00b9: mov [rbp-18h], r12
;;   0x00bd: mov ebx, [rbp+10h]
;;   0x00c0: mov r12d, [rbp+18h]
;;   0x00c4: mov eax, ebx
;;   0x00c6: add eax, r12d
;;   0x00c9: mov [rbp+20h], eax
;;   0x00cc: mov eax, r12d
;;   0x00cf: mov rbx, [rbp-10h]
;;   0x00d3: mov r12, [rbp-18h]
;;   0x00d7: mov rsp, rbp
;;   0x00da: pop rbp
;;   0x00db: ret 10h
;;   0x00de: ud2
