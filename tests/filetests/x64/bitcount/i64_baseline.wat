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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Ah
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: bsr rax, rbx
;;   0x0031: mov r11d, 7Fh
;;   0x0037: cmove rax, r11
;;   0x003b: xor rax, 3Fh
;;   0x003f: mov rbx, [rbp-10h]
;;   0x0043: mov rsp, rbp
;;   0x0046: pop rbp
;;   0x0047: ret 8
;;   0x004a: ud2
;; function 1 (ctz):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 96h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov rbx, [rbp+10h]
;;   0x007d: bsf rax, rbx
;;   0x0081: mov r11d, 40h
;;   0x0087: cmove rax, r11
;;   0x008b: mov rbx, [rbp-10h]
;;   0x008f: mov rsp, rbp
;;   0x0092: pop rbp
;;   0x0093: ret 8
;;   0x0096: ud2
;; function 2 (popcnt):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 135h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov rbx, [rbp+10h]
;;   0x00cd: mov rax, rbx
;;   0x00d0: mov r11, rax
;;   0x00d3: shr r11, 1
;;   0x00d7: mov rcx, 5555555555555555h
;;   0x00e1: and r11, rcx
;;   0x00e4: sub rax, r11
;;   0x00e7: mov rcx, 3333333333333333h
;;   0x00f1: mov r11, rax
;;   0x00f4: and r11, rcx
;;   0x00f7: shr rax, 2
;;   0x00fb: and rax, rcx
;;   0x00fe: add rax, r11
;;   0x0101: mov r11, rax
;;   0x0104: shr r11, 4
;;   0x0108: add rax, r11
;;   0x010b: mov rcx, 0F0F0F0F0F0F0F0Fh
;;   0x0115: and rax, rcx
;;   0x0118: mov rcx, 101010101010101h
;;   0x0122: imul rax, rcx
;;   0x0126: shr rax, 38h
;;   0x012a: mov rbx, [rbp-10h]
;;   0x012e: mov rsp, rbp
;;   0x0131: pop rbp
;;   0x0132: ret 8
;;   0x0135: ud2
