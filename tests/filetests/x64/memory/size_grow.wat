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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Dh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov r11, [r14+18h]
;;   0x0030: mov rax, [r11+8]
;;   0x0034: shr rax, 10h
;;   0x0038: mov rsp, rbp
;;   0x003b: pop rbp
;;   0x003c: ret
;;   0x003d: mov r11, [r14]
;;   0x0040: mov eax, 0Ah
;;   0x0045: mov rsp, [r11+8]
;;   0x0049: jmp qword ptr [r11+10h]
;; function 1 (grow):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 0A7h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov r15, [r14+18h]
;;   0x0079: mov r15, [r15]
;;   0x007c: mov esi, 0
;;   0x0081: mov edx, [rbp+10h]
;;   0x0084: mov rdi, r14
;;   0x0087: mov r11, rsp
;;   0x008a: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x008e: push r11
;;   0x0090: push r11
;;   0x0092: mov r11, [r14+8]
;;   0x0096: call qword ptr [r11]
;;   0x0099: mov rsp, [rsp+8]
;;   0x009e: mov eax, eax
;;   0x00a0: mov rsp, rbp
;;   0x00a3: pop rbp
;;   0x00a4: ret 8
;;   0x00a7: mov r11, [r14]
;;   0x00aa: mov eax, 0Ah
;;   0x00af: mov rsp, [r11+8]
;;   0x00b3: jmp qword ptr [r11+10h]
;; function 2 (grow_const):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 10h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 117h
;;   0x00da: sub rsp, 10h
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
;;   0x0110: mov eax, eax
;;   0x0112: mov rsp, rbp
;;   0x0115: pop rbp
;;   0x0116: ret
;;   0x0117: mov r11, [r14]
;;   0x011a: mov eax, 0Ah
;;   0x011f: mov rsp, [r11+8]
;;   0x0123: jmp qword ptr [r11+10h]
;; function 3 (grow_neg):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 10h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 187h
;;   0x014a: sub rsp, 10h
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
;;   0x0180: mov eax, eax
;;   0x0182: mov rsp, rbp
;;   0x0185: pop rbp
;;   0x0186: ret
;;   0x0187: mov r11, [r14]
;;   0x018a: mov eax, 0Ah
;;   0x018f: mov rsp, [r11+8]
;;   0x0193: jmp qword ptr [r11+10h]
;; function 4 (grow_as_index):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 10h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 20Eh
;;   0x01ba: sub rsp, 10h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov r15, [r14+18h]
;;   0x01c9: mov r15, [r15]
;;   0x01cc: mov esi, 0
;;   0x01d1: mov edx, [rbp+10h]
;;   0x01d4: mov rdi, r14
;;   0x01d7: mov r11, rsp
;;   0x01da: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01de: push r11
;;   0x01e0: push r11
;;   0x01e2: mov r11, [r14+8]
;;   0x01e6: call qword ptr [r11]
;;   0x01e9: mov rsp, [rsp+8]
;;   0x01ee: mov eax, eax
;;   0x01f0: mov r11, [r14+18h]
;;   0x01f4: lea rcx, [rax+4]
;;   0x01f8: cmp rcx, [r11+8]
;;   0x01fc: ja 21Eh
;;   0x0202: add rax, r15
;;   0x0205: mov eax, [rax]
;;   0x0207: mov rsp, rbp
;;   0x020a: pop rbp
;;   0x020b: ret 8
;;   0x020e: mov r11, [r14]
;;   0x0211: mov eax, 0Ah
;;   0x0216: mov rsp, [r11+8]
;;   0x021a: jmp qword ptr [r11+10h]
;;   0x021e: mov r11, [r14]
;;   0x0221: mov eax, 5
;;   0x0226: mov rsp, [r11+8]
;;   0x022a: jmp qword ptr [r11+10h]
;; function 5 (grow_live):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 20h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 29Fh
;;   0x024a: sub rsp, 20h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov r15, [r14+18h]
;;   0x0259: mov r15, [r15]
;;   0x025c: mov rax, [rbp+18h]
;;   0x0260: add rax, [rbp+18h]
;;   0x0264: mov [rbp-10h], rax
;;   0x0268: mov esi, 0
;;   0x026d: mov edx, [rbp+10h]
;;   0x0270: mov rdi, r14
;;   0x0273: mov r11, rsp
;;   0x0276: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x027a: push r11
;;   0x027c: push r11
;;   0x027e: mov r11, [r14+8]
;;   0x0282: call qword ptr [r11]
;;   0x0285: mov rsp, [rsp+8]
;;   0x028a: mov eax, eax
;;   0x028c: mov eax, eax
;;   0x028e: mov rcx, [rbp-10h]
;;   0x0292: add rcx, rax
;;   0x0295: mov rax, rcx
;;   0x0298: mov rsp, rbp
;;   0x029b: pop rbp
;;   0x029c: ret 10h
;;   0x029f: mov r11, [r14]
;;   0x02a2: mov eax, 0Ah
;;   0x02a7: mov rsp, [r11+8]
;;   0x02ab: jmp qword ptr [r11+10h]
