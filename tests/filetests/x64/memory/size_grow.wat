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
;;   0x0054: jb 0AAh
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
;;   0x0094: test eax, eax
;;   0x0096: jne 0ACh
;;   0x009c: mov rax, rdx
;;   0x009f: mov rbx, [rbp-10h]
;;   0x00a3: mov rsp, rbp
;;   0x00a6: pop rbp
;;   0x00a7: ret 8
;;   0x00aa: ud2
;;   0x00ac: mov r11, [r14]
;;   0x00af: mov rsp, [r11+8]
;;   0x00b3: jmp qword ptr [r11+10h]
;; function 2 (grow_const):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 120h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov r15, [r14+18h]
;;   0x00e9: mov r15, [r15]
;;   0x00ec: mov esi, 0
;;   0x00f1: mov edx, 1
;;   0x00f6: mov rdi, r14
;;   0x00f9: mov r11, rsp
;;   0x00fc: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0100: push r11
;;   0x0102: push r11
;;   0x0104: mov r11, [r14+8]
;;   0x0108: call qword ptr [r11]
;;   0x010b: mov rsp, [rsp+8]
;;   0x0110: test eax, eax
;;   0x0112: jne 122h
;;   0x0118: mov rax, rdx
;;   0x011b: mov rsp, rbp
;;   0x011e: pop rbp
;;   0x011f: ret
;;   0x0120: ud2
;;   0x0122: mov r11, [r14]
;;   0x0125: mov rsp, [r11+8]
;;   0x0129: jmp qword ptr [r11+10h]
;; function 3 (grow_neg):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 30h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 190h
;;   0x014a: sub rsp, 30h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov r15, [r14+18h]
;;   0x0159: mov r15, [r15]
;;   0x015c: mov esi, 0
;;   0x0161: mov edx, 0FFFFFFFFh
;;   0x0166: mov rdi, r14
;;   0x0169: mov r11, rsp
;;   0x016c: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0170: push r11
;;   0x0172: push r11
;;   0x0174: mov r11, [r14+8]
;;   0x0178: call qword ptr [r11]
;;   0x017b: mov rsp, [rsp+8]
;;   0x0180: test eax, eax
;;   0x0182: jne 192h
;;   0x0188: mov rax, rdx
;;   0x018b: mov rsp, rbp
;;   0x018e: pop rbp
;;   0x018f: ret
;;   0x0190: ud2
;;   0x0192: mov r11, [r14]
;;   0x0195: mov rsp, [r11+8]
;;   0x0199: jmp qword ptr [r11+10h]
;; function 4 (grow_as_index):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 30h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 22Dh
;;   0x01ba: sub rsp, 30h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov [rbp-10h], rbx
;;   0x01c9: mov ebx, [rbp+10h]
;;   0x01cc: mov r15, [r14+18h]
;;   0x01d0: mov r15, [r15]
;;   0x01d3: mov esi, 0
;;   0x01d8: mov edx, ebx
;;   0x01da: mov rdi, r14
;;   0x01dd: mov r11, rsp
;;   0x01e0: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01e4: push r11
;;   0x01e6: push r11
;;   0x01e8: mov r11, [r14+8]
;;   0x01ec: call qword ptr [r11]
;;   0x01ef: mov rsp, [rsp+8]
;;   0x01f4: test eax, eax
;;   0x01f6: jne 22Fh
;;   0x01fc: mov rax, rdx
;;   0x01ff: mov r11, [r14+18h]
;;   0x0203: lea rcx, [rax+4]
;;   0x0207: cmp rcx, [r11+8]
;;   0x020b: ja 23Ah
;;   0x0211: lea rcx, [r15+rcx-4]
;;   0x0216: mov r11d, 0
;;   0x021c: cmova rcx, r11
;;   0x0220: mov eax, [rcx]
;;   0x0222: mov rbx, [rbp-10h]
;;   0x0226: mov rsp, rbp
;;   0x0229: pop rbp
;;   0x022a: ret 8
;;   0x022d: ud2
;;   0x022f: mov r11, [r14]
;;   0x0232: mov rsp, [r11+8]
;;   0x0236: jmp qword ptr [r11+10h]
;;   0x023a: ud2
;; function 5 (grow_live):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 30h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 2CCh
;;   0x025a: sub rsp, 30h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov [rbp-10h], rbx
;;   0x0269: mov [rbp-18h], r12
;;   0x026d: mov ebx, [rbp+10h]
;;   0x0270: mov r12, [rbp+18h]
;;   0x0274: mov r15, [r14+18h]
;;   0x0278: mov r15, [r15]
;;   0x027b: mov rax, r12
;;   0x027e: add rax, r12
;;   0x0281: mov [rbp-28h], rax
;;   0x0285: mov esi, 0
;;   0x028a: mov edx, ebx
;;   0x028c: mov rdi, r14
;;   0x028f: mov r11, rsp
;;   0x0292: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0296: push r11
;;   0x0298: push r11
;;   0x029a: mov r11, [r14+8]
;;   0x029e: call qword ptr [r11]
;;   0x02a1: mov rsp, [rsp+8]
;;   0x02a6: test eax, eax
;;   0x02a8: jne 2CEh
;;   0x02ae: mov rax, rdx
;;   0x02b1: mov eax, eax
;;   0x02b3: mov rcx, [rbp-28h]
;;   0x02b7: add rcx, rax
;;   0x02ba: mov rax, rcx
;;   0x02bd: mov rbx, [rbp-10h]
;;   0x02c1: mov r12, [rbp-18h]
;;   0x02c5: mov rsp, rbp
;;   0x02c8: pop rbp
;;   0x02c9: ret 10h
;;   0x02cc: ud2
;;   0x02ce: mov r11, [r14]
;;   0x02d1: mov rsp, [r11+8]
;;   0x02d5: jmp qword ptr [r11+10h]
