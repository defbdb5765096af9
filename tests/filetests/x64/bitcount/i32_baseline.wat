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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 47h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: bsr eax, ebx
;;   0x002f: mov r11d, 3Fh
;;   0x0035: cmove eax, r11d
;;   0x0039: xor eax, 1Fh
;;   0x003c: mov rbx, [rbp-10h]
;;   0x0040: mov rsp, rbp
;;   0x0043: pop rbp
;;   0x0044: ret 8
;;   0x0047: ud2
;; function 1 (ctz):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 94h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: bsf eax, ebx
;;   0x007f: mov r11d, 20h
;;   0x0085: cmove eax, r11d
;;   0x0089: mov rbx, [rbp-10h]
;;   0x008d: mov rsp, rbp
;;   0x0090: pop rbp
;;   0x0091: ret 8
;;   0x0094: ud2
;; function 2 (popcnt):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 11Ah
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov ebx, [rbp+10h]
;;   0x00cc: mov eax, ebx
;;   0x00ce: mov r11d, eax
;;   0x00d1: shr r11d, 1
;;   0x00d5: mov ecx, 55555555h
;;   0x00da: and r11d, ecx
;;   0x00dd: sub eax, r11d
;;   0x00e0: mov ecx, 33333333h
;;   0x00e5: mov r11d, eax
;;   0x00e8: and r11d, ecx
;;   0x00eb: shr eax, 2
;;   0x00ee: and eax, ecx
;;   0x00f0: add eax, r11d
;;   0x00f3: mov r11d, eax
;;   0x00f6: shr r11d, 4
;;   0x00fa: add eax, r11d
;;   0x00fd: mov ecx, 0F0F0F0Fh
;;   0x0102: and eax, ecx
;;   0x0104: mov ecx, 1010101h
;;   0x0109: imul eax, ecx
;;   0x010c: shr eax, 18h
;;   0x010f: mov rbx, [rbp-10h]
;;   0x0113: mov rsp, rbp
;;   0x0116: pop rbp
;;   0x0117: ret 8
;;   0x011a: ud2
