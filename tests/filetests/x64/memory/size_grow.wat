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
;;   0x0054: jb 0BCh
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov ebx, [rbp+10h]
;;   0x006c: mov r15, [r14+18h]
;;   0x0070: mov r15, [r15]
;;   0x0073: mov esi, 0
;;   0x0078: mov edx, ebx
;;   0x007a: mov r11, [r14]
;;   0x007d: mov [r11+30h], rbp
;;   0x0081: lea rdi, [0A1h]
;;   0x0088: mov [r11+38h], rdi
;;   0x008c: mov rdi, r14
;;   0x008f: mov r11, rsp
;;   0x0092: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0096: push r11
;;   0x0098: push r11
;;   0x009a: mov r11, [r14+8]
;;   0x009e: call qword ptr [r11]
;;   0x00a1: mov rsp, [rsp+8]
;;   0x00a6: test eax, eax
;;   0x00a8: jne 0BEh
;;   0x00ae: mov rax, rdx
;;   0x00b1: mov rbx, [rbp-10h]
;;   0x00b5: mov rsp, rbp
;;   0x00b8: pop rbp
;;   0x00b9: ret 8
;;   0x00bc: ud2
;;   0x00be: mov r11, [r14]
;;   0x00c1: mov rsp, [r11+8]
;;   0x00c5: jmp qword ptr [r11+10h]
;; function 2 (grow_const):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 142h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov r15, [r14+18h]
;;   0x00f9: mov r15, [r15]
;;   0x00fc: mov esi, 0
;;   0x0101: mov edx, 1
;;   0x0106: mov r11, [r14]
;;   0x0109: mov [r11+30h], rbp
;;   0x010d: lea rdi, [12Dh]
;;   0x0114: mov [r11+38h], rdi
;;   0x0118: mov rdi, r14
;;   0x011b: mov r11, rsp
;;   0x011e: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0122: push r11
;;   0x0124: push r11
;;   0x0126: mov r11, [r14+8]
;;   0x012a: call qword ptr [r11]
;;   0x012d: mov rsp, [rsp+8]
;;   0x0132: test eax, eax
;;   0x0134: jne 144h
;;   0x013a: mov rax, rdx
;;   0x013d: mov rsp, rbp
;;   0x0140: pop rbp
;;   0x0141: ret
;;   0x0142: ud2
;;   0x0144: mov r11, [r14]
;;   0x0147: mov rsp, [r11+8]
;;   0x014b: jmp qword ptr [r11+10h]
;; function 3 (grow_neg):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1C2h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov r15, [r14+18h]
;;   0x0179: mov r15, [r15]
;;   0x017c: mov esi, 0
;;   0x0181: mov edx, 0FFFFFFFFh
;;   0x0186: mov r11, [r14]
;;   0x0189: mov [r11+30h], rbp
;;   0x018d: lea rdi, [1ADh]
;;   0x0194: mov [r11+38h], rdi
;;   0x0198: mov rdi, r14
;;   0x019b: mov r11, rsp
;;   0x019e: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01a2: push r11
;;   0x01a4: push r11
;;   0x01a6: mov r11, [r14+8]
;;   0x01aa: call qword ptr [r11]
;;   0x01ad: mov rsp, [rsp+8]
;;   0x01b2: test eax, eax
;;   0x01b4: jne 1C4h
;;   0x01ba: mov rax, rdx
;;   0x01bd: mov rsp, rbp
;;   0x01c0: pop rbp
;;   0x01c1: ret
;;   0x01c2: ud2
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov rsp, [r11+8]
;;   0x01cb: jmp qword ptr [r11+10h]
;; function 4 (grow_as_index):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 30h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 26Fh
;;   0x01ea: sub rsp, 30h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov [rbp-10h], rbx
;;   0x01f9: mov ebx, [rbp+10h]
;;   0x01fc: mov r15, [r14+18h]
;;   0x0200: mov r15, [r15]
;;   0x0203: mov esi, 0
;;   0x0208: mov edx, ebx
;;   0x020a: mov r11, [r14]
;;   0x020d: mov [r11+30h], rbp
;;   0x0211: lea rdi, [231h]
;;   0x0218: mov [r11+38h], rdi
;;   0x021c: mov rdi, r14
;;   0x021f: mov r11, rsp
;;   0x0222: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0226: push r11
;;   0x0228: push r11
;;   0x022a: mov r11, [r14+8]
;;   0x022e: call qword ptr [r11]
;;   0x0231: mov rsp, [rsp+8]
;;   0x0236: test eax, eax
;;   0x0238: jne 271h
;;   0x023e: mov rax, rdx
;;   0x0241: mov r11, [r14+18h]
;;   0x0245: lea rcx, [rax+4]
;;   0x0249: cmp rcx, [r11+8]
;;   0x024d: ja 27Ch
;;   0x0253: lea rcx, [r15+rcx-4]
;;   0x0258: mov r11d, 0
;;   0x025e: cmova rcx, r11
;;   0x0262: mov eax, [rcx]
;;   0x0264: mov rbx, [rbp-10h]
;;   0x0268: mov rsp, rbp
;;   0x026b: pop rbp
;;   0x026c: ret 8
;;   0x026f: ud2
;;   0x0271: mov r11, [r14]
;;   0x0274: mov rsp, [r11+8]
;;   0x0278: jmp qword ptr [r11+10h]
;;   0x027c: ud2
;; function 5 (grow_live):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 30h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 31Eh
;;   0x029a: sub rsp, 30h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov [rbp-10h], rbx
;;   0x02a9: mov [rbp-18h], r12
;;   0x02ad: mov ebx, [rbp+10h]
;;   0x02b0: mov r12, [rbp+18h]
;;   0x02b4: mov r15, [r14+18h]
;;   0x02b8: mov r15, [r15]
;;   0x02bb: mov rax, r12
;;   0x02be: add rax, r12
;;   0x02c1: mov [rbp-28h], rax
;;   0x02c5: mov esi, 0
;;   0x02ca: mov edx, ebx
;;   0x02cc: mov r11, [r14]
;;   0x02cf: mov [r11+30h], rbp
;;   0x02d3: lea rdi, [2F3h]
;;   0x02da: mov [r11+38h], rdi
;;   0x02de: mov rdi, r14
;;   0x02e1: mov r11, rsp
;;   0x02e4: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x02e8: push r11
;;   0x02ea: push r11
;;   0x02ec: mov r11, [r14+8]
;;   0x02f0: call qword ptr [r11]
;;   0x02f3: mov rsp, [rsp+8]
;;   0x02f8: test eax, eax
;;   0x02fa: jne 320h
;;   0x0300: mov rax, rdx
;;   0x0303: mov eax, eax
;;   0x0305: mov rcx, [rbp-28h]
;;   0x0309: add rcx, rax
;;   0x030c: mov rax, rcx
;;   0x030f: mov rbx, [rbp-10h]
;;   0x0313: mov r12, [rbp-18h]
;;   0x0317: mov rsp, rbp
;;   0x031a: pop rbp
;;   0x031b: ret 10h
;;   0x031e: ud2
;;   0x0320: mov r11, [r14]
;;   0x0323: mov rsp, [r11+8]
;;   0x0327: jmp qword ptr [r11+10h]
