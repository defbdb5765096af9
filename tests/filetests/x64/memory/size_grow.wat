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
;;   0x0014: jb 36h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r11, [r14+18h]
;;   0x0029: mov rax, [r11+8]
;;   0x002d: shr rax, 10h
;;   0x0031: mov rsp, rbp
;;   0x0034: pop rbp
;;   0x0035: ret
;;   0x0036: mov r11, [r14]
;;   0x0039: mov eax, 0Ah
;;   0x003e: mov rsp, [r11+8]
;;   0x0042: jmp qword ptr [r11+10h]
;; function 1 (grow):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 0A0h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov esi, 0
;;   0x007a: mov edx, [rbp+10h]
;;   0x007d: mov rdi, r14
;;   0x0080: mov r11, rsp
;;   0x0083: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0087: push r11
;;   0x0089: push r11
;;   0x008b: mov r11, [r14+8]
;;   0x008f: call qword ptr [r11]
;;   0x0092: mov rsp, [rsp+8]
;;   0x0097: mov eax, eax
;;   0x0099: mov rsp, rbp
;;   0x009c: pop rbp
;;   0x009d: ret 8
;;   0x00a0: mov r11, [r14]
;;   0x00a3: mov eax, 0Ah
;;   0x00a8: mov rsp, [r11+8]
;;   0x00ac: jmp qword ptr [r11+10h]
;; function 2 (grow_const):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 10h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 100h
;;   0x00ca: sub rsp, 10h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov esi, 0
;;   0x00da: mov edx, 1
;;   0x00df: mov rdi, r14
;;   0x00e2: mov r11, rsp
;;   0x00e5: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00e9: push r11
;;   0x00eb: push r11
;;   0x00ed: mov r11, [r14+8]
;;   0x00f1: call qword ptr [r11]
;;   0x00f4: mov rsp, [rsp+8]
;;   0x00f9: mov eax, eax
;;   0x00fb: mov rsp, rbp
;;   0x00fe: pop rbp
;;   0x00ff: ret
;;   0x0100: mov r11, [r14]
;;   0x0103: mov eax, 0Ah
;;   0x0108: mov rsp, [r11+8]
;;   0x010c: jmp qword ptr [r11+10h]
;; function 3 (grow_neg):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 10h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 160h
;;   0x012a: sub rsp, 10h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov esi, 0
;;   0x013a: mov edx, 0FFFFFFFFh
;;   0x013f: mov rdi, r14
;;   0x0142: mov r11, rsp
;;   0x0145: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0149: push r11
;;   0x014b: push r11
;;   0x014d: mov r11, [r14+8]
;;   0x0151: call qword ptr [r11]
;;   0x0154: mov rsp, [rsp+8]
;;   0x0159: mov eax, eax
;;   0x015b: mov rsp, rbp
;;   0x015e: pop rbp
;;   0x015f: ret
;;   0x0160: mov r11, [r14]
;;   0x0163: mov eax, 0Ah
;;   0x0168: mov rsp, [r11+8]
;;   0x016c: jmp qword ptr [r11+10h]
;; function 4 (grow_as_index):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 10h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1D7h
;;   0x018a: sub rsp, 10h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: mov esi, 0
;;   0x019a: mov edx, [rbp+10h]
;;   0x019d: mov rdi, r14
;;   0x01a0: mov r11, rsp
;;   0x01a3: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01a7: push r11
;;   0x01a9: push r11
;;   0x01ab: mov r11, [r14+8]
;;   0x01af: call qword ptr [r11]
;;   0x01b2: mov rsp, [rsp+8]
;;   0x01b7: mov eax, eax
;;   0x01b9: mov r11, [r14+18h]
;;   0x01bd: lea rcx, [rax+4]
;;   0x01c1: cmp rcx, [r11+8]
;;   0x01c5: ja 1E7h
;;   0x01cb: add rax, [r11]
;;   0x01ce: mov eax, [rax]
;;   0x01d0: mov rsp, rbp
;;   0x01d3: pop rbp
;;   0x01d4: ret 8
;;   0x01d7: mov r11, [r14]
;;   0x01da: mov eax, 0Ah
;;   0x01df: mov rsp, [r11+8]
;;   0x01e3: jmp qword ptr [r11+10h]
;;   0x01e7: mov r11, [r14]
;;   0x01ea: mov eax, 5
;;   0x01ef: mov rsp, [r11+8]
;;   0x01f3: jmp qword ptr [r11+10h]
;; function 5 (grow_live):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 20h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 268h
;;   0x021a: sub rsp, 20h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: mov rax, [rbp+18h]
;;   0x0229: add rax, [rbp+18h]
;;   0x022d: mov [rbp-10h], rax
;;   0x0231: mov esi, 0
;;   0x0236: mov edx, [rbp+10h]
;;   0x0239: mov rdi, r14
;;   0x023c: mov r11, rsp
;;   0x023f: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0243: push r11
;;   0x0245: push r11
;;   0x0247: mov r11, [r14+8]
;;   0x024b: call qword ptr [r11]
;;   0x024e: mov rsp, [rsp+8]
;;   0x0253: mov eax, eax
;;   0x0255: mov eax, eax
;;   0x0257: mov rcx, [rbp-10h]
;;   0x025b: add rcx, rax
;;   0x025e: mov rax, rcx
;;   0x0261: mov rsp, rbp
;;   0x0264: pop rbp
;;   0x0265: ret 10h
;;   0x0268: mov r11, [r14]
;;   0x026b: mov eax, 0Ah
;;   0x0270: mov rsp, [r11+8]
;;   0x0274: jmp qword ptr [r11+10h]
