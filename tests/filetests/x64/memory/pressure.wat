;;! target = "x86_64"

;; Register pressure: twelve live i64 values occupy most integer registers,
;; then a checked store needs the value, the index and a temporary for the
;; end of the access: the deepest register entries are spilled to their
;; canonical slots first, and reloaded for the sum.
(module
  (memory 1)
  (func (export "store_under_pressure") (param i32 i64) (result i64)
    (i64.add (local.get 1) (i64.const 1))
    (i64.add (local.get 1) (i64.const 2))
    (i64.add (local.get 1) (i64.const 3))
    (i64.add (local.get 1) (i64.const 4))
    (i64.add (local.get 1) (i64.const 5))
    (i64.add (local.get 1) (i64.const 6))
    (i64.add (local.get 1) (i64.const 7))
    (i64.add (local.get 1) (i64.const 8))
    (i64.add (local.get 1) (i64.const 9))
    (i64.add (local.get 1) (i64.const 10))
    (i64.add (local.get 1) (i64.const 11))
    (i64.add (local.get 1) (i64.const 12))
    (i64.store offset=8 (local.get 0) (i64.mul (local.get 1) (local.get 1)))
    i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add)
  (func (export "load_under_pressure") (param i32 i64) (result i64)
    (i64.add (local.get 1) (i64.const 1))
    (i64.add (local.get 1) (i64.const 2))
    (i64.add (local.get 1) (i64.const 3))
    (i64.add (local.get 1) (i64.const 4))
    (i64.add (local.get 1) (i64.const 5))
    (i64.add (local.get 1) (i64.const 6))
    (i64.add (local.get 1) (i64.const 7))
    (i64.add (local.get 1) (i64.const 8))
    (i64.add (local.get 1) (i64.const 9))
    (i64.add (local.get 1) (i64.const 10))
    (i64.add (local.get 1) (i64.const 11))
    (i64.add (local.get 1) (i64.const 12))
    (i64.add (i64.load offset=0x80000000 (local.get 0)))
    i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add i64.add))
