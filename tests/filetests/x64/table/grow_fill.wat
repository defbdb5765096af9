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
;; function 0:
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Ah
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rsp, rbp
;;   0x0028: pop rbp
;;   0x0029: ret
;;   0x002a: mov r11, [r14]
;;   0x002d: mov eax, 0Ah
;;   0x0032: mov rsp, [r11+8]
;;   0x0036: jmp qword ptr [r11+10h]
;; function 1 (grow):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 96h
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov esi, 0
;;   0x006a: mov edx, 0
;;   0x006f: mov ecx, [rbp+10h]
;;   0x0072: mov rdi, r14
;;   0x0075: mov r11, rsp
;;   0x0078: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x007c: push r11
;;   0x007e: push r11
;;   0x0080: mov r11, [r14+8]
;;   0x0084: call qword ptr [r11+28h]
;;   0x0088: mov rsp, [rsp+8]
;;   0x008d: mov eax, eax
;;   0x008f: mov rsp, rbp
;;   0x0092: pop rbp
;;   0x0093: ret 8
;;   0x0096: mov r11, [r14]
;;   0x0099: mov eax, 0Ah
;;   0x009e: mov rsp, [r11+8]
;;   0x00a2: jmp qword ptr [r11+10h]
;; function 2 (grow_func):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 20h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 10Dh
;;   0x00ca: sub rsp, 20h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: lea rax, [r14+40h]
;;   0x00d9: mov [rbp-10h], rax
;;   0x00dd: mov esi, 0
;;   0x00e2: mov rdx, [rbp-10h]
;;   0x00e6: mov ecx, 2
;;   0x00eb: mov rdi, r14
;;   0x00ee: mov r11, rsp
;;   0x00f1: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00f5: push r11
;;   0x00f7: push r11
;;   0x00f9: mov r11, [r14+8]
;;   0x00fd: call qword ptr [r11+28h]
;;   0x0101: mov rsp, [rsp+8]
;;   0x0106: mov eax, eax
;;   0x0108: mov rsp, rbp
;;   0x010b: pop rbp
;;   0x010c: ret
;;   0x010d: mov r11, [r14]
;;   0x0110: mov eax, 0Ah
;;   0x0115: mov rsp, [r11+8]
;;   0x0119: jmp qword ptr [r11+10h]
;; function 3 (grow_extern):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 20h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 175h
;;   0x013a: sub rsp, 20h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov esi, 1
;;   0x014a: mov rdx, [rbp+10h]
;;   0x014e: mov ecx, [rbp+18h]
;;   0x0151: mov rdi, r14
;;   0x0154: mov r11, rsp
;;   0x0157: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x015b: push r11
;;   0x015d: push r11
;;   0x015f: mov r11, [r14+8]
;;   0x0163: call qword ptr [r11+28h]
;;   0x0167: mov rsp, [rsp+8]
;;   0x016c: mov eax, eax
;;   0x016e: mov rsp, rbp
;;   0x0171: pop rbp
;;   0x0172: ret 10h
;;   0x0175: mov r11, [r14]
;;   0x0178: mov eax, 0Ah
;;   0x017d: mov rsp, [r11+8]
;;   0x0181: jmp qword ptr [r11+10h]
;; function 4 (fill):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 20h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1F7h
;;   0x01aa: sub rsp, 20h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: lea rax, [r14+40h]
;;   0x01b9: mov [rbp-18h], rax
;;   0x01bd: mov esi, 0
;;   0x01c2: mov edx, [rbp+10h]
;;   0x01c5: mov rcx, [rbp-18h]
;;   0x01c9: mov r8d, [rbp+18h]
;;   0x01cd: mov rdi, r14
;;   0x01d0: mov r11, rsp
;;   0x01d3: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01d7: push r11
;;   0x01d9: push r11
;;   0x01db: mov r11, [r14+8]
;;   0x01df: call qword ptr [r11+30h]
;;   0x01e3: mov rsp, [rsp+8]
;;   0x01e8: test eax, eax
;;   0x01ea: jne 207h
;;   0x01f0: mov rsp, rbp
;;   0x01f3: pop rbp
;;   0x01f4: ret 10h
;;   0x01f7: mov r11, [r14]
;;   0x01fa: mov eax, 0Ah
;;   0x01ff: mov rsp, [r11+8]
;;   0x0203: jmp qword ptr [r11+10h]
;;   0x0207: mov r11, [r14]
;;   0x020a: mov rsp, [r11+8]
;;   0x020e: jmp qword ptr [r11+10h]
;; function 5 (fill_extern):
;;   0x0220: push rbp
;;   0x0221: mov rbp, rsp
;;   0x0224: mov r11, [r14]
;;   0x0227: mov r11, [r11]
;;   0x022a: add r11, 20h
;;   0x0231: cmp rsp, r11
;;   0x0234: jb 27Fh
;;   0x023a: sub rsp, 20h
;;   0x0241: mov [rbp-8], r14
;;   0x0245: mov esi, 1
;;   0x024a: mov edx, [rbp+10h]
;;   0x024d: mov rcx, [rbp+18h]
;;   0x0251: mov r8d, [rbp+20h]
;;   0x0255: mov rdi, r14
;;   0x0258: mov r11, rsp
;;   0x025b: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x025f: push r11
;;   0x0261: push r11
;;   0x0263: mov r11, [r14+8]
;;   0x0267: call qword ptr [r11+30h]
;;   0x026b: mov rsp, [rsp+8]
;;   0x0270: test eax, eax
;;   0x0272: jne 28Fh
;;   0x0278: mov rsp, rbp
;;   0x027b: pop rbp
;;   0x027c: ret 18h
;;   0x027f: mov r11, [r14]
;;   0x0282: mov eax, 0Ah
;;   0x0287: mov rsp, [r11+8]
;;   0x028b: jmp qword ptr [r11+10h]
;;   0x028f: mov r11, [r14]
;;   0x0292: mov rsp, [r11+8]
;;   0x0296: jmp qword ptr [r11+10h]
