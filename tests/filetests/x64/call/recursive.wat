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
;;   0x000a: add r11, 28h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 77h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: cmp eax, 2
;;   0x002b: jae 3Eh
;;   0x0031: mov r11d, [rbp+10h]
;;   0x0035: mov [rbp-10h], r11d
;;   0x0039: jmp 6Dh
;;   0x003e: mov eax, [rbp+10h]
;;   0x0041: sub eax, 1
;;   0x0044: sub rsp, 8
;;   0x0048: mov [rsp], eax
;;   0x004b: call 0
;;   0x0050: mov ecx, [rbp+10h]
;;   0x0053: sub ecx, 2
;;   0x0056: sub rsp, 8
;;   0x005a: mov [rsp], ecx
;;   0x005d: mov [rbp-10h], eax
;;   0x0060: call 0
;;   0x0065: mov ecx, [rbp-10h]
;;   0x0068: add ecx, eax
;;   0x006a: mov [rbp-10h], ecx
;;   0x006d: mov eax, [rbp-10h]
;;   0x0070: mov rsp, rbp
;;   0x0073: pop rbp
;;   0x0074: ret 8
;;   0x0077: ud2
