;;! target = "x86_64"

;; Baseline x86-64: bsr/bsf with a cmov for zero, and a SWAR popcount.
(module
  (func (export "clz") (param i32) (result i32) (i32.clz (local.get 0)))
  (func (export "ctz") (param i32) (result i32) (i32.ctz (local.get 0)))
  (func (export "popcnt") (param i32) (result i32) (i32.popcnt (local.get 0))))
;; function 0 (clz):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Fh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: bsr eax, eax
;;   0x002b: mov r11d, 3Fh
;;   0x0031: cmove eax, r11d
;;   0x0035: xor eax, 1Fh
;;   0x0038: mov rsp, rbp
;;   0x003b: pop rbp
;;   0x003c: ret 8
;;   0x003f: mov r11, [r14]
;;   0x0042: mov eax, 0Ah
;;   0x0047: mov rsp, [r11+8]
;;   0x004b: jmp qword ptr [r11+10h]
;; function 1 (ctz):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Ch
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: bsf eax, eax
;;   0x007b: mov r11d, 20h
;;   0x0081: cmove eax, r11d
;;   0x0085: mov rsp, rbp
;;   0x0088: pop rbp
;;   0x0089: ret 8
;;   0x008c: mov r11, [r14]
;;   0x008f: mov eax, 0Ah
;;   0x0094: mov rsp, [r11+8]
;;   0x0098: jmp qword ptr [r11+10h]
;; function 2 (popcnt):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 110h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, [rbp+10h]
;;   0x00c8: mov r11d, eax
;;   0x00cb: shr r11d, 1
;;   0x00cf: mov ecx, 55555555h
;;   0x00d4: and r11d, ecx
;;   0x00d7: sub eax, r11d
;;   0x00da: mov ecx, 33333333h
;;   0x00df: mov r11d, eax
;;   0x00e2: and r11d, ecx
;;   0x00e5: shr eax, 2
;;   0x00e8: and eax, ecx
;;   0x00ea: add eax, r11d
;;   0x00ed: mov r11d, eax
;;   0x00f0: shr r11d, 4
;;   0x00f4: add eax, r11d
;;   0x00f7: mov ecx, 0F0F0F0Fh
;;   0x00fc: and eax, ecx
;;   0x00fe: mov ecx, 1010101h
;;   0x0103: imul eax, ecx
;;   0x0106: shr eax, 18h
;;   0x0109: mov rsp, rbp
;;   0x010c: pop rbp
;;   0x010d: ret 8
;;   0x0110: mov r11, [r14]
;;   0x0113: mov eax, 0Ah
;;   0x0118: mov rsp, [r11+8]
;;   0x011c: jmp qword ptr [r11+10h]
