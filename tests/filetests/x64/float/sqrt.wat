;;! target = "x86_64"

(module
  (func (export "f32_sqrt") (param f32) (result f32) (f32.sqrt (local.get 0)))
  (func (export "f64_sqrt") (param f64) (result f64) (f64.sqrt (local.get 0))))
;; function 0 (f32_sqrt):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 35h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: sqrtss xmm0, xmm0
;;   0x002e: mov rsp, rbp
;;   0x0031: pop rbp
;;   0x0032: ret 8
;;   0x0035: mov r11, [r14]
;;   0x0038: mov eax, 0Ah
;;   0x003d: mov rsp, [r11+8]
;;   0x0041: jmp qword ptr [r11+10h]
;; function 1 (f64_sqrt):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 85h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: movsd xmm0, [rbp+10h]
;;   0x007a: sqrtsd xmm0, xmm0
;;   0x007e: mov rsp, rbp
;;   0x0081: pop rbp
;;   0x0082: ret 8
;;   0x0085: mov r11, [r14]
;;   0x0088: mov eax, 0Ah
;;   0x008d: mov rsp, [r11+8]
;;   0x0091: jmp qword ptr [r11+10h]
