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
;;   0x0057: mov r11, [r14]
;;   0x005a: mov eax, 0Ah
;;   0x005f: mov rsp, [r11+8]
;;   0x0063: jmp qword ptr [r11+10h]
;; function 1 (popcnt64_live):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 20h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 109h
;;   0x008a: sub rsp, 20h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov rax, [rbp+10h]
;;   0x0099: add rax, [rbp+18h]
;;   0x009d: mov rcx, [rbp+18h]
;;   0x00a1: sub rcx, 1
;;   0x00a5: mov r11, rcx
;;   0x00a8: shr r11, 1
;;   0x00ac: mov rdx, 5555555555555555h
;;   0x00b6: and r11, rdx
;;   0x00b9: sub rcx, r11
;;   0x00bc: mov rdx, 3333333333333333h
;;   0x00c6: mov r11, rcx
;;   0x00c9: and r11, rdx
;;   0x00cc: shr rcx, 2
;;   0x00d0: and rcx, rdx
;;   0x00d3: add rcx, r11
;;   0x00d6: mov r11, rcx
;;   0x00d9: shr r11, 4
;;   0x00dd: add rcx, r11
;;   0x00e0: mov rdx, 0F0F0F0F0F0F0F0Fh
;;   0x00ea: and rcx, rdx
;;   0x00ed: mov rdx, 101010101010101h
;;   0x00f7: imul rcx, rdx
;;   0x00fb: shr rcx, 38h
;;   0x00ff: add rax, rcx
;;   0x0102: mov rsp, rbp
;;   0x0105: pop rbp
;;   0x0106: ret 10h
;;   0x0109: mov r11, [r14]
;;   0x010c: mov eax, 0Ah
;;   0x0111: mov rsp, [r11+8]
;;   0x0115: jmp qword ptr [r11+10h]
;; function 2 (clz_const):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 10h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 14Fh
;;   0x013a: sub rsp, 10h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov eax, 20h
;;   0x014a: mov rsp, rbp
;;   0x014d: pop rbp
;;   0x014e: ret
;;   0x014f: mov r11, [r14]
;;   0x0152: mov eax, 0Ah
;;   0x0157: mov rsp, [r11+8]
;;   0x015b: jmp qword ptr [r11+10h]
