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
;;   0x003d: ud2
;; function 1 (grow):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 97h
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov r15, [r14+18h]
;;   0x0069: mov r15, [r15]
;;   0x006c: mov esi, 0
;;   0x0071: mov edx, [rbp+10h]
;;   0x0074: mov rdi, r14
;;   0x0077: mov r11, rsp
;;   0x007a: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x007e: push r11
;;   0x0080: push r11
;;   0x0082: mov r11, [r14+8]
;;   0x0086: call qword ptr [r11]
;;   0x0089: mov rsp, [rsp+8]
;;   0x008e: mov eax, eax
;;   0x0090: mov rsp, rbp
;;   0x0093: pop rbp
;;   0x0094: ret 8
;;   0x0097: ud2
;; function 2 (grow_const):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0F7h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov r15, [r14+18h]
;;   0x00c9: mov r15, [r15]
;;   0x00cc: mov esi, 0
;;   0x00d1: mov edx, 1
;;   0x00d6: mov rdi, r14
;;   0x00d9: mov r11, rsp
;;   0x00dc: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00e0: push r11
;;   0x00e2: push r11
;;   0x00e4: mov r11, [r14+8]
;;   0x00e8: call qword ptr [r11]
;;   0x00eb: mov rsp, [rsp+8]
;;   0x00f0: mov eax, eax
;;   0x00f2: mov rsp, rbp
;;   0x00f5: pop rbp
;;   0x00f6: ret
;;   0x00f7: ud2
;; function 3 (grow_neg):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 10h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 157h
;;   0x011a: sub rsp, 10h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov r15, [r14+18h]
;;   0x0129: mov r15, [r15]
;;   0x012c: mov esi, 0
;;   0x0131: mov edx, 0FFFFFFFFh
;;   0x0136: mov rdi, r14
;;   0x0139: mov r11, rsp
;;   0x013c: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0140: push r11
;;   0x0142: push r11
;;   0x0144: mov r11, [r14+8]
;;   0x0148: call qword ptr [r11]
;;   0x014b: mov rsp, [rsp+8]
;;   0x0150: mov eax, eax
;;   0x0152: mov rsp, rbp
;;   0x0155: pop rbp
;;   0x0156: ret
;;   0x0157: ud2
;; function 4 (grow_as_index):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 10h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1CEh
;;   0x017a: sub rsp, 10h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov r15, [r14+18h]
;;   0x0189: mov r15, [r15]
;;   0x018c: mov esi, 0
;;   0x0191: mov edx, [rbp+10h]
;;   0x0194: mov rdi, r14
;;   0x0197: mov r11, rsp
;;   0x019a: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x019e: push r11
;;   0x01a0: push r11
;;   0x01a2: mov r11, [r14+8]
;;   0x01a6: call qword ptr [r11]
;;   0x01a9: mov rsp, [rsp+8]
;;   0x01ae: mov eax, eax
;;   0x01b0: mov r11, [r14+18h]
;;   0x01b4: lea rcx, [rax+4]
;;   0x01b8: cmp rcx, [r11+8]
;;   0x01bc: ja 1D0h
;;   0x01c2: add rax, r15
;;   0x01c5: mov eax, [rax]
;;   0x01c7: mov rsp, rbp
;;   0x01ca: pop rbp
;;   0x01cb: ret 8
;;   0x01ce: ud2
;;   0x01d0: ud2
;; function 5 (grow_live):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 20h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 24Fh
;;   0x01fa: sub rsp, 20h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov r15, [r14+18h]
;;   0x0209: mov r15, [r15]
;;   0x020c: mov rax, [rbp+18h]
;;   0x0210: add rax, [rbp+18h]
;;   0x0214: mov [rbp-10h], rax
;;   0x0218: mov esi, 0
;;   0x021d: mov edx, [rbp+10h]
;;   0x0220: mov rdi, r14
;;   0x0223: mov r11, rsp
;;   0x0226: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x022a: push r11
;;   0x022c: push r11
;;   0x022e: mov r11, [r14+8]
;;   0x0232: call qword ptr [r11]
;;   0x0235: mov rsp, [rsp+8]
;;   0x023a: mov eax, eax
;;   0x023c: mov eax, eax
;;   0x023e: mov rcx, [rbp-10h]
;;   0x0242: add rcx, rax
;;   0x0245: mov rax, rcx
;;   0x0248: mov rsp, rbp
;;   0x024b: pop rbp
;;   0x024c: ret 10h
;;   0x024f: ud2
