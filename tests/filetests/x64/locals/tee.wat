;;! target = "x86_64"

(module
  (func (export "tee") (param i32) (result i32)
    (local i32)
    (i32.mul
      (local.tee 1 (i32.add (local.get 0) (i32.const 3)))
      (local.get 1)))
  (func (export "tee_const") (result i64)
    (local i64)
    (i64.add (local.tee 0 (i64.const 42)) (local.get 0)))
  (func (export "tee_local") (param i32) (result i32)
    (local i32)
    (i32.add (local.tee 1 (local.get 0)) (local.get 1))))
;; function 0 (tee):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 54h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, 0
;;   0x0036: mov eax, ebx
;;   0x0038: add eax, 3
;;   0x003b: mov r12d, eax
;;   0x003e: mov eax, r12d
;;   0x0041: imul eax, r12d
;;   0x0045: mov rbx, [rbp-10h]
;;   0x0049: mov r12, [rbp-18h]
;;   0x004d: mov rsp, rbp
;;   0x0050: pop rbp
;;   0x0051: ret 8
;;   0x0054: ud2
;; function 1 (tee_const):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 40h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0A2h
;;   0x007a: sub rsp, 40h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov ebx, 0
;;   0x008e: mov ebx, 2Ah
;;   0x0093: mov rax, rbx
;;   0x0096: add rax, rbx
;;   0x0099: mov rbx, [rbp-10h]
;;   0x009d: mov rsp, rbp
;;   0x00a0: pop rbp
;;   0x00a1: ret
;;   0x00a2: ud2
;; function 2 (tee_local):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 40h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0FEh
;;   0x00ca: sub rsp, 40h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov [rbp-10h], rbx
;;   0x00d9: mov [rbp-18h], r12
;;   0x00dd: mov ebx, [rbp+10h]
;;   0x00e0: mov r12d, 0
;;   0x00e6: mov r12d, ebx
;;   0x00e9: mov eax, r12d
;;   0x00ec: add eax, r12d
;;   0x00ef: mov rbx, [rbp-10h]
;;   0x00f3: mov r12, [rbp-18h]
;;   0x00f7: mov rsp, rbp
;;   0x00fa: pop rbp
;;   0x00fb: ret 8
;;   0x00fe: ud2
