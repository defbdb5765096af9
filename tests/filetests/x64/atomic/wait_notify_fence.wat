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
;;   0x0014: jb 9Ah
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
;;   0x0050: mov r11, [r14]
;;   0x0053: mov [r11+30h], rbp
;;   0x0057: lea rdi, [78h]
;;   0x005e: mov [r11+38h], rdi
;;   0x0062: mov rdi, r14
;;   0x0065: mov r11, rsp
;;   0x0068: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x006c: push r11
;;   0x006e: push r11
;;   0x0070: mov r11, [r14+8]
;;   0x0074: call qword ptr [r11+50h]
;;   0x0078: mov rsp, [rsp+8]
;;   0x007d: test eax, eax
;;   0x007f: jne 9Ch
;;   0x0085: mov eax, edx
;;   0x0087: mov rbx, [rbp-10h]
;;   0x008b: mov r12, [rbp-18h]
;;   0x008f: mov r13, [rbp-20h]
;;   0x0093: mov rsp, rbp
;;   0x0096: pop rbp
;;   0x0097: ret 18h
;;   0x009a: ud2
;;   0x009c: mov r11, [r14]
;;   0x009f: mov rsp, [r11+8]
;;   0x00a3: jmp qword ptr [r11+10h]
;; function 1 (wait64_offset):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 40h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 15Ah
;;   0x00ca: sub rsp, 40h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov [rbp-10h], rbx
;;   0x00d9: mov [rbp-18h], r12
;;   0x00dd: mov [rbp-20h], r13
;;   0x00e1: mov ebx, [rbp+10h]
;;   0x00e4: mov r12, [rbp+18h]
;;   0x00e8: mov r13, [rbp+20h]
;;   0x00ec: mov r15, [r14+18h]
;;   0x00f0: mov r15, [r15]
;;   0x00f3: mov [rbp-28h], ebx
;;   0x00f6: mov eax, [rbp-28h]
;;   0x00f9: add rax, 10h
;;   0x00fd: mov [rbp-28h], rax
;;   0x0101: mov esi, 0
;;   0x0106: mov rdx, [rbp-28h]
;;   0x010a: mov rcx, r12
;;   0x010d: mov r8, r13
;;   0x0110: mov r11, [r14]
;;   0x0113: mov [r11+30h], rbp
;;   0x0117: lea rdi, [138h]
;;   0x011e: mov [r11+38h], rdi
;;   0x0122: mov rdi, r14
;;   0x0125: mov r11, rsp
;;   0x0128: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x012c: push r11
;;   0x012e: push r11
;;   0x0130: mov r11, [r14+8]
;;   0x0134: call qword ptr [r11+58h]
;;   0x0138: mov rsp, [rsp+8]
;;   0x013d: test eax, eax
;;   0x013f: jne 15Ch
;;   0x0145: mov eax, edx
;;   0x0147: mov rbx, [rbp-10h]
;;   0x014b: mov r12, [rbp-18h]
;;   0x014f: mov r13, [rbp-20h]
;;   0x0153: mov rsp, rbp
;;   0x0156: pop rbp
;;   0x0157: ret 18h
;;   0x015a: ud2
;;   0x015c: mov r11, [r14]
;;   0x015f: mov rsp, [r11+8]
;;   0x0163: jmp qword ptr [r11+10h]
;; function 2 (notify):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 30h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1FBh
;;   0x018a: sub rsp, 30h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: mov [rbp-10h], rbx
;;   0x0199: mov [rbp-18h], r12
;;   0x019d: mov ebx, [rbp+10h]
;;   0x01a0: mov r12d, [rbp+18h]
;;   0x01a4: mov r15, [r14+18h]
;;   0x01a8: mov r15, [r15]
;;   0x01ab: mov esi, 0
;;   0x01b0: mov edx, ebx
;;   0x01b2: mov ecx, r12d
;;   0x01b5: mov r11, [r14]
;;   0x01b8: mov [r11+30h], rbp
;;   0x01bc: lea rdi, [1DDh]
;;   0x01c3: mov [r11+38h], rdi
;;   0x01c7: mov rdi, r14
;;   0x01ca: mov r11, rsp
;;   0x01cd: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01d1: push r11
;;   0x01d3: push r11
;;   0x01d5: mov r11, [r14+8]
;;   0x01d9: call qword ptr [r11+60h]
;;   0x01dd: mov rsp, [rsp+8]
;;   0x01e2: test eax, eax
;;   0x01e4: jne 1FDh
;;   0x01ea: mov eax, edx
;;   0x01ec: mov rbx, [rbp-10h]
;;   0x01f0: mov r12, [rbp-18h]
;;   0x01f4: mov rsp, rbp
;;   0x01f7: pop rbp
;;   0x01f8: ret 10h
;;   0x01fb: ud2
;;   0x01fd: mov r11, [r14]
;;   0x0200: mov rsp, [r11+8]
;;   0x0204: jmp qword ptr [r11+10h]
;; function 3 (notify_m1_big_offset):
;;   0x0210: push rbp
;;   0x0211: mov rbp, rsp
;;   0x0214: mov r11, [r14]
;;   0x0217: mov r11, [r11]
;;   0x021a: add r11, 30h
;;   0x0221: cmp rsp, r11
;;   0x0224: jb 2A5h
;;   0x022a: sub rsp, 30h
;;   0x0231: mov [rbp-8], r14
;;   0x0235: mov [rbp-10h], rbx
;;   0x0239: mov ebx, [rbp+10h]
;;   0x023c: mov r15, [r14+18h]
;;   0x0240: mov r15, [r15]
;;   0x0243: mov [rbp-28h], ebx
;;   0x0246: mov eax, [rbp-28h]
;;   0x0249: mov ecx, 0FFFFFFF0h
;;   0x024e: add rax, rcx
;;   0x0251: mov [rbp-28h], rax
;;   0x0255: mov esi, 1
;;   0x025a: mov rdx, [rbp-28h]
;;   0x025e: mov ecx, 1
;;   0x0263: mov r11, [r14]
;;   0x0266: mov [r11+30h], rbp
;;   0x026a: lea rdi, [28Bh]
;;   0x0271: mov [r11+38h], rdi
;;   0x0275: mov rdi, r14
;;   0x0278: mov r11, rsp
;;   0x027b: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x027f: push r11
;;   0x0281: push r11
;;   0x0283: mov r11, [r14+8]
;;   0x0287: call qword ptr [r11+60h]
;;   0x028b: mov rsp, [rsp+8]
;;   0x0290: test eax, eax
;;   0x0292: jne 2A7h
;;   0x0298: mov eax, edx
;;   0x029a: mov rbx, [rbp-10h]
;;   0x029e: mov rsp, rbp
;;   0x02a1: pop rbp
;;   0x02a2: ret 8
;;   0x02a5: ud2
;;   0x02a7: mov r11, [r14]
;;   0x02aa: mov rsp, [r11+8]
;;   0x02ae: jmp qword ptr [r11+10h]
;; function 4 (fence):
;;   0x02c0: push rbp
;;   0x02c1: mov rbp, rsp
;;   0x02c4: mov r11, [r14]
;;   0x02c7: mov r11, [r11]
;;   0x02ca: add r11, 20h
;;   0x02d1: cmp rsp, r11
;;   0x02d4: jb 2F4h
;;   0x02da: sub rsp, 20h
;;   0x02e1: mov [rbp-8], r14
;;   0x02e5: mov r15, [r14+18h]
;;   0x02e9: mov r15, [r15]
;;   0x02ec: mfence
;;   0x02ef: mov rsp, rbp
;;   0x02f2: pop rbp
;;   0x02f3: ret
;;   0x02f4: ud2
