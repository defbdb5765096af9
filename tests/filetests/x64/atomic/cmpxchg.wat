;;! target = "x86_64"
;;! bounds = "guard"

;; Compare-exchange: the expected value in rax, `lock cmpxchg`, then the old
;; value zero-extended from the access width (on success rax still holds all
;; of the expected value, whose bits above the width were not compared).
(module
  (memory 1 1 shared)
  (func (export "i32") (param i32 i32 i32) (result i32) (i32.atomic.rmw.cmpxchg (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i64") (param i32 i64 i64) (result i64) (i64.atomic.rmw.cmpxchg (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i32_8") (param i32 i32 i32) (result i32) (i32.atomic.rmw8.cmpxchg_u (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i64_16") (param i32 i64 i64) (result i64) (i64.atomic.rmw16.cmpxchg_u (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i64_32") (param i32 i64 i64) (result i64) (i64.atomic.rmw32.cmpxchg_u (local.get 0) (local.get 1) (local.get 2))))
;; function 0 (i32):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Dh
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12d, [rbp+18h]
;;   0x0038: mov r13d, [rbp+20h]
;;   0x003c: mov r15, [r14+18h]
;;   0x0040: mov r15, [r15]
;;   0x0043: mov ecx, r13d
;;   0x0046: mov eax, r12d
;;   0x0049: test bl, 3
;;   0x004c: jne 6Fh
;;   0x0052: lock cmpxchg [r15+rbx], ecx
;;   0x0058: mov eax, eax
;;   0x005a: mov rbx, [rbp-10h]
;;   0x005e: mov r12, [rbp-18h]
;;   0x0062: mov r13, [rbp-20h]
;;   0x0066: mov rsp, rbp
;;   0x0069: pop rbp
;;   0x006a: ret 18h
;;   0x006d: ud2
;;   0x006f: ud2
;; function 1 (i64):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 40h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0EBh
;;   0x009a: sub rsp, 40h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov [rbp-18h], r12
;;   0x00ad: mov [rbp-20h], r13
;;   0x00b1: mov ebx, [rbp+10h]
;;   0x00b4: mov r12, [rbp+18h]
;;   0x00b8: mov r13, [rbp+20h]
;;   0x00bc: mov r15, [r14+18h]
;;   0x00c0: mov r15, [r15]
;;   0x00c3: mov rcx, r13
;;   0x00c6: mov rax, r12
;;   0x00c9: test bl, 7
;;   0x00cc: jne 0EDh
;;   0x00d2: lock cmpxchg [r15+rbx], rcx
;;   0x00d8: mov rbx, [rbp-10h]
;;   0x00dc: mov r12, [rbp-18h]
;;   0x00e0: mov r13, [rbp-20h]
;;   0x00e4: mov rsp, rbp
;;   0x00e7: pop rbp
;;   0x00e8: ret 18h
;;   0x00eb: ud2
;;   0x00ed: ud2
;; function 2 (i32_8):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 40h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 155h
;;   0x010a: sub rsp, 40h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov [rbp-18h], r12
;;   0x011d: mov [rbp-20h], r13
;;   0x0121: mov ebx, [rbp+10h]
;;   0x0124: mov r12d, [rbp+18h]
;;   0x0128: mov r13d, [rbp+20h]
;;   0x012c: mov r15, [r14+18h]
;;   0x0130: mov r15, [r15]
;;   0x0133: mov ecx, r13d
;;   0x0136: mov eax, r12d
;;   0x0139: lock cmpxchg [r15+rbx], cl
;;   0x013f: movzx eax, al
;;   0x0142: mov rbx, [rbp-10h]
;;   0x0146: mov r12, [rbp-18h]
;;   0x014a: mov r13, [rbp-20h]
;;   0x014e: mov rsp, rbp
;;   0x0151: pop rbp
;;   0x0152: ret 18h
;;   0x0155: ud2
;; function 3 (i64_16):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 40h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1CFh
;;   0x017a: sub rsp, 40h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov [rbp-10h], rbx
;;   0x0189: mov [rbp-18h], r12
;;   0x018d: mov [rbp-20h], r13
;;   0x0191: mov ebx, [rbp+10h]
;;   0x0194: mov r12, [rbp+18h]
;;   0x0198: mov r13, [rbp+20h]
;;   0x019c: mov r15, [r14+18h]
;;   0x01a0: mov r15, [r15]
;;   0x01a3: mov rcx, r13
;;   0x01a6: mov rax, r12
;;   0x01a9: test bl, 1
;;   0x01ac: jne 1D1h
;;   0x01b2: lock cmpxchg [r15+rbx], cx
;;   0x01b9: movzx eax, ax
;;   0x01bc: mov rbx, [rbp-10h]
;;   0x01c0: mov r12, [rbp-18h]
;;   0x01c4: mov r13, [rbp-20h]
;;   0x01c8: mov rsp, rbp
;;   0x01cb: pop rbp
;;   0x01cc: ret 18h
;;   0x01cf: ud2
;;   0x01d1: ud2
;; function 4 (i64_32):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 40h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 24Dh
;;   0x01fa: sub rsp, 40h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov [rbp-10h], rbx
;;   0x0209: mov [rbp-18h], r12
;;   0x020d: mov [rbp-20h], r13
;;   0x0211: mov ebx, [rbp+10h]
;;   0x0214: mov r12, [rbp+18h]
;;   0x0218: mov r13, [rbp+20h]
;;   0x021c: mov r15, [r14+18h]
;;   0x0220: mov r15, [r15]
;;   0x0223: mov rcx, r13
;;   0x0226: mov rax, r12
;;   0x0229: test bl, 3
;;   0x022c: jne 24Fh
;;   0x0232: lock cmpxchg [r15+rbx], ecx
;;   0x0238: mov eax, eax
;;   0x023a: mov rbx, [rbp-10h]
;;   0x023e: mov r12, [rbp-18h]
;;   0x0242: mov r13, [rbp-20h]
;;   0x0246: mov rsp, rbp
;;   0x0249: pop rbp
;;   0x024a: ret 18h
;;   0x024d: ud2
;;   0x024f: ud2
