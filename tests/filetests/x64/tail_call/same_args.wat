;;! target = "x86_64"

;; A tail call with as many parameter bytes as the caller's: the arguments
;; (stored at rsp first) are copied over the caller's parameters from the
;; last one down, the frame is popped and the callee jumped to; the pinned
;; local's register is restored before.
(module
  (func $loop (param i64 i64) (result i64)
    (if (result i64) (i64.eqz (local.get 0))
      (then (local.get 1))
      (else
        (return_call $loop
          (i64.sub (local.get 0) (i64.const 1))
          (i64.add (local.get 1) (local.get 0)))))))
;; function 0 (loop):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 50h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 96h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov rbx, [rbp+10h]
;;   0x0031: mov r12, [rbp+18h]
;;   0x0035: test rbx, rbx
;;   0x0038: jne 47h
;;   0x003e: mov [rbp-28h], r12
;;   0x0042: jmp 83h
;;   0x0047: mov rax, rbx
;;   0x004a: sub rax, 1
;;   0x004e: mov rcx, r12
;;   0x0051: add rcx, rbx
;;   0x0054: sub rsp, 10h
;;   0x0058: mov [rsp], rax
;;   0x005c: mov [rsp+8], rcx
;;   0x0061: mov rbx, [rbp-10h]
;;   0x0065: mov r12, [rbp-18h]
;;   0x0069: mov r11, [rsp+8]
;;   0x006e: mov [rbp+18h], r11
;;   0x0072: mov r11, [rsp]
;;   0x0076: mov [rbp+10h], r11
;;   0x007a: mov rsp, rbp
;;   0x007d: pop rbp
;;   0x007e: jmp 0
;;   0x0083: mov rax, [rbp-28h]
;;   0x0087: mov rbx, [rbp-10h]
;;   0x008b: mov r12, [rbp-18h]
;;   0x008f: mov rsp, rbp
;;   0x0092: pop rbp
;;   0x0093: ret 10h
;;   0x0096: ud2
