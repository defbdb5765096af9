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
;;   0x0014: jb 38h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: mov r11, [r14+20h]
;;   0x002c: add rax, [r11]
;;   0x002f: mov eax, [rax]
;;   0x0031: mov rsp, rbp
;;   0x0034: pop rbp
;;   0x0035: ret 8
;;   0x0038: mov r11, [r14]
;;   0x003b: mov eax, 0Ah
;;   0x0040: mov rsp, [r11+8]
;;   0x0044: jmp qword ptr [r11+10h]
;; function 1 (load_imported):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Ah
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: mov r11, [r14+18h]
;;   0x007c: add rax, [r11]
;;   0x007f: mov rax, [rax+8]
;;   0x0083: mov rsp, rbp
;;   0x0086: pop rbp
;;   0x0087: ret 8
;;   0x008a: mov r11, [r14]
;;   0x008d: mov eax, 0Ah
;;   0x0092: mov rsp, [r11+8]
;;   0x0096: jmp qword ptr [r11+10h]
;; function 2 (store_b):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0FAh
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: movsd xmm0, [rbp+18h]
;;   0x00ca: mov eax, [rbp+10h]
;;   0x00cd: mov r11, [r14+28h]
;;   0x00d1: mov ecx, 80000008h
;;   0x00d6: add rcx, rax
;;   0x00d9: cmp rcx, [r11+8]
;;   0x00dd: ja 10Ah
;;   0x00e3: add rax, [r11]
;;   0x00e6: mov r11d, 80000000h
;;   0x00ec: add rax, r11
;;   0x00ef: movsd [rax], xmm0
;;   0x00f3: mov rsp, rbp
;;   0x00f6: pop rbp
;;   0x00f7: ret 10h
;;   0x00fa: mov r11, [r14]
;;   0x00fd: mov eax, 0Ah
;;   0x0102: mov rsp, [r11+8]
;;   0x0106: jmp qword ptr [r11+10h]
;;   0x010a: mov r11, [r14]
;;   0x010d: mov eax, 5
;;   0x0112: mov rsp, [r11+8]
;;   0x0116: jmp qword ptr [r11+10h]
;; function 3 (size_b):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 10h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 156h
;;   0x013a: sub rsp, 10h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov r11, [r14+28h]
;;   0x0149: mov rax, [r11+8]
;;   0x014d: shr rax, 10h
;;   0x0151: mov rsp, rbp
;;   0x0154: pop rbp
;;   0x0155: ret
;;   0x0156: mov r11, [r14]
;;   0x0159: mov eax, 0Ah
;;   0x015e: mov rsp, [r11+8]
;;   0x0162: jmp qword ptr [r11+10h]
;; function 4 (grow_a):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 10h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1C0h
;;   0x018a: sub rsp, 10h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: mov esi, 1
;;   0x019a: mov edx, [rbp+10h]
;;   0x019d: mov rdi, r14
;;   0x01a0: mov r11, rsp
;;   0x01a3: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01a7: push r11
;;   0x01a9: push r11
;;   0x01ab: mov r11, [r14+8]
;;   0x01af: call qword ptr [r11]
;;   0x01b2: mov rsp, [rsp+8]
;;   0x01b7: mov eax, eax
;;   0x01b9: mov rsp, rbp
;;   0x01bc: pop rbp
;;   0x01bd: ret 8
;;   0x01c0: mov r11, [r14]
;;   0x01c3: mov eax, 0Ah
;;   0x01c8: mov rsp, [r11+8]
;;   0x01cc: jmp qword ptr [r11+10h]
;; function 5 (copy_b_to_a):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 20h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 234h
;;   0x01ea: sub rsp, 20h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov esi, 1
;;   0x01fa: mov edx, 2
;;   0x01ff: mov ecx, [rbp+10h]
;;   0x0202: mov r8d, [rbp+18h]
;;   0x0206: mov r9d, [rbp+20h]
;;   0x020a: mov rdi, r14
;;   0x020d: mov r11, rsp
;;   0x0210: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0214: push r11
;;   0x0216: push r11
;;   0x0218: mov r11, [r14+8]
;;   0x021c: call qword ptr [r11+10h]
;;   0x0220: mov rsp, [rsp+8]
;;   0x0225: test eax, eax
;;   0x0227: jne 244h
;;   0x022d: mov rsp, rbp
;;   0x0230: pop rbp
;;   0x0231: ret 18h
;;   0x0234: mov r11, [r14]
;;   0x0237: mov eax, 0Ah
;;   0x023c: mov rsp, [r11+8]
;;   0x0240: jmp qword ptr [r11+10h]
;;   0x0244: mov r11, [r14]
;;   0x0247: mov rsp, [r11+8]
;;   0x024b: jmp qword ptr [r11+10h]
;; function 6 (fill_b):
;;   0x0250: push rbp
;;   0x0251: mov rbp, rsp
;;   0x0254: mov r11, [r14]
;;   0x0257: mov r11, [r11]
;;   0x025a: add r11, 20h
;;   0x0261: cmp rsp, r11
;;   0x0264: jb 2B2h
;;   0x026a: sub rsp, 20h
;;   0x0271: mov [rbp-8], r14
;;   0x0275: mov esi, 2
;;   0x027a: mov edx, [rbp+10h]
;;   0x027d: mov ecx, 0FFh
;;   0x0282: mov r8d, 4
;;   0x0288: mov rdi, r14
;;   0x028b: mov r11, rsp
;;   0x028e: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0292: push r11
;;   0x0294: push r11
;;   0x0296: mov r11, [r14+8]
;;   0x029a: call qword ptr [r11+8]
;;   0x029e: mov rsp, [rsp+8]
;;   0x02a3: test eax, eax
;;   0x02a5: jne 2C2h
;;   0x02ab: mov rsp, rbp
;;   0x02ae: pop rbp
;;   0x02af: ret 8
;;   0x02b2: mov r11, [r14]
;;   0x02b5: mov eax, 0Ah
;;   0x02ba: mov rsp, [r11+8]
;;   0x02be: jmp qword ptr [r11+10h]
;;   0x02c2: mov r11, [r14]
;;   0x02c5: mov rsp, [r11+8]
;;   0x02c9: jmp qword ptr [r11+10h]
