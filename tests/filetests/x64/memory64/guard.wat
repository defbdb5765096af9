;;! target = "x86_64"
;;! bounds = "guard"

;; A 64-bit memory in guard mode: nothing is elided, every access is
;; checked. index + offset + size is added with carry and saturated
;; (`sbb r11, r11; or end, r11`: 2^64 - 1 after a carry), so one `ja`
;; catches both a wrap past 2^64 and an end past the length; the Spectre
;; clamp follows it. A constant index below 2^32 folds into the constant
;; end; an offset + size past 2^64 is a jump to the trap.
(module
  (memory i64 1)
  (func (export "load") (param i64) (result i32) (i32.load (local.get 0)))
  (func (export "load_offset") (param i64) (result i64) (i64.load offset=0x100000000 (local.get 0)))
  (func (export "store_const") (i32.store8 offset=8 (i64.const 16) (i32.const 1)))
  (func (export "load_past_2_64") (param i64) (result i32) (i32.load offset=0xfffffffffffffffe (local.get 0)))
  (func (export "size_grow") (param i64) (result i64) (memory.grow (local.get 0)) (drop) (memory.size)))
;; function 0 (load):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Bh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: mov r15, [r14+18h]
;;   0x0031: mov r15, [r15]
;;   0x0034: mov rax, rbx
;;   0x0037: add rax, 4
;;   0x003b: sbb r11, r11
;;   0x003e: or rax, r11
;;   0x0041: mov r11, [r14+18h]
;;   0x0045: cmp rax, [r11+8]
;;   0x0049: ja 6Dh
;;   0x004f: lea rax, [r15+rax-4]
;;   0x0054: mov r11d, 0
;;   0x005a: cmova rax, r11
;;   0x005e: mov eax, [rax]
;;   0x0060: mov rbx, [rbp-10h]
;;   0x0064: mov rsp, rbp
;;   0x0067: pop rbp
;;   0x0068: ret 8
;;   0x006b: ud2
;;   0x006d: ud2
;; function 1 (load_offset):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0E2h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov rbx, [rbp+10h]
;;   0x009d: mov r15, [r14+18h]
;;   0x00a1: mov r15, [r15]
;;   0x00a4: mov rax, 100000008h
;;   0x00ae: add rax, rbx
;;   0x00b1: sbb r11, r11
;;   0x00b4: or rax, r11
;;   0x00b7: mov r11, [r14+18h]
;;   0x00bb: cmp rax, [r11+8]
;;   0x00bf: ja 0E4h
;;   0x00c5: lea rax, [r15+rax-8]
;;   0x00ca: mov r11d, 0
;;   0x00d0: cmova rax, r11
;;   0x00d4: mov rax, [rax]
;;   0x00d7: mov rbx, [rbp-10h]
;;   0x00db: mov rsp, rbp
;;   0x00de: pop rbp
;;   0x00df: ret 8
;;   0x00e2: ud2
;;   0x00e4: ud2
;; function 2 (store_const):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 146h
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov r15, [r14+18h]
;;   0x0119: mov r15, [r15]
;;   0x011c: mov r11, [r14+18h]
;;   0x0120: mov eax, 19h
;;   0x0125: cmp rax, [r11+8]
;;   0x0129: ja 148h
;;   0x012f: lea rax, [r15+rax-1]
;;   0x0134: mov r11d, 0
;;   0x013a: cmova rax, r11
;;   0x013e: mov byte ptr [rax], 1
;;   0x0141: mov rsp, rbp
;;   0x0144: pop rbp
;;   0x0145: ret
;;   0x0146: ud2
;;   0x0148: ud2
;; function 3 (load_past_2_64):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 196h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov rbx, [rbp+10h]
;;   0x017d: mov r15, [r14+18h]
;;   0x0181: mov r15, [r15]
;;   0x0184: jmp 198h
;;   0x0189: mov eax, [rax]
;;   0x018b: mov rbx, [rbp-10h]
;;   0x018f: mov rsp, rbp
;;   0x0192: pop rbp
;;   0x0193: ret 8
;;   0x0196: ud2
;;   0x0198: ud2
;; function 4 (size_grow):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 30h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 22Ah
;;   0x01ba: sub rsp, 30h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov [rbp-10h], rbx
;;   0x01c9: mov rbx, [rbp+10h]
;;   0x01cd: mov r15, [r14+18h]
;;   0x01d1: mov r15, [r15]
;;   0x01d4: mov esi, 0
;;   0x01d9: mov rdx, rbx
;;   0x01dc: mov r11, [r14]
;;   0x01df: mov [r11+30h], rbp
;;   0x01e3: lea rdi, [203h]
;;   0x01ea: mov [r11+38h], rdi
;;   0x01ee: mov rdi, r14
;;   0x01f1: mov r11, rsp
;;   0x01f4: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01f8: push r11
;;   0x01fa: push r11
;;   0x01fc: mov r11, [r14+8]
;;   0x0200: call qword ptr [r11]
;;   0x0203: mov rsp, [rsp+8]
;;   0x0208: test eax, eax
;;   0x020a: jne 22Ch
;;   0x0210: mov rax, rdx
;;   0x0213: mov r11, [r14+18h]
;;   0x0217: mov rax, [r11+8]
;;   0x021b: shr rax, 10h
;;   0x021f: mov rbx, [rbp-10h]
;;   0x0223: mov rsp, rbp
;;   0x0226: pop rbp
;;   0x0227: ret 8
;;   0x022a: ud2
;;   0x022c: mov r11, [r14]
;;   0x022f: mov rsp, [r11+8]
;;   0x0233: jmp qword ptr [r11+10h]