;; function 0 (store_under_pressure):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 0A0h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 110h
;;   0x001a: sub rsp, 0A0h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12, [rbp+18h]
;;   0x0034: mov r15, [r14+18h]
;;   0x0038: mov r15, [r15]
;;   0x003b: mov rax, r12
;;   0x003e: add rax, 1
;;   0x0042: mov rcx, r12
;;   0x0045: add rcx, 2
;;   0x0049: mov rdx, r12
;;   0x004c: add rdx, 3
;;   0x0050: mov rsi, r12
;;   0x0053: add rsi, 4
;;   0x0057: mov rdi, r12
;;   0x005a: add rdi, 5
;;   0x005e: mov r8, r12
;;   0x0061: add r8, 6
;;   0x0065: mov r9, r12
;;   0x0068: add r9, 7
;;   0x006c: mov r10, r12
;;   0x006f: add r10, 8
;;   0x0073: mov [rbp-28h], rax
;;   0x0077: mov rax, r12
;;   0x007a: add rax, 9
;;   0x007e: mov [rbp-30h], rcx
;;   0x0082: mov rcx, r12
;;   0x0085: add rcx, 0Ah
;;   0x0089: mov [rbp-38h], rdx
;;   0x008d: mov rdx, r12
;;   0x0090: add rdx, 0Bh
;;   0x0094: mov [rbp-40h], rsi
;;   0x0098: mov rsi, r12
;;   0x009b: add rsi, 0Ch
;;   0x009f: mov [rbp-48h], rdi
;;   0x00a3: mov rdi, r12
;;   0x00a6: imul rdi, r12
;;   0x00aa: mov [rbp-50h], r8
;;   0x00ae: mov r11, [r14+18h]
;;   0x00b2: lea r8, [rbx+10h]
;;   0x00b6: cmp r8, [r11+8]
;;   0x00ba: ja 112h
;;   0x00c0: mov [r15+rbx+8], rdi
;;   0x00c5: add rdx, rsi
;;   0x00c8: add rcx, rdx
;;   0x00cb: add rax, rcx
;;   0x00ce: add r10, rax
;;   0x00d1: add r9, r10
;;   0x00d4: mov rax, [rbp-50h]
;;   0x00d8: add rax, r9
;;   0x00db: mov rcx, [rbp-48h]
;;   0x00df: add rcx, rax
;;   0x00e2: mov rax, [rbp-40h]
;;   0x00e6: add rax, rcx
;;   0x00e9: mov rcx, [rbp-38h]
;;   0x00ed: add rcx, rax
;;   0x00f0: mov rax, [rbp-30h]
;;   0x00f4: add rax, rcx
;;   0x00f7: mov rcx, [rbp-28h]
;;   0x00fb: add rcx, rax
;;   0x00fe: mov rax, rcx
;;   0x0101: mov rbx, [rbp-10h]
;;   0x0105: mov r12, [rbp-18h]
;;   0x0109: mov rsp, rbp
;;   0x010c: pop rbp
;;   0x010d: ret 10h
;;   0x0110: ud2
;;   0x0112: ud2
;; function 1 (load_under_pressure):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 90h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 23Bh
;;   0x013a: sub rsp, 90h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov [rbp-10h], rbx
;;   0x0149: mov [rbp-18h], r12
;;   0x014d: mov ebx, [rbp+10h]
;;   0x0150: mov r12, [rbp+18h]
;;   0x0154: mov r15, [r14+18h]
;;   0x0158: mov r15, [r15]
;;   0x015b: mov rax, r12
;;   0x015e: add rax, 1
;;   0x0162: mov rcx, r12
;;   0x0165: add rcx, 2
;;   0x0169: mov rdx, r12
;;   0x016c: add rdx, 3
;;   0x0170: mov rsi, r12
;;   0x0173: add rsi, 4
;;   0x0177: mov rdi, r12
;;   0x017a: add rdi, 5
;;   0x017e: mov r8, r12
;;   0x0181: add r8, 6
;;   0x0185: mov r9, r12
;;   0x0188: add r9, 7
;;   0x018c: mov r10, r12
;;   0x018f: add r10, 8
;;   0x0193: mov [rbp-28h], rax
;;   0x0197: mov rax, r12
;;   0x019a: add rax, 9
;;   0x019e: mov [rbp-30h], rcx
;;   0x01a2: mov rcx, r12
;;   0x01a5: add rcx, 0Ah
;;   0x01a9: mov [rbp-38h], rdx
;;   0x01ad: mov rdx, r12
;;   0x01b0: add rdx, 0Bh
;;   0x01b4: mov [rbp-40h], rsi
;;   0x01b8: mov rsi, r12
;;   0x01bb: add rsi, 0Ch
;;   0x01bf: mov [rbp-48h], rdi
;;   0x01c3: mov edi, ebx
;;   0x01c5: mov [rbp-50h], r8
;;   0x01c9: mov r11, [r14+18h]
;;   0x01cd: mov r8d, 80000008h
;;   0x01d3: add r8, rdi
;;   0x01d6: cmp r8, [r11+8]
;;   0x01da: ja 23Dh
;;   0x01e0: mov r11d, 80000000h
;;   0x01e6: add rdi, r11
;;   0x01e9: mov rdi, [r15+rdi]
;;   0x01ed: add rsi, rdi
;;   0x01f0: add rdx, rsi
;;   0x01f3: add rcx, rdx
;;   0x01f6: add rax, rcx
;;   0x01f9: add r10, rax
;;   0x01fc: add r9, r10
;;   0x01ff: mov rax, [rbp-50h]
;;   0x0203: add rax, r9
;;   0x0206: mov rcx, [rbp-48h]
;;   0x020a: add rcx, rax
;;   0x020d: mov rax, [rbp-40h]
;;   0x0211: add rax, rcx
;;   0x0214: mov rcx, [rbp-38h]
;;   0x0218: add rcx, rax
;;   0x021b: mov rax, [rbp-30h]
;;   0x021f: add rax, rcx
;;   0x0222: mov rcx, [rbp-28h]
;;   0x0226: add rcx, rax
;;   0x0229: mov rax, rcx
;;   0x022c: mov rbx, [rbp-10h]
;;   0x0230: mov r12, [rbp-18h]
;;   0x0234: mov rsp, rbp
;;   0x0237: pop rbp
;;   0x0238: ret 10h
;;   0x023b: ud2
;;   0x023d: ud2
