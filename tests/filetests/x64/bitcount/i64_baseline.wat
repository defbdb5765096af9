;;! target = "x86_64"

;; Baseline x86-64: bsr/bsf with a cmov for zero, and a SWAR popcount.
(module
  (func (export "clz") (param i64) (result i64) (i64.clz (local.get 0)))
  (func (export "ctz") (param i64) (result i64) (i64.ctz (local.get 0)))
  (func (export "popcnt") (param i64) (result i64) (i64.popcnt (local.get 0))))
;; function 0 (clz):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 42h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+10h]
;;   0x0029: bsr rax, rax
;;   0x002d: mov r11d, 7Fh
;;   0x0033: cmove rax, r11
;;   0x0037: xor rax, 3Fh
;;   0x003b: mov rsp, rbp
;;   0x003e: pop rbp
;;   0x003f: ret 8
;;   0x0042: ud2
;; function 1 (ctz):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Eh
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, [rbp+10h]
;;   0x0079: bsf rax, rax
;;   0x007d: mov r11d, 40h
;;   0x0083: cmove rax, r11
;;   0x0087: mov rsp, rbp
;;   0x008a: pop rbp
;;   0x008b: ret 8
;;   0x008e: ud2
;; function 2 (popcnt):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 10h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 11Ah
;;   0x00aa: sub rsp, 10h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov rax, [rbp+10h]
;;   0x00b9: mov r11, rax
;;   0x00bc: shr r11, 1
;;   0x00c0: mov rcx, 5555555555555555h
;;   0x00ca: and r11, rcx
;;   0x00cd: sub rax, r11
;;   0x00d0: mov rcx, 3333333333333333h
;;   0x00da: mov r11, rax
;;   0x00dd: and r11, rcx
;;   0x00e0: shr rax, 2
;;   0x00e4: and rax, rcx
;;   0x00e7: add rax, r11
;;   0x00ea: mov r11, rax
;;   0x00ed: shr r11, 4
;;   0x00f1: add rax, r11
;;   0x00f4: mov rcx, 0F0F0F0F0F0F0F0Fh
;;   0x00fe: and rax, rcx
;;   0x0101: mov rcx, 101010101010101h
;;   0x010b: imul rax, rcx
;;   0x010f: shr rax, 38h
;;   0x0113: mov rsp, rbp
;;   0x0116: pop rbp
;;   0x0117: ret 8
;;   0x011a: ud2
