;;! target = "x86_64"

;; wait32/wait64/notify call their builtins with (vmctx, memory, effective
;; address, ...): a static offset is added to the zero-extended address in
;; 64 bits. The trap code comes back in eax, the result in edx. `atomic.fence`
;; is `mfence`.
(module
  (memory 1 1 shared)
  (memory $m1 1 1 shared)
  (func (export "wait32") (param i32 i32 i64) (result i32) (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "wait64_offset") (param i32 i64 i64) (result i32) (memory.atomic.wait64 offset=16 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "notify") (param i32 i32) (result i32) (memory.atomic.notify (local.get 0) (local.get 1)))
  (func (export "notify_m1_big_offset") (param i32) (result i32) (memory.atomic.notify $m1 offset=0xfffffff0 (local.get 0) (i32.const 1)))
  (func (export "fence") (atomic.fence)))
;; function 0 (wait32):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 88h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12d, [rbp+18h]
;;   0x0038: mov r13, [rbp+20h]
;;   0x003c: mov r15, [r14+18h]
;;   0x0040: mov r15, [r15]
;;   0x0043: mov esi, 0
;;   0x0048: mov edx, ebx
;;   0x004a: mov ecx, r12d
;;   0x004d: mov r8, r13
;;   0x0050: mov rdi, r14
;;   0x0053: mov r11, rsp
;;   0x0056: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x005a: push r11
;;   0x005c: push r11
;;   0x005e: mov r11, [r14+8]
;;   0x0062: call qword ptr [r11+50h]
;;   0x0066: mov rsp, [rsp+8]
;;   0x006b: test eax, eax
;;   0x006d: jne 8Ah
;;   0x0073: mov eax, edx
;;   0x0075: mov rbx, [rbp-10h]
;;   0x0079: mov r12, [rbp-18h]
;;   0x007d: mov r13, [rbp-20h]
;;   0x0081: mov rsp, rbp
;;   0x0084: pop rbp
;;   0x0085: ret 18h
;;   0x0088: ud2
;;   0x008a: mov r11, [r14]
;;   0x008d: mov rsp, [r11+8]
;;   0x0091: jmp qword ptr [r11+10h]
;; function 1 (wait64_offset):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 40h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 138h
;;   0x00ba: sub rsp, 40h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov [rbp-18h], r12
;;   0x00cd: mov [rbp-20h], r13
;;   0x00d1: mov ebx, [rbp+10h]
;;   0x00d4: mov r12, [rbp+18h]
;;   0x00d8: mov r13, [rbp+20h]
;;   0x00dc: mov r15, [r14+18h]
;;   0x00e0: mov r15, [r15]
;;   0x00e3: mov [rbp-28h], ebx
;;   0x00e6: mov eax, [rbp-28h]
;;   0x00e9: add rax, 10h
;;   0x00ed: mov [rbp-28h], rax
;;   0x00f1: mov esi, 0
;;   0x00f6: mov rdx, [rbp-28h]
;;   0x00fa: mov rcx, r12
;;   0x00fd: mov r8, r13
;;   0x0100: mov rdi, r14
;;   0x0103: mov r11, rsp
;;   0x0106: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x010a: push r11
;;   0x010c: push r11
;;   0x010e: mov r11, [r14+8]
;;   0x0112: call qword ptr [r11+58h]
;;   0x0116: mov rsp, [rsp+8]
;;   0x011b: test eax, eax
;;   0x011d: jne 13Ah
;;   0x0123: mov eax, edx
;;   0x0125: mov rbx, [rbp-10h]
;;   0x0129: mov r12, [rbp-18h]
;;   0x012d: mov r13, [rbp-20h]
;;   0x0131: mov rsp, rbp
;;   0x0134: pop rbp
;;   0x0135: ret 18h
;;   0x0138: ud2
;;   0x013a: mov r11, [r14]
;;   0x013d: mov rsp, [r11+8]
;;   0x0141: jmp qword ptr [r11+10h]
;; function 2 (notify):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1C9h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov [rbp-18h], r12
;;   0x017d: mov ebx, [rbp+10h]
;;   0x0180: mov r12d, [rbp+18h]
;;   0x0184: mov r15, [r14+18h]
;;   0x0188: mov r15, [r15]
;;   0x018b: mov esi, 0
;;   0x0190: mov edx, ebx
;;   0x0192: mov ecx, r12d
;;   0x0195: mov rdi, r14
;;   0x0198: mov r11, rsp
;;   0x019b: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x019f: push r11
;;   0x01a1: push r11
;;   0x01a3: mov r11, [r14+8]
;;   0x01a7: call qword ptr [r11+60h]
;;   0x01ab: mov rsp, [rsp+8]
;;   0x01b0: test eax, eax
;;   0x01b2: jne 1CBh
;;   0x01b8: mov eax, edx
;;   0x01ba: mov rbx, [rbp-10h]
;;   0x01be: mov r12, [rbp-18h]
;;   0x01c2: mov rsp, rbp
;;   0x01c5: pop rbp
;;   0x01c6: ret 10h
;;   0x01c9: ud2
;;   0x01cb: mov r11, [r14]
;;   0x01ce: mov rsp, [r11+8]
;;   0x01d2: jmp qword ptr [r11+10h]
;; function 3 (notify_m1_big_offset):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 30h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 263h
;;   0x01fa: sub rsp, 30h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov [rbp-10h], rbx
;;   0x0209: mov ebx, [rbp+10h]
;;   0x020c: mov r15, [r14+18h]
;;   0x0210: mov r15, [r15]
;;   0x0213: mov [rbp-28h], ebx
;;   0x0216: mov eax, [rbp-28h]
;;   0x0219: mov ecx, 0FFFFFFF0h
;;   0x021e: add rax, rcx
;;   0x0221: mov [rbp-28h], rax
;;   0x0225: mov esi, 1
;;   0x022a: mov rdx, [rbp-28h]
;;   0x022e: mov ecx, 1
;;   0x0233: mov rdi, r14
;;   0x0236: mov r11, rsp
;;   0x0239: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x023d: push r11
;;   0x023f: push r11
;;   0x0241: mov r11, [r14+8]
;;   0x0245: call qword ptr [r11+60h]
;;   0x0249: mov rsp, [rsp+8]
;;   0x024e: test eax, eax
;;   0x0250: jne 265h
;;   0x0256: mov eax, edx
;;   0x0258: mov rbx, [rbp-10h]
;;   0x025c: mov rsp, rbp
;;   0x025f: pop rbp
;;   0x0260: ret 8
;;   0x0263: ud2
;;   0x0265: mov r11, [r14]
;;   0x0268: mov rsp, [r11+8]
;;   0x026c: jmp qword ptr [r11+10h]
;; function 4 (fence):
;;   0x0270: push rbp
;;   0x0271: mov rbp, rsp
;;   0x0274: mov r11, [r14]
;;   0x0277: mov r11, [r11]
;;   0x027a: add r11, 20h
;;   0x0281: cmp rsp, r11
;;   0x0284: jb 2A4h
;;   0x028a: sub rsp, 20h
;;   0x0291: mov [rbp-8], r14
;;   0x0295: mov r15, [r14+18h]
;;   0x0299: mov r15, [r15]
;;   0x029c: mfence
;;   0x029f: mov rsp, rbp
;;   0x02a2: pop rbp
;;   0x02a3: ret
;;   0x02a4: ud2
