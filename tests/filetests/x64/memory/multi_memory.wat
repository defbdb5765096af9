;;! target = "x86_64"
;;! bounds = "guard"

;; Several memories (one imported): each is reached through its own
;; definition pointer in the vmctx (memory 0 at 0x18, 1 at 0x20, 2 at 0x28).
(module
  (import "env" "mem" (memory $imp 1))
  (memory $a 1)
  (memory $b 2)
  (func (export "load_a") (param i32) (result i32) (i32.load $a (local.get 0)))
  (func (export "load_imported") (param i32) (result i64) (i64.load $imp offset=8 (local.get 0)))
  (func (export "store_b") (param i32 f64) (f64.store $b offset=0x80000000 (local.get 0) (local.get 1)))
  (func (export "size_b") (result i32) (memory.size $b))
  (func (export "grow_a") (param i32) (result i32) (memory.grow $a (local.get 0)))
  (func (export "copy_b_to_a") (param i32 i32 i32)
    (memory.copy $a $b (local.get 0) (local.get 1) (local.get 2)))
  (func (export "fill_b") (param i32)
    (memory.fill $b (local.get 0) (i32.const 255) (i32.const 4))))
;; function 0 (load_a):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 49h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov r11, [r14+20h]
;;   0x0037: mov r11, [r11]
;;   0x003a: mov eax, [r11+rbx]
;;   0x003e: mov rbx, [rbp-10h]
;;   0x0042: mov rsp, rbp
;;   0x0045: pop rbp
;;   0x0046: ret 8
;;   0x0049: ud2
;; function 1 (load_imported):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 93h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: mov r15, [r14+18h]
;;   0x0080: mov r15, [r15]
;;   0x0083: mov rax, [r15+rbx+8]
;;   0x0088: mov rbx, [rbp-10h]
;;   0x008c: mov rsp, rbp
;;   0x008f: pop rbp
;;   0x0090: ret 8
;;   0x0093: ud2
;; function 2 (store_b):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 10Fh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov ebx, [rbp+10h]
;;   0x00cc: mov r15, [r14+18h]
;;   0x00d0: mov r15, [r15]
;;   0x00d3: movsd xmm0, [rbp+18h]
;;   0x00d8: mov r11, [r14+28h]
;;   0x00dc: mov eax, 80000008h
;;   0x00e1: add rax, rbx
;;   0x00e4: cmp rax, [r11+8]
;;   0x00e8: ja 111h
;;   0x00ee: mov r11, [r11]
;;   0x00f1: lea rax, [r11+rax-8]
;;   0x00f6: mov r11d, 0
;;   0x00fc: cmova rax, r11
;;   0x0100: movsd [rax], xmm0
;;   0x0104: mov rbx, [rbp-10h]
;;   0x0108: mov rsp, rbp
;;   0x010b: pop rbp
;;   0x010c: ret 10h
;;   0x010f: ud2
;;   0x0111: ud2
;; function 3 (size_b):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 30h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 15Dh
;;   0x013a: sub rsp, 30h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov r15, [r14+18h]
;;   0x0149: mov r15, [r15]
;;   0x014c: mov r11, [r14+28h]
;;   0x0150: mov rax, [r11+8]
;;   0x0154: shr rax, 10h
;;   0x0158: mov rsp, rbp
;;   0x015b: pop rbp
;;   0x015c: ret
;;   0x015d: ud2
;; function 4 (grow_a):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 30h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1DCh
;;   0x017a: sub rsp, 30h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov [rbp-10h], rbx
;;   0x0189: mov ebx, [rbp+10h]
;;   0x018c: mov r15, [r14+18h]
;;   0x0190: mov r15, [r15]
;;   0x0193: mov esi, 1
;;   0x0198: mov edx, ebx
;;   0x019a: mov r11, [r14]
;;   0x019d: mov [r11+30h], rbp
;;   0x01a1: lea rdi, [1C1h]
;;   0x01a8: mov [r11+38h], rdi
;;   0x01ac: mov rdi, r14
;;   0x01af: mov r11, rsp
;;   0x01b2: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01b6: push r11
;;   0x01b8: push r11
;;   0x01ba: mov r11, [r14+8]
;;   0x01be: call qword ptr [r11]
;;   0x01c1: mov rsp, [rsp+8]
;;   0x01c6: test eax, eax
;;   0x01c8: jne 1DEh
;;   0x01ce: mov rax, rdx
;;   0x01d1: mov rbx, [rbp-10h]
;;   0x01d5: mov rsp, rbp
;;   0x01d8: pop rbp
;;   0x01d9: ret 8
;;   0x01dc: ud2
;;   0x01de: mov r11, [r14]
;;   0x01e1: mov rsp, [r11+8]
;;   0x01e5: jmp qword ptr [r11+10h]
;; function 5 (copy_b_to_a):
;;   0x01f0: push rbp
;;   0x01f1: mov rbp, rsp
;;   0x01f4: mov r11, [r14]
;;   0x01f7: mov r11, [r11]
;;   0x01fa: add r11, 40h
;;   0x0201: cmp rsp, r11
;;   0x0204: jb 28Dh
;;   0x020a: sub rsp, 40h
;;   0x0211: mov [rbp-8], r14
;;   0x0215: mov [rbp-10h], rbx
;;   0x0219: mov [rbp-18h], r12
;;   0x021d: mov [rbp-20h], r13
;;   0x0221: mov ebx, [rbp+10h]
;;   0x0224: mov r12d, [rbp+18h]
;;   0x0228: mov r13d, [rbp+20h]
;;   0x022c: mov r15, [r14+18h]
;;   0x0230: mov r15, [r15]
;;   0x0233: mov esi, 1
;;   0x0238: mov edx, 2
;;   0x023d: mov ecx, ebx
;;   0x023f: mov r8d, r12d
;;   0x0242: mov r9d, r13d
;;   0x0245: mov r11, [r14]
;;   0x0248: mov [r11+30h], rbp
;;   0x024c: lea rdi, [26Dh]
;;   0x0253: mov [r11+38h], rdi
;;   0x0257: mov rdi, r14
;;   0x025a: mov r11, rsp
;;   0x025d: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0261: push r11
;;   0x0263: push r11
;;   0x0265: mov r11, [r14+8]
;;   0x0269: call qword ptr [r11+10h]
;;   0x026d: mov rsp, [rsp+8]
;;   0x0272: test eax, eax
;;   0x0274: jne 28Fh
;;   0x027a: mov rbx, [rbp-10h]
;;   0x027e: mov r12, [rbp-18h]
;;   0x0282: mov r13, [rbp-20h]
;;   0x0286: mov rsp, rbp
;;   0x0289: pop rbp
;;   0x028a: ret 18h
;;   0x028d: ud2
;;   0x028f: mov r11, [r14]
;;   0x0292: mov rsp, [r11+8]
;;   0x0296: jmp qword ptr [r11+10h]
;; function 6 (fill_b):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 40h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 325h
;;   0x02ba: sub rsp, 40h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov [rbp-10h], rbx
;;   0x02c9: mov ebx, [rbp+10h]
;;   0x02cc: mov r15, [r14+18h]
;;   0x02d0: mov r15, [r15]
;;   0x02d3: mov esi, 2
;;   0x02d8: mov edx, ebx
;;   0x02da: mov ecx, 0FFh
;;   0x02df: mov r8d, 4
;;   0x02e5: mov r11, [r14]
;;   0x02e8: mov [r11+30h], rbp
;;   0x02ec: lea rdi, [30Dh]
;;   0x02f3: mov [r11+38h], rdi
;;   0x02f7: mov rdi, r14
;;   0x02fa: mov r11, rsp
;;   0x02fd: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0301: push r11
;;   0x0303: push r11
;;   0x0305: mov r11, [r14+8]
;;   0x0309: call qword ptr [r11+8]
;;   0x030d: mov rsp, [rsp+8]
;;   0x0312: test eax, eax
;;   0x0314: jne 327h
;;   0x031a: mov rbx, [rbp-10h]
;;   0x031e: mov rsp, rbp
;;   0x0321: pop rbp
;;   0x0322: ret 8
;;   0x0325: ud2
;;   0x0327: mov r11, [r14]
;;   0x032a: mov rsp, [r11+8]
;;   0x032e: jmp qword ptr [r11+10h]
