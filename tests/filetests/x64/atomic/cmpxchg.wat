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
;;   0x0014: jb 6Ah
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
;;   0x0043: mov eax, r12d
;;   0x0046: test bl, 3
;;   0x0049: jne 6Ch
;;   0x004f: lock cmpxchg [r15+rbx], r13d
;;   0x0055: mov eax, eax
;;   0x0057: mov rbx, [rbp-10h]
;;   0x005b: mov r12, [rbp-18h]
;;   0x005f: mov r13, [rbp-20h]
;;   0x0063: mov rsp, rbp
;;   0x0066: pop rbp
;;   0x0067: ret 18h
;;   0x006a: ud2
;;   0x006c: ud2
;; function 1 (i64):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 40h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0D8h
;;   0x008a: sub rsp, 40h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov [rbp-18h], r12
;;   0x009d: mov [rbp-20h], r13
;;   0x00a1: mov ebx, [rbp+10h]
;;   0x00a4: mov r12, [rbp+18h]
;;   0x00a8: mov r13, [rbp+20h]
;;   0x00ac: mov r15, [r14+18h]
;;   0x00b0: mov r15, [r15]
;;   0x00b3: mov rax, r12
;;   0x00b6: test bl, 7
;;   0x00b9: jne 0DAh
;;   0x00bf: lock cmpxchg [r15+rbx], r13
;;   0x00c5: mov rbx, [rbp-10h]
;;   0x00c9: mov r12, [rbp-18h]
;;   0x00cd: mov r13, [rbp-20h]
;;   0x00d1: mov rsp, rbp
;;   0x00d4: pop rbp
;;   0x00d5: ret 18h
;;   0x00d8: ud2
;;   0x00da: ud2
;; function 2 (i32_8):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 40h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 142h
;;   0x00fa: sub rsp, 40h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov [rbp-18h], r12
;;   0x010d: mov [rbp-20h], r13
;;   0x0111: mov ebx, [rbp+10h]
;;   0x0114: mov r12d, [rbp+18h]
;;   0x0118: mov r13d, [rbp+20h]
;;   0x011c: mov r15, [r14+18h]
;;   0x0120: mov r15, [r15]
;;   0x0123: mov eax, r12d
;;   0x0126: lock cmpxchg [r15+rbx], r13b
;;   0x012c: movzx eax, al
;;   0x012f: mov rbx, [rbp-10h]
;;   0x0133: mov r12, [rbp-18h]
;;   0x0137: mov r13, [rbp-20h]
;;   0x013b: mov rsp, rbp
;;   0x013e: pop rbp
;;   0x013f: ret 18h
;;   0x0142: ud2
;; function 3 (i64_16):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 40h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1BCh
;;   0x016a: sub rsp, 40h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov [rbp-18h], r12
;;   0x017d: mov [rbp-20h], r13
;;   0x0181: mov ebx, [rbp+10h]
;;   0x0184: mov r12, [rbp+18h]
;;   0x0188: mov r13, [rbp+20h]
;;   0x018c: mov r15, [r14+18h]
;;   0x0190: mov r15, [r15]
;;   0x0193: mov rax, r12
;;   0x0196: test bl, 1
;;   0x0199: jne 1BEh
;;   0x019f: lock cmpxchg [r15+rbx], r13w
;;   0x01a6: movzx eax, ax
;;   0x01a9: mov rbx, [rbp-10h]
;;   0x01ad: mov r12, [rbp-18h]
;;   0x01b1: mov r13, [rbp-20h]
;;   0x01b5: mov rsp, rbp
;;   0x01b8: pop rbp
;;   0x01b9: ret 18h
;;   0x01bc: ud2
;;   0x01be: ud2
;; function 4 (i64_32):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 40h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 22Ah
;;   0x01da: sub rsp, 40h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov [rbp-10h], rbx
;;   0x01e9: mov [rbp-18h], r12
;;   0x01ed: mov [rbp-20h], r13
;;   0x01f1: mov ebx, [rbp+10h]
;;   0x01f4: mov r12, [rbp+18h]
;;   0x01f8: mov r13, [rbp+20h]
;;   0x01fc: mov r15, [r14+18h]
;;   0x0200: mov r15, [r15]
;;   0x0203: mov rax, r12
;;   0x0206: test bl, 3
;;   0x0209: jne 22Ch
;;   0x020f: lock cmpxchg [r15+rbx], r13d
;;   0x0215: mov eax, eax
;;   0x0217: mov rbx, [rbp-10h]
;;   0x021b: mov r12, [rbp-18h]
;;   0x021f: mov r13, [rbp-20h]
;;   0x0223: mov rsp, rbp
;;   0x0226: pop rbp
;;   0x0227: ret 18h
;;   0x022a: ud2
;;   0x022c: ud2
