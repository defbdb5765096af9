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
;;   0x0014: jb 7Fh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: cmp eax, 2
;;   0x002b: setb al
;;   0x002e: movzx eax, al
;;   0x0031: test eax, eax
;;   0x0033: je 46h
;;   0x0039: mov r11d, [rbp+10h]
;;   0x003d: mov [rbp-10h], r11d
;;   0x0041: jmp 75h
;;   0x0046: mov eax, [rbp+10h]
;;   0x0049: sub eax, 1
;;   0x004c: sub rsp, 8
;;   0x0050: mov [rsp], eax
;;   0x0053: call 0
;;   0x0058: mov ecx, [rbp+10h]
;;   0x005b: sub ecx, 2
;;   0x005e: sub rsp, 8
;;   0x0062: mov [rsp], ecx
;;   0x0065: mov [rbp-10h], eax
;;   0x0068: call 0
;;   0x006d: mov ecx, [rbp-10h]
;;   0x0070: add ecx, eax
;;   0x0072: mov [rbp-10h], ecx
;;   0x0075: mov eax, [rbp-10h]
;;   0x0078: mov rsp, rbp
;;   0x007b: pop rbp
;;   0x007c: ret 8
;;   0x007f: mov r11, [r14]
;;   0x0082: mov eax, 0Ah
;;   0x0087: mov rsp, [r11+8]
;;   0x008b: jmp qword ptr [r11+10h]
