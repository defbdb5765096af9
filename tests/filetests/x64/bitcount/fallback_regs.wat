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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 67h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov rbx, [rbp+10h]
;;   0x0031: mov r12, [rbp+18h]
;;   0x0035: bsr rax, rbx
;;   0x0039: mov r11d, 7Fh
;;   0x003f: cmove rax, r11
;;   0x0043: xor rax, 3Fh
;;   0x0047: bsf rcx, r12
;;   0x004b: mov r11d, 40h
;;   0x0051: cmove rcx, r11
;;   0x0055: add rax, rcx
;;   0x0058: mov rbx, [rbp-10h]
;;   0x005c: mov r12, [rbp-18h]
;;   0x0060: mov rsp, rbp
;;   0x0063: pop rbp
;;   0x0064: ret 10h
;;   0x0067: ud2
;; function 1 (popcnt64_live):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 40h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 11Eh
;;   0x008a: sub rsp, 40h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov [rbp-18h], r12
;;   0x009d: mov rbx, [rbp+10h]
;;   0x00a1: mov r12, [rbp+18h]
;;   0x00a5: mov rax, rbx
;;   0x00a8: add rax, r12
;;   0x00ab: mov rcx, r12
;;   0x00ae: sub rcx, 1
;;   0x00b2: mov r11, rcx
;;   0x00b5: shr r11, 1
;;   0x00b9: mov rdx, 5555555555555555h
;;   0x00c3: and r11, rdx
;;   0x00c6: sub rcx, r11
;;   0x00c9: mov rdx, 3333333333333333h
;;   0x00d3: mov r11, rcx
;;   0x00d6: and r11, rdx
;;   0x00d9: shr rcx, 2
;;   0x00dd: and rcx, rdx
;;   0x00e0: add rcx, r11
;;   0x00e3: mov r11, rcx
;;   0x00e6: shr r11, 4
;;   0x00ea: add rcx, r11
;;   0x00ed: mov rdx, 0F0F0F0F0F0F0F0Fh
;;   0x00f7: and rcx, rdx
;;   0x00fa: mov rdx, 101010101010101h
;;   0x0104: imul rcx, rdx
;;   0x0108: shr rcx, 38h
;;   0x010c: add rax, rcx
;;   0x010f: mov rbx, [rbp-10h]
;;   0x0113: mov r12, [rbp-18h]
;;   0x0117: mov rsp, rbp
;;   0x011a: pop rbp
;;   0x011b: ret 10h
;;   0x011e: ud2
;; function 2 (clz_const):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 30h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 14Fh
;;   0x013a: sub rsp, 30h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov eax, 20h
;;   0x014a: mov rsp, rbp
;;   0x014d: pop rbp
;;   0x014e: ret
;;   0x014f: ud2
