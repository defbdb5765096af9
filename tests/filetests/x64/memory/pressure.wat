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
;;   0x0014: jb 11Dh
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
;;   0x00ba: ja 11Fh
;;   0x00c0: lea r8, [r15+r8-8]
;;   0x00c5: mov r11d, 0
;;   0x00cb: cmova r8, r11
;;   0x00cf: mov [r8], rdi
;;   0x00d2: add rdx, rsi
;;   0x00d5: add rcx, rdx
;;   0x00d8: add rax, rcx
;;   0x00db: add r10, rax
;;   0x00de: add r9, r10
;;   0x00e1: mov rax, [rbp-50h]
;;   0x00e5: add rax, r9
;;   0x00e8: mov rcx, [rbp-48h]
;;   0x00ec: add rcx, rax
;;   0x00ef: mov rax, [rbp-40h]
;;   0x00f3: add rax, rcx
;;   0x00f6: mov rcx, [rbp-38h]
;;   0x00fa: add rcx, rax
;;   0x00fd: mov rax, [rbp-30h]
;;   0x0101: add rax, rcx
;;   0x0104: mov rcx, [rbp-28h]
;;   0x0108: add rcx, rax
;;   0x010b: mov rax, rcx
;;   0x010e: mov rbx, [rbp-10h]
;;   0x0112: mov r12, [rbp-18h]
;;   0x0116: mov rsp, rbp
;;   0x0119: pop rbp
;;   0x011a: ret 10h
;;   0x011d: ud2
;;   0x011f: ud2
;; function 1 (load_under_pressure):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 90h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 242h
;;   0x014a: sub rsp, 90h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov [rbp-10h], rbx
;;   0x0159: mov [rbp-18h], r12
;;   0x015d: mov ebx, [rbp+10h]
;;   0x0160: mov r12, [rbp+18h]
;;   0x0164: mov r15, [r14+18h]
;;   0x0168: mov r15, [r15]
;;   0x016b: mov rax, r12
;;   0x016e: add rax, 1
;;   0x0172: mov rcx, r12
;;   0x0175: add rcx, 2
;;   0x0179: mov rdx, r12
;;   0x017c: add rdx, 3
;;   0x0180: mov rsi, r12
;;   0x0183: add rsi, 4
;;   0x0187: mov rdi, r12
;;   0x018a: add rdi, 5
;;   0x018e: mov r8, r12
;;   0x0191: add r8, 6
;;   0x0195: mov r9, r12
;;   0x0198: add r9, 7
;;   0x019c: mov r10, r12
;;   0x019f: add r10, 8
;;   0x01a3: mov [rbp-28h], rax
;;   0x01a7: mov rax, r12
;;   0x01aa: add rax, 9
;;   0x01ae: mov [rbp-30h], rcx
;;   0x01b2: mov rcx, r12
;;   0x01b5: add rcx, 0Ah
;;   0x01b9: mov [rbp-38h], rdx
;;   0x01bd: mov rdx, r12
;;   0x01c0: add rdx, 0Bh
;;   0x01c4: mov [rbp-40h], rsi
;;   0x01c8: mov rsi, r12
;;   0x01cb: add rsi, 0Ch
;;   0x01cf: mov [rbp-48h], rdi
;;   0x01d3: mov r11, [r14+18h]
;;   0x01d7: mov edi, 80000008h
;;   0x01dc: add rdi, rbx
;;   0x01df: cmp rdi, [r11+8]
;;   0x01e3: ja 244h
;;   0x01e9: lea rdi, [r15+rdi-8]
;;   0x01ee: mov r11d, 0
;;   0x01f4: cmova rdi, r11
;;   0x01f8: mov rdi, [rdi]
;;   0x01fb: add rsi, rdi
;;   0x01fe: add rdx, rsi
;;   0x0201: add rcx, rdx
;;   0x0204: add rax, rcx
;;   0x0207: add r10, rax
;;   0x020a: add r9, r10
;;   0x020d: add r8, r9
;;   0x0210: mov rax, [rbp-48h]
;;   0x0214: add rax, r8
;;   0x0217: mov rcx, [rbp-40h]
;;   0x021b: add rcx, rax
;;   0x021e: mov rax, [rbp-38h]
;;   0x0222: add rax, rcx
;;   0x0225: mov rcx, [rbp-30h]
;;   0x0229: add rcx, rax
;;   0x022c: mov rax, [rbp-28h]
;;   0x0230: add rax, rcx
;;   0x0233: mov rbx, [rbp-10h]
;;   0x0237: mov r12, [rbp-18h]
;;   0x023b: mov rsp, rbp
;;   0x023e: pop rbp
;;   0x023f: ret 10h
;;   0x0242: ud2
;;   0x0244: ud2
