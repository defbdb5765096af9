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
;;   0x000a: add r11, 80h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 0FCh
;;   0x001a: sub rsp, 80h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov rax, [rbp+18h]
;;   0x0030: add rax, 1
;;   0x0034: mov rcx, [rbp+18h]
;;   0x0038: add rcx, 2
;;   0x003c: mov rdx, [rbp+18h]
;;   0x0040: add rdx, 3
;;   0x0044: mov rbx, [rbp+18h]
;;   0x0048: add rbx, 4
;;   0x004c: mov rsi, [rbp+18h]
;;   0x0050: add rsi, 5
;;   0x0054: mov rdi, [rbp+18h]
;;   0x0058: add rdi, 6
;;   0x005c: mov r8, [rbp+18h]
;;   0x0060: add r8, 7
;;   0x0064: mov r9, [rbp+18h]
;;   0x0068: add r9, 8
;;   0x006c: mov r10, [rbp+18h]
;;   0x0070: add r10, 9
;;   0x0074: mov r12, [rbp+18h]
;;   0x0078: add r12, 0Ah
;;   0x007c: mov r13, [rbp+18h]
;;   0x0080: add r13, 0Bh
;;   0x0084: mov [rbp-10h], rax
;;   0x0088: mov rax, [rbp+18h]
;;   0x008c: add rax, 0Ch
;;   0x0090: mov [rbp-18h], rcx
;;   0x0094: mov rcx, [rbp+18h]
;;   0x0098: imul rcx, [rbp+18h]
;;   0x009d: mov [rbp-20h], rdx
;;   0x00a1: mov edx, [rbp+10h]
;;   0x00a4: mov [rbp-28h], rbx
;;   0x00a8: mov r11, [r14+18h]
;;   0x00ac: lea rbx, [rdx+10h]
;;   0x00b0: cmp rbx, [r11+8]
;;   0x00b4: ja 0FEh
;;   0x00ba: add rdx, r15
;;   0x00bd: mov [rdx+8], rcx
;;   0x00c1: add r13, rax
;;   0x00c4: add r12, r13
;;   0x00c7: add r10, r12
;;   0x00ca: add r9, r10
;;   0x00cd: add r8, r9
;;   0x00d0: add rdi, r8
;;   0x00d3: add rsi, rdi
;;   0x00d6: mov rax, [rbp-28h]
;;   0x00da: add rax, rsi
;;   0x00dd: mov rcx, [rbp-20h]
;;   0x00e1: add rcx, rax
;;   0x00e4: mov rax, [rbp-18h]
;;   0x00e8: add rax, rcx
;;   0x00eb: mov rcx, [rbp-10h]
;;   0x00ef: add rcx, rax
;;   0x00f2: mov rax, rcx
;;   0x00f5: mov rsp, rbp
;;   0x00f8: pop rbp
;;   0x00f9: ret 10h
;;   0x00fc: ud2
;;   0x00fe: ud2
;; function 1 (load_under_pressure):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 70h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 1F7h
;;   0x011a: sub rsp, 70h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov r15, [r14+18h]
;;   0x0129: mov r15, [r15]
;;   0x012c: mov rax, [rbp+18h]
;;   0x0130: add rax, 1
;;   0x0134: mov rcx, [rbp+18h]
;;   0x0138: add rcx, 2
;;   0x013c: mov rdx, [rbp+18h]
;;   0x0140: add rdx, 3
;;   0x0144: mov rbx, [rbp+18h]
;;   0x0148: add rbx, 4
;;   0x014c: mov rsi, [rbp+18h]
;;   0x0150: add rsi, 5
;;   0x0154: mov rdi, [rbp+18h]
;;   0x0158: add rdi, 6
;;   0x015c: mov r8, [rbp+18h]
;;   0x0160: add r8, 7
;;   0x0164: mov r9, [rbp+18h]
;;   0x0168: add r9, 8
;;   0x016c: mov r10, [rbp+18h]
;;   0x0170: add r10, 9
;;   0x0174: mov r12, [rbp+18h]
;;   0x0178: add r12, 0Ah
;;   0x017c: mov r13, [rbp+18h]
;;   0x0180: add r13, 0Bh
;;   0x0184: mov [rbp-10h], rax
;;   0x0188: mov rax, [rbp+18h]
;;   0x018c: add rax, 0Ch
;;   0x0190: mov [rbp-18h], rcx
;;   0x0194: mov ecx, [rbp+10h]
;;   0x0197: mov [rbp-20h], rdx
;;   0x019b: mov r11, [r14+18h]
;;   0x019f: mov edx, 80000008h
;;   0x01a4: add rdx, rcx
;;   0x01a7: cmp rdx, [r11+8]
;;   0x01ab: ja 1F9h
;;   0x01b1: add rcx, r15
;;   0x01b4: mov r11d, 80000000h
;;   0x01ba: add rcx, r11
;;   0x01bd: mov rcx, [rcx]
;;   0x01c0: add rax, rcx
;;   0x01c3: add r13, rax
;;   0x01c6: add r12, r13
;;   0x01c9: add r10, r12
;;   0x01cc: add r9, r10
;;   0x01cf: add r8, r9
;;   0x01d2: add rdi, r8
;;   0x01d5: add rsi, rdi
;;   0x01d8: add rbx, rsi
;;   0x01db: mov rax, [rbp-20h]
;;   0x01df: add rax, rbx
;;   0x01e2: mov rcx, [rbp-18h]
;;   0x01e6: add rcx, rax
;;   0x01e9: mov rax, [rbp-10h]
;;   0x01ed: add rax, rcx
;;   0x01f0: mov rsp, rbp
;;   0x01f3: pop rbp
;;   0x01f4: ret 10h
;;   0x01f7: ud2
;;   0x01f9: ud2
