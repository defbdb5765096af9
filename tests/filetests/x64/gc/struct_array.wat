;;! target = "x86_64"

(module
  (type $pair (struct (field i64) (field (mut i8))))
  (type $bytes (array (mut i8)))
  (func (export "new_pair") (param i64) (result (ref $pair))
    (struct.new $pair (local.get 0) (i32.const -1)))
  (func (export "get_s") (param (ref null $pair)) (result i32)
    (struct.get_s $pair 1 (local.get 0)))
  (func (export "set") (param (ref null $pair) i32)
    (struct.set $pair 1 (local.get 0) (local.get 1)))
  (func (export "array_get_u") (param (ref null $bytes) i32) (result i32)
    (array.get_u $bytes (local.get 0) (local.get 1)))
  (func (export "fill") (param (ref null $bytes) i32 i32 i32)
    (array.fill $bytes (local.get 0) (local.get 1) (local.get 2) (local.get 3))))
;; function 0 (new_pair):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 0B2h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: mov rcx, [r14]
;;   0x0030: mov rax, [rcx+20h]
;;   0x0034: mov rdx, rax
;;   0x0037: add rdx, 18h
;;   0x003b: cmp rdx, [rcx+28h]
;;   0x003f: ja 55h
;;   0x0045: mov [rcx+20h], rdx
;;   0x0049: mov ecx, [r14+18h]
;;   0x004d: mov [rax], rcx
;;   0x0050: jmp 98h
;;   0x0055: mov edx, 0
;;   0x005a: mov esi, 0
;;   0x005f: mov r11, [r14]
;;   0x0062: mov [r11+30h], rbp
;;   0x0066: lea rdi, [8Ah]
;;   0x006d: mov [r11+38h], rdi
;;   0x0071: mov rdi, r14
;;   0x0074: mov r11, rsp
;;   0x0077: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x007b: push r11
;;   0x007d: push r11
;;   0x007f: mov r11, [r14+8]
;;   0x0083: call qword ptr [r11+90h]
;;   0x008a: mov rsp, [rsp+8]
;;   0x008f: test rax, rax
;;   0x0092: je 0B4h
;;   0x0098: mov rcx, rbx
;;   0x009b: mov [rax+8], rcx
;;   0x009f: mov ecx, 0FFFFFFFFh
;;   0x00a4: mov [rax+10h], cl
;;   0x00a7: mov rbx, [rbp-10h]
;;   0x00ab: mov rsp, rbp
;;   0x00ae: pop rbp
;;   0x00af: ret 8
;;   0x00b2: ud2
;;   0x00b4: ud2
;; function 1 (get_s):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 100h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov rax, [rbp+10h]
;;   0x00e9: test rax, rax
;;   0x00ec: je 102h
;;   0x00f2: movzx eax, byte ptr [rax+10h]
;;   0x00f6: movsx eax, al
;;   0x00f9: mov rsp, rbp
;;   0x00fc: pop rbp
;;   0x00fd: ret 8
;;   0x0100: ud2
;;   0x0102: ud2
;; function 2 (set):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 30h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 159h
;;   0x012a: sub rsp, 30h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov [rbp-10h], rbx
;;   0x0139: mov ebx, [rbp+18h]
;;   0x013c: mov eax, ebx
;;   0x013e: mov rcx, [rbp+10h]
;;   0x0142: test rcx, rcx
;;   0x0145: je 15Bh
;;   0x014b: mov [rcx+10h], al
;;   0x014e: mov rbx, [rbp-10h]
;;   0x0152: mov rsp, rbp
;;   0x0155: pop rbp
;;   0x0156: ret 10h
;;   0x0159: ud2
;;   0x015b: ud2
;; function 3 (array_get_u):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 30h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1BBh
;;   0x017a: sub rsp, 30h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov [rbp-10h], rbx
;;   0x0189: mov ebx, [rbp+18h]
;;   0x018c: mov eax, ebx
;;   0x018e: mov rcx, [rbp+10h]
;;   0x0192: test rcx, rcx
;;   0x0195: je 1BDh
;;   0x019b: cmp eax, [rcx+8]
;;   0x019e: jb 1A9h
;;   0x01a4: jmp 1BFh
;;   0x01a9: add rax, rcx
;;   0x01ac: movzx eax, byte ptr [rax+10h]
;;   0x01b0: mov rbx, [rbp-10h]
;;   0x01b4: mov rsp, rbp
;;   0x01b7: pop rbp
;;   0x01b8: ret 10h
;;   0x01bb: ud2
;;   0x01bd: ud2
;;   0x01bf: ud2
;; function 4 (fill):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 40h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 26Dh
;;   0x01ea: sub rsp, 40h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov [rbp-10h], rbx
;;   0x01f9: mov [rbp-18h], r12
;;   0x01fd: mov [rbp-20h], r13
;;   0x0201: mov ebx, [rbp+18h]
;;   0x0204: mov r12d, [rbp+20h]
;;   0x0208: mov r13d, [rbp+28h]
;;   0x020c: mov eax, r13d
;;   0x020f: mov ecx, r12d
;;   0x0212: mov edx, ebx
;;   0x0214: mov rsi, [rbp+10h]
;;   0x0218: test rsi, rsi
;;   0x021b: je 26Fh
;;   0x0221: mov rdi, rdx
;;   0x0224: add rdi, rax
;;   0x0227: mov eax, [rsi+8]
;;   0x022a: cmp rdi, rax
;;   0x022d: jbe 238h
;;   0x0233: jmp 271h
;;   0x0238: add rdx, rsi
;;   0x023b: add rdi, rsi
;;   0x023e: add rdx, 10h
;;   0x0242: add rdi, 10h
;;   0x0246: cmp rdx, rdi
;;   0x0249: jae 25Ah
;;   0x024f: mov [rdx], cl
;;   0x0251: add rdx, 1
;;   0x0255: jmp 246h
;;   0x025a: mov rbx, [rbp-10h]
;;   0x025e: mov r12, [rbp-18h]
;;   0x0262: mov r13, [rbp-20h]
;;   0x0266: mov rsp, rbp
;;   0x0269: pop rbp
;;   0x026a: ret 20h
;;   0x026d: ud2
;;   0x026f: ud2
;;   0x0271: ud2
