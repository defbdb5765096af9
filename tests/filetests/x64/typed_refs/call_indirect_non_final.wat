;;! target = "x86_64"

(module
  (type $open (sub (func (result i32))))
  (type $closed (sub final $open (func (result i32))))
  (table 2 funcref)
  (func (export "open") (param i32 i64) (result i32)
    (call_indirect (type $open) (local.get 0)))
  (func (export "closed") (param i32) (result i32)
    (call_indirect (type $closed) (local.get 0))))
;; function 0 (open):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 0DCh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12, [rbp+18h]
;;   0x0034: mov eax, ebx
;;   0x0036: mov r11, [r14+18h]
;;   0x003a: cmp rax, [r11+8]
;;   0x003e: jae 0DEh
;;   0x0044: mov r11, [r11]
;;   0x0047: lea rax, [r11+rax*8]
;;   0x004b: mov r11d, 0
;;   0x0051: cmovae rax, r11
;;   0x0055: mov rax, [rax]
;;   0x0058: test rax, rax
;;   0x005b: je 0E0h
;;   0x0061: mov [rbp-28h], rax
;;   0x0065: mov rax, [rbp-28h]
;;   0x0069: mov eax, [rax+10h]
;;   0x006c: lea rcx, [r14+20h]
;;   0x0070: mov ecx, [rcx]
;;   0x0072: cmp eax, ecx
;;   0x0074: je 0B8h
;;   0x007a: mov esi, 0
;;   0x007f: mov rdx, [rbp-28h]
;;   0x0083: mov r11, [r14]
;;   0x0086: mov [r11+30h], rbp
;;   0x008a: lea rdi, [0ABh]
;;   0x0091: mov [r11+38h], rdi
;;   0x0095: mov rdi, r14
;;   0x0098: mov r11, rsp
;;   0x009b: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x009f: push r11
;;   0x00a1: push r11
;;   0x00a3: mov r11, [r14+8]
;;   0x00a7: call qword ptr [r11+70h]
;;   0x00ab: mov rsp, [rsp+8]
;;   0x00b0: test eax, eax
;;   0x00b2: jne 0E2h
;;   0x00b8: mov rax, [rbp-28h]
;;   0x00bc: mov r11, rax
;;   0x00bf: mov rsi, r14
;;   0x00c2: mov r14, [r11+8]
;;   0x00c6: call qword ptr [r11]
;;   0x00c9: mov r14, [rbp-8]
;;   0x00cd: mov rbx, [rbp-10h]
;;   0x00d1: mov r12, [rbp-18h]
;;   0x00d5: mov rsp, rbp
;;   0x00d8: pop rbp
;;   0x00d9: ret 10h
;;   0x00dc: ud2
;;   0x00de: ud2
;;   0x00e0: ud2
;;   0x00e2: mov r11, [r14]
;;   0x00e5: mov rsp, [r11+8]
;;   0x00e9: jmp qword ptr [r11+10h]
;; function 1 (closed):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 173h
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov ebx, [rbp+10h]
;;   0x011c: mov eax, ebx
;;   0x011e: mov r11, [r14+18h]
;;   0x0122: cmp rax, [r11+8]
;;   0x0126: jae 175h
;;   0x012c: mov r11, [r11]
;;   0x012f: lea rax, [r11+rax*8]
;;   0x0133: mov r11d, 0
;;   0x0139: cmovae rax, r11
;;   0x013d: mov rax, [rax]
;;   0x0140: test rax, rax
;;   0x0143: je 177h
;;   0x0149: mov r11d, [r14+24h]
;;   0x014d: cmp r11d, [rax+10h]
;;   0x0151: jne 179h
;;   0x0157: mov r11, rax
;;   0x015a: mov rsi, r14
;;   0x015d: mov r14, [r11+8]
;;   0x0161: call qword ptr [r11]
;;   0x0164: mov r14, [rbp-8]
;;   0x0168: mov rbx, [rbp-10h]
;;   0x016c: mov rsp, rbp
;;   0x016f: pop rbp
;;   0x0170: ret 8
;;   0x0173: ud2
;;   0x0175: ud2
;;   0x0177: ud2
;;   0x0179: ud2
