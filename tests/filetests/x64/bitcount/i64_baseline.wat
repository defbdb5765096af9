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
;;   0x0042: mov r11, [r14]
;;   0x0045: mov eax, 0Ah
;;   0x004a: mov rsp, [r11+8]
;;   0x004e: jmp qword ptr [r11+10h]
;; function 1 (ctz):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 10h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 9Eh
;;   0x007a: sub rsp, 10h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov rax, [rbp+10h]
;;   0x0089: bsf rax, rax
;;   0x008d: mov r11d, 40h
;;   0x0093: cmove rax, r11
;;   0x0097: mov rsp, rbp
;;   0x009a: pop rbp
;;   0x009b: ret 8
;;   0x009e: mov r11, [r14]
;;   0x00a1: mov eax, 0Ah
;;   0x00a6: mov rsp, [r11+8]
;;   0x00aa: jmp qword ptr [r11+10h]
;; function 2 (popcnt):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 10h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 13Ah
;;   0x00ca: sub rsp, 10h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov rax, [rbp+10h]
;;   0x00d9: mov r11, rax
;;   0x00dc: shr r11, 1
;;   0x00e0: mov rcx, 5555555555555555h
;;   0x00ea: and r11, rcx
;;   0x00ed: sub rax, r11
;;   0x00f0: mov rcx, 3333333333333333h
;;   0x00fa: mov r11, rax
;;   0x00fd: and r11, rcx
;;   0x0100: shr rax, 2
;;   0x0104: and rax, rcx
;;   0x0107: add rax, r11
;;   0x010a: mov r11, rax
;;   0x010d: shr r11, 4
;;   0x0111: add rax, r11
;;   0x0114: mov rcx, 0F0F0F0F0F0F0F0Fh
;;   0x011e: and rax, rcx
;;   0x0121: mov rcx, 101010101010101h
;;   0x012b: imul rax, rcx
;;   0x012f: shr rax, 38h
;;   0x0133: mov rsp, rbp
;;   0x0136: pop rbp
;;   0x0137: ret 8
;;   0x013a: mov r11, [r14]
;;   0x013d: mov eax, 0Ah
;;   0x0142: mov rsp, [r11+8]
;;   0x0146: jmp qword ptr [r11+10h]
