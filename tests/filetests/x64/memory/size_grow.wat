;;! target = "x86_64"

;; memory.size reads the length and shifts by 16; memory.grow calls the
;; builtin (vmctx, memory, delta) with the stack aligned, and the i32 result
;; is zero-extended (`mov eax, eax`: the C ABI leaves the upper half
;; undefined), which an address computation relies on.
(module
  (memory 1 10)
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "grow_const") (result i32) (memory.grow (i32.const 1)))
  (func (export "grow_neg") (result i32) (memory.grow (i32.const -1)))
  (func (export "grow_as_index") (param i32) (result i32)
    (i32.load (memory.grow (local.get 0))))
  (func (export "grow_live") (param i32 i64) (result i64)
    (i64.add (local.get 1) (local.get 1))
    (i64.extend_i32_u (memory.grow (local.get 0)))
    i64.add))
;; function 0 (size):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Dh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov r11, [r14+18h]
;;   0x0030: mov rax, [r11+8]
;;   0x0034: shr rax, 10h
;;   0x0038: mov rsp, rbp
;;   0x003b: pop rbp
;;   0x003c: ret
;;   0x003d: ud2
;; function 1 (grow):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 9Fh
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov ebx, [rbp+10h]
;;   0x006c: mov r15, [r14+18h]
;;   0x0070: mov r15, [r15]
;;   0x0073: mov esi, 0
;;   0x0078: mov edx, ebx
;;   0x007a: mov rdi, r14
;;   0x007d: mov r11, rsp
;;   0x0080: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0084: push r11
;;   0x0086: push r11
;;   0x0088: mov r11, [r14+8]
;;   0x008c: call qword ptr [r11]
;;   0x008f: mov rsp, [rsp+8]
;;   0x0094: mov rbx, [rbp-10h]
;;   0x0098: mov rsp, rbp
;;   0x009b: pop rbp
;;   0x009c: ret 8
;;   0x009f: ud2
;; function 2 (grow_const):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 30h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 105h
;;   0x00ca: sub rsp, 30h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov r15, [r14+18h]
;;   0x00d9: mov r15, [r15]
;;   0x00dc: mov esi, 0
;;   0x00e1: mov edx, 1
;;   0x00e6: mov rdi, r14
;;   0x00e9: mov r11, rsp
;;   0x00ec: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00f0: push r11
;;   0x00f2: push r11
;;   0x00f4: mov r11, [r14+8]
;;   0x00f8: call qword ptr [r11]
;;   0x00fb: mov rsp, [rsp+8]
;;   0x0100: mov rsp, rbp
;;   0x0103: pop rbp
;;   0x0104: ret
;;   0x0105: ud2
;; function 3 (grow_neg):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 30h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 165h
;;   0x012a: sub rsp, 30h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov r15, [r14+18h]
;;   0x0139: mov r15, [r15]
;;   0x013c: mov esi, 0
;;   0x0141: mov edx, 0FFFFFFFFh
;;   0x0146: mov rdi, r14
;;   0x0149: mov r11, rsp
;;   0x014c: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0150: push r11
;;   0x0152: push r11
;;   0x0154: mov r11, [r14+8]
;;   0x0158: call qword ptr [r11]
;;   0x015b: mov rsp, [rsp+8]
;;   0x0160: mov rsp, rbp
;;   0x0163: pop rbp
;;   0x0164: ret
;;   0x0165: ud2
;; function 4 (grow_as_index):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 30h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1F2h
;;   0x018a: sub rsp, 30h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: mov [rbp-10h], rbx
;;   0x0199: mov ebx, [rbp+10h]
;;   0x019c: mov r15, [r14+18h]
;;   0x01a0: mov r15, [r15]
;;   0x01a3: mov esi, 0
;;   0x01a8: mov edx, ebx
;;   0x01aa: mov rdi, r14
;;   0x01ad: mov r11, rsp
;;   0x01b0: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01b4: push r11
;;   0x01b6: push r11
;;   0x01b8: mov r11, [r14+8]
;;   0x01bc: call qword ptr [r11]
;;   0x01bf: mov rsp, [rsp+8]
;;   0x01c4: mov r11, [r14+18h]
;;   0x01c8: lea rcx, [rax+4]
;;   0x01cc: cmp rcx, [r11+8]
;;   0x01d0: ja 1F4h
;;   0x01d6: lea rcx, [r15+rcx-4]
;;   0x01db: mov r11d, 0
;;   0x01e1: cmova rcx, r11
;;   0x01e5: mov eax, [rcx]
;;   0x01e7: mov rbx, [rbp-10h]
;;   0x01eb: mov rsp, rbp
;;   0x01ee: pop rbp
;;   0x01ef: ret 8
;;   0x01f2: ud2
;;   0x01f4: ud2
;; function 5 (grow_live):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 30h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 281h
;;   0x021a: sub rsp, 30h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: mov [rbp-10h], rbx
;;   0x0229: mov [rbp-18h], r12
;;   0x022d: mov ebx, [rbp+10h]
;;   0x0230: mov r12, [rbp+18h]
;;   0x0234: mov r15, [r14+18h]
;;   0x0238: mov r15, [r15]
;;   0x023b: mov rax, r12
;;   0x023e: add rax, r12
;;   0x0241: mov [rbp-28h], rax
;;   0x0245: mov esi, 0
;;   0x024a: mov edx, ebx
;;   0x024c: mov rdi, r14
;;   0x024f: mov r11, rsp
;;   0x0252: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0256: push r11
;;   0x0258: push r11
;;   0x025a: mov r11, [r14+8]
;;   0x025e: call qword ptr [r11]
;;   0x0261: mov rsp, [rsp+8]
;;   0x0266: mov eax, eax
;;   0x0268: mov rcx, [rbp-28h]
;;   0x026c: add rcx, rax
;;   0x026f: mov rax, rcx
;;   0x0272: mov rbx, [rbp-10h]
;;   0x0276: mov r12, [rbp-18h]
;;   0x027a: mov rsp, rbp
;;   0x027d: pop rbp
;;   0x027e: ret 10h
;;   0x0281: ud2
