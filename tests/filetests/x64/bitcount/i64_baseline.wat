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
;;   0x00c4: jb 13Fh
;;   0x00ca: sub rsp, 10h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov rax, [rbp+10h]
;;   0x00d9: mov rax, rax
;;   0x00dc: push rcx
;;   0x00dd: mov r11, rax
;;   0x00e0: shr r11, 1
;;   0x00e4: mov rcx, 5555555555555555h
;;   0x00ee: and r11, rcx
;;   0x00f1: sub rax, r11
;;   0x00f4: mov rcx, 3333333333333333h
;;   0x00fe: mov r11, rax
;;   0x0101: and r11, rcx
;;   0x0104: shr rax, 2
;;   0x0108: and rax, rcx
;;   0x010b: add rax, r11
;;   0x010e: mov r11, rax
;;   0x0111: shr r11, 4
;;   0x0115: add rax, r11
;;   0x0118: mov rcx, 0F0F0F0F0F0F0F0Fh
;;   0x0122: and rax, rcx
;;   0x0125: mov rcx, 101010101010101h
;;   0x012f: imul rax, rcx
;;   0x0133: shr rax, 38h
;;   0x0137: pop rcx
;;   0x0138: mov rsp, rbp
;;   0x013b: pop rbp
;;   0x013c: ret 8
;;   0x013f: mov r11, [r14]
;;   0x0142: mov eax, 0Ah
;;   0x0147: mov rsp, [r11+8]
;;   0x014b: jmp qword ptr [r11+10h]
