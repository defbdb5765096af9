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
;;   0x0014: jb 0A5h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: lea rcx, [r14]
;;   0x0030: mov rcx, [rcx]
;;   0x0033: mov rax, [rcx+20h]
;;   0x0037: mov rdx, rax
;;   0x003a: add rdx, 18h
;;   0x003e: cmp rdx, [rcx+28h]
;;   0x0042: ja 5Ah
;;   0x0048: mov [rcx+20h], rdx
;;   0x004c: lea rcx, [r14+18h]
;;   0x0050: mov ecx, [rcx]
;;   0x0052: mov [rax], rcx
;;   0x0055: jmp 8Bh
;;   0x005a: mov edx, 0
;;   0x005f: mov esi, 0
;;   0x0064: mov rdi, r14
;;   0x0067: mov r11, rsp
;;   0x006a: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x006e: push r11
;;   0x0070: push r11
;;   0x0072: mov r11, [r14+8]
;;   0x0076: call qword ptr [r11+90h]
;;   0x007d: mov rsp, [rsp+8]
;;   0x0082: test rax, rax
;;   0x0085: je 0A7h
;;   0x008b: mov rcx, rbx
;;   0x008e: mov [rax+8], rcx
;;   0x0092: mov ecx, 0FFFFFFFFh
;;   0x0097: mov [rax+10h], cl
;;   0x009a: mov rbx, [rbp-10h]
;;   0x009e: mov rsp, rbp
;;   0x00a1: pop rbp
;;   0x00a2: ret 8
;;   0x00a5: ud2
;;   0x00a7: ud2
;; function 1 (get_s):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 30h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0FBh
;;   0x00ca: sub rsp, 30h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov [rbp-10h], rbx
;;   0x00d9: mov rbx, [rbp+10h]
;;   0x00dd: mov rax, rbx
;;   0x00e0: test rax, rax
;;   0x00e3: je 0FDh
;;   0x00e9: movzx eax, byte ptr [rax+10h]
;;   0x00ed: movsx eax, al
;;   0x00f0: mov rbx, [rbp-10h]
;;   0x00f4: mov rsp, rbp
;;   0x00f7: pop rbp
;;   0x00f8: ret 8
;;   0x00fb: ud2
;;   0x00fd: ud2
;; function 2 (set):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 30h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 156h
;;   0x011a: sub rsp, 30h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov [rbp-10h], rbx
;;   0x0129: mov [rbp-18h], r12
;;   0x012d: mov rbx, [rbp+10h]
;;   0x0131: mov r12d, [rbp+18h]
;;   0x0135: mov eax, r12d
;;   0x0138: mov rcx, rbx
;;   0x013b: test rcx, rcx
;;   0x013e: je 158h
;;   0x0144: mov [rcx+10h], al
;;   0x0147: mov rbx, [rbp-10h]
;;   0x014b: mov r12, [rbp-18h]
;;   0x014f: mov rsp, rbp
;;   0x0152: pop rbp
;;   0x0153: ret 10h
;;   0x0156: ud2
;;   0x0158: ud2
;; function 3 (array_get_u):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 30h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1C8h
;;   0x017a: sub rsp, 30h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov [rbp-10h], rbx
;;   0x0189: mov [rbp-18h], r12
;;   0x018d: mov rbx, [rbp+10h]
;;   0x0191: mov r12d, [rbp+18h]
;;   0x0195: mov eax, r12d
;;   0x0198: mov rcx, rbx
;;   0x019b: test rcx, rcx
;;   0x019e: je 1CAh
;;   0x01a4: cmp eax, [rcx+8]
;;   0x01a7: jb 1B2h
;;   0x01ad: jmp 1CCh
;;   0x01b2: add rax, rcx
;;   0x01b5: movzx eax, byte ptr [rax+10h]
;;   0x01b9: mov rbx, [rbp-10h]
;;   0x01bd: mov r12, [rbp-18h]
;;   0x01c1: mov rsp, rbp
;;   0x01c4: pop rbp
;;   0x01c5: ret 10h
;;   0x01c8: ud2
;;   0x01ca: ud2
;;   0x01cc: ud2
;; function 4 (fill):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 40h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 26Eh
;;   0x01ea: sub rsp, 40h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov [rbp-10h], rbx
;;   0x01f9: mov [rbp-18h], r12
;;   0x01fd: mov [rbp-20h], r13
;;   0x0201: mov rbx, [rbp+10h]
;;   0x0205: mov r12d, [rbp+18h]
;;   0x0209: mov r13d, [rbp+20h]
;;   0x020d: mov eax, [rbp+28h]
;;   0x0210: mov ecx, r13d
;;   0x0213: mov edx, r12d
;;   0x0216: mov rsi, rbx
;;   0x0219: test rsi, rsi
;;   0x021c: je 270h
;;   0x0222: mov rdi, rdx
;;   0x0225: add rdi, rax
;;   0x0228: mov eax, [rsi+8]
;;   0x022b: cmp rdi, rax
;;   0x022e: jbe 239h
;;   0x0234: jmp 272h
;;   0x0239: add rdx, rsi
;;   0x023c: add rdi, rsi
;;   0x023f: add rdx, 10h
;;   0x0243: add rdi, 10h
;;   0x0247: cmp rdx, rdi
;;   0x024a: jae 25Bh
;;   0x0250: mov [rdx], cl
;;   0x0252: add rdx, 1
;;   0x0256: jmp 247h
;;   0x025b: mov rbx, [rbp-10h]
;;   0x025f: mov r12, [rbp-18h]
;;   0x0263: mov r13, [rbp-20h]
;;   0x0267: mov rsp, rbp
;;   0x026a: pop rbp
;;   0x026b: ret 20h
;;   0x026e: ud2
;;   0x0270: ud2
;;   0x0272: ud2
