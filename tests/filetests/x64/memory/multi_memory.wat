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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 49h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov eax, ebx
;;   0x0035: mov r11, [r14+20h]
;;   0x0039: add rax, [r11]
;;   0x003c: mov eax, [rax]
;;   0x003e: mov rbx, [rbp-10h]
;;   0x0042: mov rsp, rbp
;;   0x0045: pop rbp
;;   0x0046: ret 8
;;   0x0049: ud2
;; function 1 (load_imported):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 93h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: mov r15, [r14+18h]
;;   0x0080: mov r15, [r15]
;;   0x0083: mov rax, [r15+rbx+8]
;;   0x0088: mov rbx, [rbp-10h]
;;   0x008c: mov rsp, rbp
;;   0x008f: pop rbp
;;   0x0090: ret 8
;;   0x0093: ud2
;; function 2 (store_b):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 10Bh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov ebx, [rbp+10h]
;;   0x00cc: mov r15, [r14+18h]
;;   0x00d0: mov r15, [r15]
;;   0x00d3: movsd xmm0, [rbp+18h]
;;   0x00d8: mov eax, ebx
;;   0x00da: mov r11, [r14+28h]
;;   0x00de: mov ecx, 80000008h
;;   0x00e3: add rcx, rax
;;   0x00e6: cmp rcx, [r11+8]
;;   0x00ea: ja 10Dh
;;   0x00f0: mov r11d, 80000000h
;;   0x00f6: add rax, r11
;;   0x00f9: add rax, [r11]
;;   0x00fc: movsd [rax], xmm0
;;   0x0100: mov rbx, [rbp-10h]
;;   0x0104: mov rsp, rbp
;;   0x0107: pop rbp
;;   0x0108: ret 10h
;;   0x010b: ud2
;;   0x010d: ud2
;; function 3 (size_b):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 30h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 14Dh
;;   0x012a: sub rsp, 30h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov r15, [r14+18h]
;;   0x0139: mov r15, [r15]
;;   0x013c: mov r11, [r14+28h]
;;   0x0140: mov rax, [r11+8]
;;   0x0144: shr rax, 10h
;;   0x0148: mov rsp, rbp
;;   0x014b: pop rbp
;;   0x014c: ret
;;   0x014d: ud2
;; function 4 (grow_a):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1B1h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov ebx, [rbp+10h]
;;   0x017c: mov r15, [r14+18h]
;;   0x0180: mov r15, [r15]
;;   0x0183: mov esi, 1
;;   0x0188: mov edx, ebx
;;   0x018a: mov rdi, r14
;;   0x018d: mov r11, rsp
;;   0x0190: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0194: push r11
;;   0x0196: push r11
;;   0x0198: mov r11, [r14+8]
;;   0x019c: call qword ptr [r11]
;;   0x019f: mov rsp, [rsp+8]
;;   0x01a4: mov eax, eax
;;   0x01a6: mov rbx, [rbp-10h]
;;   0x01aa: mov rsp, rbp
;;   0x01ad: pop rbp
;;   0x01ae: ret 8
;;   0x01b1: ud2
;; function 5 (copy_b_to_a):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 40h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 24Bh
;;   0x01da: sub rsp, 40h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov [rbp-10h], rbx
;;   0x01e9: mov [rbp-18h], r12
;;   0x01ed: mov [rbp-20h], r13
;;   0x01f1: mov ebx, [rbp+10h]
;;   0x01f4: mov r12d, [rbp+18h]
;;   0x01f8: mov r13d, [rbp+20h]
;;   0x01fc: mov r15, [r14+18h]
;;   0x0200: mov r15, [r15]
;;   0x0203: mov esi, 1
;;   0x0208: mov edx, 2
;;   0x020d: mov ecx, ebx
;;   0x020f: mov r8d, r12d
;;   0x0212: mov r9d, r13d
;;   0x0215: mov rdi, r14
;;   0x0218: mov r11, rsp
;;   0x021b: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x021f: push r11
;;   0x0221: push r11
;;   0x0223: mov r11, [r14+8]
;;   0x0227: call qword ptr [r11+10h]
;;   0x022b: mov rsp, [rsp+8]
;;   0x0230: test eax, eax
;;   0x0232: jne 24Dh
;;   0x0238: mov rbx, [rbp-10h]
;;   0x023c: mov r12, [rbp-18h]
;;   0x0240: mov r13, [rbp-20h]
;;   0x0244: mov rsp, rbp
;;   0x0247: pop rbp
;;   0x0248: ret 18h
;;   0x024b: ud2
;;   0x024d: mov r11, [r14]
;;   0x0250: mov rsp, [r11+8]
;;   0x0254: jmp qword ptr [r11+10h]
;; function 6 (fill_b):
;;   0x0260: push rbp
;;   0x0261: mov rbp, rsp
;;   0x0264: mov r11, [r14]
;;   0x0267: mov r11, [r11]
;;   0x026a: add r11, 40h
;;   0x0271: cmp rsp, r11
;;   0x0274: jb 2D3h
;;   0x027a: sub rsp, 40h
;;   0x0281: mov [rbp-8], r14
;;   0x0285: mov [rbp-10h], rbx
;;   0x0289: mov ebx, [rbp+10h]
;;   0x028c: mov r15, [r14+18h]
;;   0x0290: mov r15, [r15]
;;   0x0293: mov esi, 2
;;   0x0298: mov edx, ebx
;;   0x029a: mov ecx, 0FFh
;;   0x029f: mov r8d, 4
;;   0x02a5: mov rdi, r14
;;   0x02a8: mov r11, rsp
;;   0x02ab: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x02af: push r11
;;   0x02b1: push r11
;;   0x02b3: mov r11, [r14+8]
;;   0x02b7: call qword ptr [r11+8]
;;   0x02bb: mov rsp, [rsp+8]
;;   0x02c0: test eax, eax
;;   0x02c2: jne 2D5h
;;   0x02c8: mov rbx, [rbp-10h]
;;   0x02cc: mov rsp, rbp
;;   0x02cf: pop rbp
;;   0x02d0: ret 8
;;   0x02d3: ud2
;;   0x02d5: mov r11, [r14]
;;   0x02d8: mov rsp, [r11+8]
;;   0x02dc: jmp qword ptr [r11+10h]
