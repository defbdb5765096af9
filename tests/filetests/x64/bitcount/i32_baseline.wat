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
;;   0x003f: ud2
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
;;   0x008c: ud2
;; function 2 (popcnt):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 10h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 100h
;;   0x00aa: sub rsp, 10h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov eax, [rbp+10h]
;;   0x00b8: mov r11d, eax
;;   0x00bb: shr r11d, 1
;;   0x00bf: mov ecx, 55555555h
;;   0x00c4: and r11d, ecx
;;   0x00c7: sub eax, r11d
;;   0x00ca: mov ecx, 33333333h
;;   0x00cf: mov r11d, eax
;;   0x00d2: and r11d, ecx
;;   0x00d5: shr eax, 2
;;   0x00d8: and eax, ecx
;;   0x00da: add eax, r11d
;;   0x00dd: mov r11d, eax
;;   0x00e0: shr r11d, 4
;;   0x00e4: add eax, r11d
;;   0x00e7: mov ecx, 0F0F0F0Fh
;;   0x00ec: and eax, ecx
;;   0x00ee: mov ecx, 1010101h
;;   0x00f3: imul eax, ecx
;;   0x00f6: shr eax, 18h
;;   0x00f9: mov rsp, rbp
;;   0x00fc: pop rbp
;;   0x00fd: ret 8
;;   0x0100: ud2
