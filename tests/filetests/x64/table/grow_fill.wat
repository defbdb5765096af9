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
;;   0x0044: jb 8Eh
;;   0x004a: sub rsp, 30h
;;   0x0051: mov [rbp-8], r14
;;   0x0055: mov [rbp-10h], rbx
;;   0x0059: mov ebx, [rbp+10h]
;;   0x005c: mov esi, 0
;;   0x0061: mov edx, 0
;;   0x0066: mov ecx, ebx
;;   0x0068: mov rdi, r14
;;   0x006b: mov r11, rsp
;;   0x006e: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0072: push r11
;;   0x0074: push r11
;;   0x0076: mov r11, [r14+8]
;;   0x007a: call qword ptr [r11+28h]
;;   0x007e: mov rsp, [rsp+8]
;;   0x0083: mov rbx, [rbp-10h]
;;   0x0087: mov rsp, rbp
;;   0x008a: pop rbp
;;   0x008b: ret 8
;;   0x008e: ud2
;; function 2 (grow_func):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0EBh
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: lea rax, [r14+40h]
;;   0x00b9: mov [rbp-28h], rax
;;   0x00bd: mov esi, 0
;;   0x00c2: mov rdx, [rbp-28h]
;;   0x00c6: mov ecx, 2
;;   0x00cb: mov rdi, r14
;;   0x00ce: mov r11, rsp
;;   0x00d1: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00d5: push r11
;;   0x00d7: push r11
;;   0x00d9: mov r11, [r14+8]
;;   0x00dd: call qword ptr [r11+28h]
;;   0x00e1: mov rsp, [rsp+8]
;;   0x00e6: mov rsp, rbp
;;   0x00e9: pop rbp
;;   0x00ea: ret
;;   0x00eb: ud2
;; function 3 (grow_extern):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 15Ah
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov [rbp-18h], r12
;;   0x011d: mov rbx, [rbp+10h]
;;   0x0121: mov r12d, [rbp+18h]
;;   0x0125: mov esi, 1
;;   0x012a: mov rdx, rbx
;;   0x012d: mov ecx, r12d
;;   0x0130: mov rdi, r14
;;   0x0133: mov r11, rsp
;;   0x0136: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x013a: push r11
;;   0x013c: push r11
;;   0x013e: mov r11, [r14+8]
;;   0x0142: call qword ptr [r11+28h]
;;   0x0146: mov rsp, [rsp+8]
;;   0x014b: mov rbx, [rbp-10h]
;;   0x014f: mov r12, [rbp-18h]
;;   0x0153: mov rsp, rbp
;;   0x0156: pop rbp
;;   0x0157: ret 10h
;;   0x015a: ud2
;; function 4 (fill):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 40h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1DCh
;;   0x017a: sub rsp, 40h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov [rbp-10h], rbx
;;   0x0189: mov [rbp-18h], r12
;;   0x018d: mov ebx, [rbp+10h]
;;   0x0190: mov r12d, [rbp+18h]
;;   0x0194: lea rax, [r14+40h]
;;   0x0198: mov [rbp-30h], rax
;;   0x019c: mov esi, 0
;;   0x01a1: mov edx, ebx
;;   0x01a3: mov rcx, [rbp-30h]
;;   0x01a7: mov r8d, r12d
;;   0x01aa: mov rdi, r14
;;   0x01ad: mov r11, rsp
;;   0x01b0: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01b4: push r11
;;   0x01b6: push r11
;;   0x01b8: mov r11, [r14+8]
;;   0x01bc: call qword ptr [r11+30h]
;;   0x01c0: mov rsp, [rsp+8]
;;   0x01c5: test eax, eax
;;   0x01c7: jne 1DEh
;;   0x01cd: mov rbx, [rbp-10h]
;;   0x01d1: mov r12, [rbp-18h]
;;   0x01d5: mov rsp, rbp
;;   0x01d8: pop rbp
;;   0x01d9: ret 10h
;;   0x01dc: ud2
;;   0x01de: mov r11, [r14]
;;   0x01e1: mov rsp, [r11+8]
;;   0x01e5: jmp qword ptr [r11+10h]
;; function 5 (fill_extern):
;;   0x01f0: push rbp
;;   0x01f1: mov rbp, rsp
;;   0x01f4: mov r11, [r14]
;;   0x01f7: mov r11, [r11]
;;   0x01fa: add r11, 40h
;;   0x0201: cmp rsp, r11
;;   0x0204: jb 26Fh
;;   0x020a: sub rsp, 40h
;;   0x0211: mov [rbp-8], r14
;;   0x0215: mov [rbp-10h], rbx
;;   0x0219: mov [rbp-18h], r12
;;   0x021d: mov [rbp-20h], r13
;;   0x0221: mov ebx, [rbp+10h]
;;   0x0224: mov r12, [rbp+18h]
;;   0x0228: mov r13d, [rbp+20h]
;;   0x022c: mov esi, 1
;;   0x0231: mov edx, ebx
;;   0x0233: mov rcx, r12
;;   0x0236: mov r8d, r13d
;;   0x0239: mov rdi, r14
;;   0x023c: mov r11, rsp
;;   0x023f: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0243: push r11
;;   0x0245: push r11
;;   0x0247: mov r11, [r14+8]
;;   0x024b: call qword ptr [r11+30h]
;;   0x024f: mov rsp, [rsp+8]
;;   0x0254: test eax, eax
;;   0x0256: jne 271h
;;   0x025c: mov rbx, [rbp-10h]
;;   0x0260: mov r12, [rbp-18h]
;;   0x0264: mov r13, [rbp-20h]
;;   0x0268: mov rsp, rbp
;;   0x026b: pop rbp
;;   0x026c: ret 18h
;;   0x026f: ud2
;;   0x0271: mov r11, [r14]
;;   0x0274: mov rsp, [r11+8]
;;   0x0278: jmp qword ptr [r11+10h]
