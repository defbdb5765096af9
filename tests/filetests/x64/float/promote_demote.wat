;;! target = "x86_64"

(module
  (func (export "promote") (param f32) (result f64) (f64.promote_f32 (local.get 0)))
  (func (export "demote") (param f64) (result f32) (f32.demote_f64 (local.get 0)))
  (func (export "round_trip") (param f32) (result f32)
    (f32.demote_f64 (f64.promote_f32 (local.get 0)))))
;; function 0 (promote):
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
;;   0x002a: cvtss2sd xmm0, xmm0
;;   0x002e: mov rsp, rbp
;;   0x0031: pop rbp
;;   0x0032: ret 8
;;   0x0035: mov r11, [r14]
;;   0x0038: mov eax, 0Ah
;;   0x003d: mov rsp, [r11+8]
;;   0x0041: jmp qword ptr [r11+10h]
;; function 1 (demote):
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
;;   0x007a: cvtsd2ss xmm0, xmm0
;;   0x007e: mov rsp, rbp
;;   0x0081: pop rbp
;;   0x0082: ret 8
;;   0x0085: mov r11, [r14]
;;   0x0088: mov eax, 0Ah
;;   0x008d: mov rsp, [r11+8]
;;   0x0091: jmp qword ptr [r11+10h]
;; function 2 (round_trip):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D9h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: movss xmm0, [rbp+10h]
;;   0x00ca: cvtss2sd xmm0, xmm0
;;   0x00ce: cvtsd2ss xmm0, xmm0
;;   0x00d2: mov rsp, rbp
;;   0x00d5: pop rbp
;;   0x00d6: ret 8
;;   0x00d9: mov r11, [r14]
;;   0x00dc: mov eax, 0Ah
;;   0x00e1: mov rsp, [r11+8]
;;   0x00e5: jmp qword ptr [r11+10h]
