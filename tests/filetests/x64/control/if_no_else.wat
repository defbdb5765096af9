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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 42h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: cmp eax, 64h
;;   0x002b: jbe 38h
;;   0x0031: mov dword ptr [rbp+10h], 64h
;;   0x0038: mov eax, [rbp+10h]
;;   0x003b: mov rsp, rbp
;;   0x003e: pop rbp
;;   0x003f: ret 8
;;   0x0042: mov r11, [r14]
;;   0x0045: mov eax, 0Ah
;;   0x004a: mov rsp, [r11+8]
;;   0x004e: jmp qword ptr [r11+10h]
;; function 1 (if_param):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0ABh
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov eax, [rbp+10h]
;;   0x0088: mov r11d, [rbp+18h]
;;   0x008c: mov [rbp-10h], r11d
;;   0x0090: test eax, eax
;;   0x0092: je 0A1h
;;   0x0098: mov eax, [rbp-10h]
;;   0x009b: imul eax, 3
;;   0x009e: mov [rbp-10h], eax
;;   0x00a1: mov eax, [rbp-10h]
;;   0x00a4: mov rsp, rbp
;;   0x00a7: pop rbp
;;   0x00a8: ret 10h
;;   0x00ab: mov r11, [r14]
;;   0x00ae: mov eax, 0Ah
;;   0x00b3: mov rsp, [r11+8]
;;   0x00b7: jmp qword ptr [r11+10h]
;; function 2 (live_across):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 106h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov eax, [rbp+10h]
;;   0x00e8: add eax, 7
;;   0x00eb: mov ecx, [rbp+10h]
;;   0x00ee: mov [rbp-10h], eax
;;   0x00f1: test ecx, ecx
;;   0x00f3: je 0F9h
;;   0x00f9: mov eax, [rbp-10h]
;;   0x00fc: add eax, 1
;;   0x00ff: mov rsp, rbp
;;   0x0102: pop rbp
;;   0x0103: ret 8
;;   0x0106: mov r11, [r14]
;;   0x0109: mov eax, 0Ah
;;   0x010e: mov rsp, [r11+8]
;;   0x0112: jmp qword ptr [r11+10h]
