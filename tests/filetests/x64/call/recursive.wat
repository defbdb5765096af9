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
;;   0x0014: jb 78h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: cmp ebx, 2
;;   0x002f: jae 3Dh
;;   0x0035: mov [rbp-28h], ebx
;;   0x0038: jmp 6Ah
;;   0x003d: mov eax, ebx
;;   0x003f: sub eax, 1
;;   0x0042: sub rsp, 8
;;   0x0046: mov [rsp], eax
;;   0x0049: call 0
;;   0x004e: mov ecx, ebx
;;   0x0050: sub ecx, 2
;;   0x0053: sub rsp, 8
;;   0x0057: mov [rsp], ecx
;;   0x005a: mov [rbp-28h], eax
;;   0x005d: call 0
;;   0x0062: mov ecx, [rbp-28h]
;;   0x0065: add ecx, eax
;;   0x0067: mov [rbp-28h], ecx
;;   0x006a: mov eax, [rbp-28h]
;;   0x006d: mov rbx, [rbp-10h]
;;   0x0071: mov rsp, rbp
;;   0x0074: pop rbp
;;   0x0075: ret 8
;;   0x0078: ud2
