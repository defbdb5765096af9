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
;;   0x0014: jb 0CAh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12, [rbp+18h]
;;   0x0034: mov eax, ebx
;;   0x0036: mov r11, [r14+18h]
;;   0x003a: cmp rax, [r11+8]
;;   0x003e: jae 0CCh
;;   0x0044: mov r11, [r11]
;;   0x0047: lea rax, [r11+rax*8]
;;   0x004b: mov r11d, 0
;;   0x0051: cmovae rax, r11
;;   0x0055: mov rax, [rax]
;;   0x0058: test rax, rax
;;   0x005b: je 0CEh
;;   0x0061: mov [rbp-28h], rax
;;   0x0065: mov rax, [rbp-28h]
;;   0x0069: mov eax, [rax+10h]
;;   0x006c: lea rcx, [r14+20h]
;;   0x0070: mov ecx, [rcx]
;;   0x0072: cmp eax, ecx
;;   0x0074: je 0A6h
;;   0x007a: mov esi, 0
;;   0x007f: mov rdx, [rbp-28h]
;;   0x0083: mov rdi, r14
;;   0x0086: mov r11, rsp
;;   0x0089: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x008d: push r11
;;   0x008f: push r11
;;   0x0091: mov r11, [r14+8]
;;   0x0095: call qword ptr [r11+70h]
;;   0x0099: mov rsp, [rsp+8]
;;   0x009e: test eax, eax
;;   0x00a0: jne 0D0h
;;   0x00a6: mov rax, [rbp-28h]
;;   0x00aa: mov r11, rax
;;   0x00ad: mov rsi, r14
;;   0x00b0: mov r14, [r11+8]
;;   0x00b4: call qword ptr [r11]
;;   0x00b7: mov r14, [rbp-8]
;;   0x00bb: mov rbx, [rbp-10h]
;;   0x00bf: mov r12, [rbp-18h]
;;   0x00c3: mov rsp, rbp
;;   0x00c6: pop rbp
;;   0x00c7: ret 10h
;;   0x00ca: ud2
;;   0x00cc: ud2
;;   0x00ce: ud2
;;   0x00d0: mov r11, [r14]
;;   0x00d3: mov rsp, [r11+8]
;;   0x00d7: jmp qword ptr [r11+10h]
;; function 1 (closed):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 163h
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov ebx, [rbp+10h]
;;   0x010c: mov eax, ebx
;;   0x010e: mov r11, [r14+18h]
;;   0x0112: cmp rax, [r11+8]
;;   0x0116: jae 165h
;;   0x011c: mov r11, [r11]
;;   0x011f: lea rax, [r11+rax*8]
;;   0x0123: mov r11d, 0
;;   0x0129: cmovae rax, r11
;;   0x012d: mov rax, [rax]
;;   0x0130: test rax, rax
;;   0x0133: je 167h
;;   0x0139: mov r11d, [r14+24h]
;;   0x013d: cmp r11d, [rax+10h]
;;   0x0141: jne 169h
;;   0x0147: mov r11, rax
;;   0x014a: mov rsi, r14
;;   0x014d: mov r14, [r11+8]
;;   0x0151: call qword ptr [r11]
;;   0x0154: mov r14, [rbp-8]
;;   0x0158: mov rbx, [rbp-10h]
;;   0x015c: mov rsp, rbp
;;   0x015f: pop rbp
;;   0x0160: ret 8
;;   0x0163: ud2
;;   0x0165: ud2
;;   0x0167: ud2
;;   0x0169: ud2
