;;! target = "x86_64"

(module
  (func (export "clamp") (param i32) (result i32)
    (if (i32.gt_u (local.get 0) (i32.const 100))
      (then (local.set 0 (i32.const 100))))
    (local.get 0))
  (func (export "if_param") (param i32 i32) (result i32)
    ;; An if without else whose parameter passes through as its result.
    (local.get 1)
    (if (param i32) (result i32) (local.get 0)
      (then (i32.mul (i32.const 3)))))
  (func (export "live_across") (param i32) (result i32)
    (i32.add (local.get 0) (i32.const 7))
    (if (local.get 0) (then nop))
    (i32.const 1)
    i32.add))
;; function 0 (clamp):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 47h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: cmp ebx, 64h
;;   0x002f: jbe 3Ah
;;   0x0035: mov ebx, 64h
;;   0x003a: mov eax, ebx
;;   0x003c: mov rbx, [rbp-10h]
;;   0x0040: mov rsp, rbp
;;   0x0043: pop rbp
;;   0x0044: ret 8
;;   0x0047: ud2
;; function 1 (if_param):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 0ABh
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov [rbp-18h], r12
;;   0x007d: mov ebx, [rbp+10h]
;;   0x0080: mov r12d, [rbp+18h]
;;   0x0084: mov [rbp-28h], r12d
;;   0x0088: test ebx, ebx
;;   0x008a: je 99h
;;   0x0090: mov eax, [rbp-28h]
;;   0x0093: imul eax, 3
;;   0x0096: mov [rbp-28h], eax
;;   0x0099: mov eax, [rbp-28h]
;;   0x009c: mov rbx, [rbp-10h]
;;   0x00a0: mov r12, [rbp-18h]
;;   0x00a4: mov rsp, rbp
;;   0x00a7: pop rbp
;;   0x00a8: ret 10h
;;   0x00ab: ud2
;; function 2 (live_across):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 30h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0FDh
;;   0x00ca: sub rsp, 30h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov [rbp-10h], rbx
;;   0x00d9: mov ebx, [rbp+10h]
;;   0x00dc: mov eax, ebx
;;   0x00de: add eax, 7
;;   0x00e1: mov [rbp-28h], eax
;;   0x00e4: test ebx, ebx
;;   0x00e6: je 0ECh
;;   0x00ec: mov eax, [rbp-28h]
;;   0x00ef: add eax, 1
;;   0x00f2: mov rbx, [rbp-10h]
;;   0x00f6: mov rsp, rbp
;;   0x00f9: pop rbp
;;   0x00fa: ret 8
;;   0x00fd: ud2
