;;! target = "x86_64"

;; table.grow (vmctx, table, init, delta) returns an i32 (zero-extended after
;; the call); table.fill (vmctx, table, dst, value, len) returns a trap code.
(module
  (table $t 1 10 funcref)
  (table $x 0 externref)
  (func $f)
  (elem declare func $f)
  (func (export "grow") (param i32) (result i32) (table.grow $t (ref.null func) (local.get 0)))
  (func (export "grow_func") (result i32) (table.grow $t (ref.func $f) (i32.const 2)))
  (func (export "grow_extern") (param externref i32) (result i32)
    (table.grow $x (local.get 0) (local.get 1)))
  (func (export "fill") (param i32 i32) (table.fill $t (local.get 0) (ref.func $f) (local.get 1)))
  (func (export "fill_extern") (param i32 externref i32)
    (table.fill $x (local.get 0) (local.get 1) (local.get 2))))
;; function 0 (f):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Ah
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rsp, rbp
;;   0x0028: pop rbp
;;   0x0029: ret
;;   0x002a: ud2
;; function 1 (grow):
;;   0x0030: push rbp
;;   0x0031: mov rbp, rsp
;;   0x0034: mov r11, [r14]
;;   0x0037: mov r11, [r11]
;;   0x003a: add r11, 30h
;;   0x0041: cmp rsp, r11
;;   0x0044: jb 0ABh
;;   0x004a: sub rsp, 30h
;;   0x0051: mov [rbp-8], r14
;;   0x0055: mov [rbp-10h], rbx
;;   0x0059: mov ebx, [rbp+10h]
;;   0x005c: mov esi, 0
;;   0x0061: mov edx, 0
;;   0x0066: mov ecx, ebx
;;   0x0068: mov r11, [r14]
;;   0x006b: mov [r11+30h], rbp
;;   0x006f: lea rdi, [90h]
;;   0x0076: mov [r11+38h], rdi
;;   0x007a: mov rdi, r14
;;   0x007d: mov r11, rsp
;;   0x0080: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0084: push r11
;;   0x0086: push r11
;;   0x0088: mov r11, [r14+8]
;;   0x008c: call qword ptr [r11+28h]
;;   0x0090: mov rsp, [rsp+8]
;;   0x0095: test eax, eax
;;   0x0097: jne 0ADh
;;   0x009d: mov rax, rdx
;;   0x00a0: mov rbx, [rbp-10h]
;;   0x00a4: mov rsp, rbp
;;   0x00a7: pop rbp
;;   0x00a8: ret 8
;;   0x00ab: ud2
;;   0x00ad: mov r11, [r14]
;;   0x00b0: mov rsp, [r11+8]
;;   0x00b4: jmp qword ptr [r11+10h]
;; function 2 (grow_func):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 138h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: lea rax, [r14+40h]
;;   0x00e9: mov [rbp-28h], rax
;;   0x00ed: mov esi, 0
;;   0x00f2: mov rdx, [rbp-28h]
;;   0x00f6: mov ecx, 2
;;   0x00fb: mov r11, [r14]
;;   0x00fe: mov [r11+30h], rbp
;;   0x0102: lea rdi, [123h]
;;   0x0109: mov [r11+38h], rdi
;;   0x010d: mov rdi, r14
;;   0x0110: mov r11, rsp
;;   0x0113: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0117: push r11
;;   0x0119: push r11
;;   0x011b: mov r11, [r14+8]
;;   0x011f: call qword ptr [r11+28h]
;;   0x0123: mov rsp, [rsp+8]
;;   0x0128: test eax, eax
;;   0x012a: jne 13Ah
;;   0x0130: mov rax, rdx
;;   0x0133: mov rsp, rbp
;;   0x0136: pop rbp
;;   0x0137: ret
;;   0x0138: ud2
;;   0x013a: mov r11, [r14]
;;   0x013d: mov rsp, [r11+8]
;;   0x0141: jmp qword ptr [r11+10h]
;; function 3 (grow_extern):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1CAh
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov ebx, [rbp+18h]
;;   0x017c: mov esi, 1
;;   0x0181: mov rdx, [rbp+10h]
;;   0x0185: mov ecx, ebx
;;   0x0187: mov r11, [r14]
;;   0x018a: mov [r11+30h], rbp
;;   0x018e: lea rdi, [1AFh]
;;   0x0195: mov [r11+38h], rdi
;;   0x0199: mov rdi, r14
;;   0x019c: mov r11, rsp
;;   0x019f: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01a3: push r11
;;   0x01a5: push r11
;;   0x01a7: mov r11, [r14+8]
;;   0x01ab: call qword ptr [r11+28h]
;;   0x01af: mov rsp, [rsp+8]
;;   0x01b4: test eax, eax
;;   0x01b6: jne 1CCh
;;   0x01bc: mov rax, rdx
;;   0x01bf: mov rbx, [rbp-10h]
;;   0x01c3: mov rsp, rbp
;;   0x01c6: pop rbp
;;   0x01c7: ret 10h
;;   0x01ca: ud2
;;   0x01cc: mov r11, [r14]
;;   0x01cf: mov rsp, [r11+8]
;;   0x01d3: jmp qword ptr [r11+10h]
;; function 4 (fill):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 40h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 26Eh
;;   0x01fa: sub rsp, 40h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov [rbp-10h], rbx
;;   0x0209: mov [rbp-18h], r12
;;   0x020d: mov ebx, [rbp+10h]
;;   0x0210: mov r12d, [rbp+18h]
;;   0x0214: lea rax, [r14+40h]
;;   0x0218: mov [rbp-30h], rax
;;   0x021c: mov esi, 0
;;   0x0221: mov edx, ebx
;;   0x0223: mov rcx, [rbp-30h]
;;   0x0227: mov r8d, r12d
;;   0x022a: mov r11, [r14]
;;   0x022d: mov [r11+30h], rbp
;;   0x0231: lea rdi, [252h]
;;   0x0238: mov [r11+38h], rdi
;;   0x023c: mov rdi, r14
;;   0x023f: mov r11, rsp
;;   0x0242: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0246: push r11
;;   0x0248: push r11
;;   0x024a: mov r11, [r14+8]
;;   0x024e: call qword ptr [r11+30h]
;;   0x0252: mov rsp, [rsp+8]
;;   0x0257: test eax, eax
;;   0x0259: jne 270h
;;   0x025f: mov rbx, [rbp-10h]
;;   0x0263: mov r12, [rbp-18h]
;;   0x0267: mov rsp, rbp
;;   0x026a: pop rbp
;;   0x026b: ret 10h
;;   0x026e: ud2
;;   0x0270: mov r11, [r14]
;;   0x0273: mov rsp, [r11+8]
;;   0x0277: jmp qword ptr [r11+10h]
;; function 5 (fill_extern):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 40h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 306h
;;   0x029a: sub rsp, 40h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov [rbp-10h], rbx
;;   0x02a9: mov [rbp-18h], r12
;;   0x02ad: mov ebx, [rbp+10h]
;;   0x02b0: mov r12d, [rbp+20h]
;;   0x02b4: mov esi, 1
;;   0x02b9: mov edx, ebx
;;   0x02bb: mov rcx, [rbp+18h]
;;   0x02bf: mov r8d, r12d
;;   0x02c2: mov r11, [r14]
;;   0x02c5: mov [r11+30h], rbp
;;   0x02c9: lea rdi, [2EAh]
;;   0x02d0: mov [r11+38h], rdi
;;   0x02d4: mov rdi, r14
;;   0x02d7: mov r11, rsp
;;   0x02da: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x02de: push r11
;;   0x02e0: push r11
;;   0x02e2: mov r11, [r14+8]
;;   0x02e6: call qword ptr [r11+30h]
;;   0x02ea: mov rsp, [rsp+8]
;;   0x02ef: test eax, eax
;;   0x02f1: jne 308h
;;   0x02f7: mov rbx, [rbp-10h]
;;   0x02fb: mov r12, [rbp-18h]
;;   0x02ff: mov rsp, rbp
;;   0x0302: pop rbp
;;   0x0303: ret 18h
;;   0x0306: ud2
;;   0x0308: mov r11, [r14]
;;   0x030b: mov rsp, [r11+8]
;;   0x030f: jmp qword ptr [r11+10h]
