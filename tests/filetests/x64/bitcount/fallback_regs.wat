;;! target = "x86_64"

;; The fallbacks with operands in other registers and constants, i64.
(module
  (func (export "clz_ctz") (param i64 i64) (result i64)
    (i64.add (i64.clz (local.get 0)) (i64.ctz (local.get 1))))
  (func (export "popcnt64_live") (param i64 i64) (result i64)
    (i64.add (local.get 0) (local.get 1))
    (i64.popcnt (i64.sub (local.get 1) (i64.const 1)))
    i64.add)
  (func (export "clz_const") (result i32) (i32.clz (i32.const 0))))
;; function 0 (clz_ctz):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 57h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+10h]
;;   0x0029: bsr rax, rax
;;   0x002d: mov r11d, 7Fh
;;   0x0033: cmove rax, r11
;;   0x0037: xor rax, 3Fh
;;   0x003b: mov rcx, [rbp+18h]
;;   0x003f: bsf rcx, rcx
;;   0x0043: mov r11d, 40h
;;   0x0049: cmove rcx, r11
;;   0x004d: add rax, rcx
;;   0x0050: mov rsp, rbp
;;   0x0053: pop rbp
;;   0x0054: ret 10h
;;   0x0057: ud2
;; function 1 (popcnt64_live):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0F9h
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov rax, [rbp+10h]
;;   0x0089: add rax, [rbp+18h]
;;   0x008d: mov rcx, [rbp+18h]
;;   0x0091: sub rcx, 1
;;   0x0095: mov r11, rcx
;;   0x0098: shr r11, 1
;;   0x009c: mov rdx, 5555555555555555h
;;   0x00a6: and r11, rdx
;;   0x00a9: sub rcx, r11
;;   0x00ac: mov rdx, 3333333333333333h
;;   0x00b6: mov r11, rcx
;;   0x00b9: and r11, rdx
;;   0x00bc: shr rcx, 2
;;   0x00c0: and rcx, rdx
;;   0x00c3: add rcx, r11
;;   0x00c6: mov r11, rcx
;;   0x00c9: shr r11, 4
;;   0x00cd: add rcx, r11
;;   0x00d0: mov rdx, 0F0F0F0F0F0F0F0Fh
;;   0x00da: and rcx, rdx
;;   0x00dd: mov rdx, 101010101010101h
;;   0x00e7: imul rcx, rdx
;;   0x00eb: shr rcx, 38h
;;   0x00ef: add rax, rcx
;;   0x00f2: mov rsp, rbp
;;   0x00f5: pop rbp
;;   0x00f6: ret 10h
;;   0x00f9: ud2
;; function 2 (clz_const):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 10h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 12Fh
;;   0x011a: sub rsp, 10h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov eax, 20h
;;   0x012a: mov rsp, rbp
;;   0x012d: pop rbp
;;   0x012e: ret
;;   0x012f: ud2
