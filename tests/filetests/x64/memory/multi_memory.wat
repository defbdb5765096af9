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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Fh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, [rbp+10h]
;;   0x002f: mov r11, [r14+20h]
;;   0x0033: add rax, [r11]
;;   0x0036: mov eax, [rax]
;;   0x0038: mov rsp, rbp
;;   0x003b: pop rbp
;;   0x003c: ret 8
;;   0x003f: mov r11, [r14]
;;   0x0042: mov eax, 0Ah
;;   0x0047: mov rsp, [r11+8]
;;   0x004b: jmp qword ptr [r11+10h]
;; function 1 (load_imported):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Dh
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov r15, [r14+18h]
;;   0x0079: mov r15, [r15]
;;   0x007c: mov eax, [rbp+10h]
;;   0x007f: add rax, r15
;;   0x0082: mov rax, [rax+8]
;;   0x0086: mov rsp, rbp
;;   0x0089: pop rbp
;;   0x008a: ret 8
;;   0x008d: mov r11, [r14]
;;   0x0090: mov eax, 0Ah
;;   0x0095: mov rsp, [r11+8]
;;   0x0099: jmp qword ptr [r11+10h]
;; function 2 (store_b):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 101h
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov r15, [r14+18h]
;;   0x00c9: mov r15, [r15]
;;   0x00cc: movsd xmm0, [rbp+18h]
;;   0x00d1: mov eax, [rbp+10h]
;;   0x00d4: mov r11, [r14+28h]
;;   0x00d8: mov ecx, 80000008h
;;   0x00dd: add rcx, rax
;;   0x00e0: cmp rcx, [r11+8]
;;   0x00e4: ja 111h
;;   0x00ea: add rax, [r11]
;;   0x00ed: mov r11d, 80000000h
;;   0x00f3: add rax, r11
;;   0x00f6: movsd [rax], xmm0
;;   0x00fa: mov rsp, rbp
;;   0x00fd: pop rbp
;;   0x00fe: ret 10h
;;   0x0101: mov r11, [r14]
;;   0x0104: mov eax, 0Ah
;;   0x0109: mov rsp, [r11+8]
;;   0x010d: jmp qword ptr [r11+10h]
;;   0x0111: mov r11, [r14]
;;   0x0114: mov eax, 5
;;   0x0119: mov rsp, [r11+8]
;;   0x011d: jmp qword ptr [r11+10h]
;; function 3 (size_b):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 10h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 16Dh
;;   0x014a: sub rsp, 10h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov r15, [r14+18h]
;;   0x0159: mov r15, [r15]
;;   0x015c: mov r11, [r14+28h]
;;   0x0160: mov rax, [r11+8]
;;   0x0164: shr rax, 10h
;;   0x0168: mov rsp, rbp
;;   0x016b: pop rbp
;;   0x016c: ret
;;   0x016d: mov r11, [r14]
;;   0x0170: mov eax, 0Ah
;;   0x0175: mov rsp, [r11+8]
;;   0x0179: jmp qword ptr [r11+10h]
;; function 4 (grow_a):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 10h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1D7h
;;   0x019a: sub rsp, 10h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov r15, [r14+18h]
;;   0x01a9: mov r15, [r15]
;;   0x01ac: mov esi, 1
;;   0x01b1: mov edx, [rbp+10h]
;;   0x01b4: mov rdi, r14
;;   0x01b7: mov r11, rsp
;;   0x01ba: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01be: push r11
;;   0x01c0: push r11
;;   0x01c2: mov r11, [r14+8]
;;   0x01c6: call qword ptr [r11]
;;   0x01c9: mov rsp, [rsp+8]
;;   0x01ce: mov eax, eax
;;   0x01d0: mov rsp, rbp
;;   0x01d3: pop rbp
;;   0x01d4: ret 8
;;   0x01d7: mov r11, [r14]
;;   0x01da: mov eax, 0Ah
;;   0x01df: mov rsp, [r11+8]
;;   0x01e3: jmp qword ptr [r11+10h]
;; function 5 (copy_b_to_a):
;;   0x01f0: push rbp
;;   0x01f1: mov rbp, rsp
;;   0x01f4: mov r11, [r14]
;;   0x01f7: mov r11, [r11]
;;   0x01fa: add r11, 20h
;;   0x0201: cmp rsp, r11
;;   0x0204: jb 25Bh
;;   0x020a: sub rsp, 20h
;;   0x0211: mov [rbp-8], r14
;;   0x0215: mov r15, [r14+18h]
;;   0x0219: mov r15, [r15]
;;   0x021c: mov esi, 1
;;   0x0221: mov edx, 2
;;   0x0226: mov ecx, [rbp+10h]
;;   0x0229: mov r8d, [rbp+18h]
;;   0x022d: mov r9d, [rbp+20h]
;;   0x0231: mov rdi, r14
;;   0x0234: mov r11, rsp
;;   0x0237: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x023b: push r11
;;   0x023d: push r11
;;   0x023f: mov r11, [r14+8]
;;   0x0243: call qword ptr [r11+10h]
;;   0x0247: mov rsp, [rsp+8]
;;   0x024c: test eax, eax
;;   0x024e: jne 26Bh
;;   0x0254: mov rsp, rbp
;;   0x0257: pop rbp
;;   0x0258: ret 18h
;;   0x025b: mov r11, [r14]
;;   0x025e: mov eax, 0Ah
;;   0x0263: mov rsp, [r11+8]
;;   0x0267: jmp qword ptr [r11+10h]
;;   0x026b: mov r11, [r14]
;;   0x026e: mov rsp, [r11+8]
;;   0x0272: jmp qword ptr [r11+10h]
;; function 6 (fill_b):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 20h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2E9h
;;   0x029a: sub rsp, 20h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov r15, [r14+18h]
;;   0x02a9: mov r15, [r15]
;;   0x02ac: mov esi, 2
;;   0x02b1: mov edx, [rbp+10h]
;;   0x02b4: mov ecx, 0FFh
;;   0x02b9: mov r8d, 4
;;   0x02bf: mov rdi, r14
;;   0x02c2: mov r11, rsp
;;   0x02c5: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x02c9: push r11
;;   0x02cb: push r11
;;   0x02cd: mov r11, [r14+8]
;;   0x02d1: call qword ptr [r11+8]
;;   0x02d5: mov rsp, [rsp+8]
;;   0x02da: test eax, eax
;;   0x02dc: jne 2F9h
;;   0x02e2: mov rsp, rbp
;;   0x02e5: pop rbp
;;   0x02e6: ret 8
;;   0x02e9: mov r11, [r14]
;;   0x02ec: mov eax, 0Ah
;;   0x02f1: mov rsp, [r11+8]
;;   0x02f5: jmp qword ptr [r11+10h]
;;   0x02f9: mov r11, [r14]
;;   0x02fc: mov rsp, [r11+8]
;;   0x0300: jmp qword ptr [r11+10h]
