;;! target = "x86_64"

(module
  (func $fib (export "fib") (param i32) (result i32)
    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
      (then (local.get 0))
      (else
        (i32.add
          (call $fib (i32.sub (local.get 0) (i32.const 1)))
          (call $fib (i32.sub (local.get 0) (i32.const 2))))))))
;; function 0 (fib):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 48h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 7Ah
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: cmp eax, 2
;;   0x0031: jae 3Fh
;;   0x0037: mov [rbp-28h], ebx
;;   0x003a: jmp 6Ch
;;   0x003f: mov eax, ebx
;;   0x0041: sub eax, 1
;;   0x0044: sub rsp, 8
;;   0x0048: mov [rsp], eax
;;   0x004b: call 0
;;   0x0050: mov ecx, ebx
;;   0x0052: sub ecx, 2
;;   0x0055: sub rsp, 8
;;   0x0059: mov [rsp], ecx
;;   0x005c: mov [rbp-28h], eax
;;   0x005f: call 0
;;   0x0064: mov ecx, [rbp-28h]
;;   0x0067: add ecx, eax
;;   0x0069: mov [rbp-28h], ecx
;;   0x006c: mov eax, [rbp-28h]
;;   0x006f: mov rbx, [rbp-10h]
;;   0x0073: mov rsp, rbp
;;   0x0076: pop rbp
;;   0x0077: ret 8
;;   0x007a: ud2
