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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 40h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov dword ptr [rbp-10h], 0
;;   0x002c: mov eax, [rbp+10h]
;;   0x002f: add eax, 3
;;   0x0032: mov [rbp-10h], eax
;;   0x0035: imul eax, [rbp-10h]
;;   0x0039: mov rsp, rbp
;;   0x003c: pop rbp
;;   0x003d: ret 8
;;   0x0040: ud2
;; function 1 (tee_const):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 92h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov qword ptr [rbp-10h], 0
;;   0x007d: mov qword ptr [rbp-10h], 2Ah
;;   0x0085: mov rax, [rbp-10h]
;;   0x0089: add rax, [rbp-10h]
;;   0x008d: mov rsp, rbp
;;   0x0090: pop rbp
;;   0x0091: ret
;;   0x0092: ud2
;; function 2 (tee_local):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E1h
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov dword ptr [rbp-10h], 0
;;   0x00cc: mov r11d, [rbp+10h]
;;   0x00d0: mov [rbp-10h], r11d
;;   0x00d4: mov eax, [rbp-10h]
;;   0x00d7: add eax, [rbp-10h]
;;   0x00da: mov rsp, rbp
;;   0x00dd: pop rbp
;;   0x00de: ret 8
;;   0x00e1: ud2
