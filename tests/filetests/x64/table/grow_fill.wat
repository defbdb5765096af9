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
;;   0x0044: jb 90h
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
;;   0x0083: mov eax, eax
;;   0x0085: mov rbx, [rbp-10h]
;;   0x0089: mov rsp, rbp
;;   0x008c: pop rbp
;;   0x008d: ret 8
;;   0x0090: ud2
;; function 2 (grow_func):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0FDh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: lea rax, [r14+40h]
;;   0x00c9: mov [rbp-28h], rax
;;   0x00cd: mov esi, 0
;;   0x00d2: mov rdx, [rbp-28h]
;;   0x00d6: mov ecx, 2
;;   0x00db: mov rdi, r14
;;   0x00de: mov r11, rsp
;;   0x00e1: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00e5: push r11
;;   0x00e7: push r11
;;   0x00e9: mov r11, [r14+8]
;;   0x00ed: call qword ptr [r11+28h]
;;   0x00f1: mov rsp, [rsp+8]
;;   0x00f6: mov eax, eax
;;   0x00f8: mov rsp, rbp
;;   0x00fb: pop rbp
;;   0x00fc: ret
;;   0x00fd: ud2
;; function 3 (grow_extern):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 30h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 16Ch
;;   0x011a: sub rsp, 30h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov [rbp-10h], rbx
;;   0x0129: mov [rbp-18h], r12
;;   0x012d: mov rbx, [rbp+10h]
;;   0x0131: mov r12d, [rbp+18h]
;;   0x0135: mov esi, 1
;;   0x013a: mov rdx, rbx
;;   0x013d: mov ecx, r12d
;;   0x0140: mov rdi, r14
;;   0x0143: mov r11, rsp
;;   0x0146: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x014a: push r11
;;   0x014c: push r11
;;   0x014e: mov r11, [r14+8]
;;   0x0152: call qword ptr [r11+28h]
;;   0x0156: mov rsp, [rsp+8]
;;   0x015b: mov eax, eax
;;   0x015d: mov rbx, [rbp-10h]
;;   0x0161: mov r12, [rbp-18h]
;;   0x0165: mov rsp, rbp
;;   0x0168: pop rbp
;;   0x0169: ret 10h
;;   0x016c: ud2
;; function 4 (fill):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 40h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1ECh
;;   0x018a: sub rsp, 40h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: mov [rbp-10h], rbx
;;   0x0199: mov [rbp-18h], r12
;;   0x019d: mov ebx, [rbp+10h]
;;   0x01a0: mov r12d, [rbp+18h]
;;   0x01a4: lea rax, [r14+40h]
;;   0x01a8: mov [rbp-30h], rax
;;   0x01ac: mov esi, 0
;;   0x01b1: mov edx, ebx
;;   0x01b3: mov rcx, [rbp-30h]
;;   0x01b7: mov r8d, r12d
;;   0x01ba: mov rdi, r14
;;   0x01bd: mov r11, rsp
;;   0x01c0: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01c4: push r11
;;   0x01c6: push r11
;;   0x01c8: mov r11, [r14+8]
;;   0x01cc: call qword ptr [r11+30h]
;;   0x01d0: mov rsp, [rsp+8]
;;   0x01d5: test eax, eax
;;   0x01d7: jne 1EEh
;;   0x01dd: mov rbx, [rbp-10h]
;;   0x01e1: mov r12, [rbp-18h]
;;   0x01e5: mov rsp, rbp
;;   0x01e8: pop rbp
;;   0x01e9: ret 10h
;;   0x01ec: ud2
;;   0x01ee: mov r11, [r14]
;;   0x01f1: mov rsp, [r11+8]
;;   0x01f5: jmp qword ptr [r11+10h]
;; function 5 (fill_extern):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 40h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 27Fh
;;   0x021a: sub rsp, 40h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: mov [rbp-10h], rbx
;;   0x0229: mov [rbp-18h], r12
;;   0x022d: mov [rbp-20h], r13
;;   0x0231: mov ebx, [rbp+10h]
;;   0x0234: mov r12, [rbp+18h]
;;   0x0238: mov r13d, [rbp+20h]
;;   0x023c: mov esi, 1
;;   0x0241: mov edx, ebx
;;   0x0243: mov rcx, r12
;;   0x0246: mov r8d, r13d
;;   0x0249: mov rdi, r14
;;   0x024c: mov r11, rsp
;;   0x024f: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0253: push r11
;;   0x0255: push r11
;;   0x0257: mov r11, [r14+8]
;;   0x025b: call qword ptr [r11+30h]
;;   0x025f: mov rsp, [rsp+8]
;;   0x0264: test eax, eax
;;   0x0266: jne 281h
;;   0x026c: mov rbx, [rbp-10h]
;;   0x0270: mov r12, [rbp-18h]
;;   0x0274: mov r13, [rbp-20h]
;;   0x0278: mov rsp, rbp
;;   0x027b: pop rbp
;;   0x027c: ret 18h
;;   0x027f: ud2
;;   0x0281: mov r11, [r14]
;;   0x0284: mov rsp, [r11+8]
;;   0x0288: jmp qword ptr [r11+10h]
