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
;;   0x0042: ud2
;; function 1 (if_param):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 9Bh
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: mov r11d, [rbp+18h]
;;   0x007c: mov [rbp-10h], r11d
;;   0x0080: test eax, eax
;;   0x0082: je 91h
;;   0x0088: mov eax, [rbp-10h]
;;   0x008b: imul eax, 3
;;   0x008e: mov [rbp-10h], eax
;;   0x0091: mov eax, [rbp-10h]
;;   0x0094: mov rsp, rbp
;;   0x0097: pop rbp
;;   0x0098: ret 10h
;;   0x009b: ud2
;; function 2 (live_across):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E6h
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, [rbp+10h]
;;   0x00c8: add eax, 7
;;   0x00cb: mov ecx, [rbp+10h]
;;   0x00ce: mov [rbp-10h], eax
;;   0x00d1: test ecx, ecx
;;   0x00d3: je 0D9h
;;   0x00d9: mov eax, [rbp-10h]
;;   0x00dc: add eax, 1
;;   0x00df: mov rsp, rbp
;;   0x00e2: pop rbp
;;   0x00e3: ret 8
;;   0x00e6: ud2
