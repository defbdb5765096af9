;;! bounds = "guard:4294967296"
;; A 4 GiB guard elides checks for offsets and constant addresses of 2^31
;; and more, which no disp32 can hold: the address is formed in r11 (a
;; materialized constant for memory 0, a loaded base advanced in 2^31
;; steps for another memory), and the index is never written.
(module
  (memory $m0 1)
  (memory $m1 1)
  (func (export "const_high") (result i32) (i32.load (i32.const 0x90000000)))
  (func (export "const_and_offset") (result i32)
    (i32.load offset=0xfffffff0 (i32.const 0xc)))
  (func (export "pinned_far") (param i32) (result i32)
    (i32.load offset=0x80000000 (local.get 0)))
  (func (export "owned_far") (param i32) (result i32)
    (i32.load offset=0x80000000 (i32.add (local.get 0) (i32.const 1))))
  (func (export "m1_pinned") (param i32) (result i32)
    (i32.load $m1 offset=0x10 (local.get 0)))
  (func (export "m1_far") (param i32) (param i64)
    (i64.store $m1 offset=0xffff0000 (local.get 0) (local.get 1))))
;; function 0 (const_high):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Bh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov r11d, 90000000h
;;   0x0032: mov eax, [r15+r11]
;;   0x0036: mov rsp, rbp
;;   0x0039: pop rbp
;;   0x003a: ret
;;   0x003b: ud2
;; function 1 (const_and_offset):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Bh
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov r15, [r14+18h]
;;   0x0069: mov r15, [r15]
;;   0x006c: mov r11d, 0FFFFFFFCh
;;   0x0072: mov eax, [r15+r11]
;;   0x0076: mov rsp, rbp
;;   0x0079: pop rbp
;;   0x007a: ret
;;   0x007b: ud2
;; function 2 (pinned_far):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0CBh
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov ebx, [rbp+10h]
;;   0x00ac: mov r15, [r14+18h]
;;   0x00b0: mov r15, [r15]
;;   0x00b3: mov r11d, 80000000h
;;   0x00b9: add r11, rbx
;;   0x00bc: mov eax, [r15+r11]
;;   0x00c0: mov rbx, [rbp-10h]
;;   0x00c4: mov rsp, rbp
;;   0x00c7: pop rbp
;;   0x00c8: ret 8
;;   0x00cb: ud2
;; function 3 (owned_far):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 120h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov ebx, [rbp+10h]
;;   0x00fc: mov r15, [r14+18h]
;;   0x0100: mov r15, [r15]
;;   0x0103: mov eax, ebx
;;   0x0105: add eax, 1
;;   0x0108: mov r11d, 80000000h
;;   0x010e: add r11, rax
;;   0x0111: mov eax, [r15+r11]
;;   0x0115: mov rbx, [rbp-10h]
;;   0x0119: mov rsp, rbp
;;   0x011c: pop rbp
;;   0x011d: ret 8
;;   0x0120: ud2
;; function 4 (m1_pinned):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 30h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 17Ah
;;   0x014a: sub rsp, 30h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov [rbp-10h], rbx
;;   0x0159: mov ebx, [rbp+10h]
;;   0x015c: mov r15, [r14+18h]
;;   0x0160: mov r15, [r15]
;;   0x0163: mov r11, [r14+20h]
;;   0x0167: mov r11, [r11]
;;   0x016a: mov eax, [r11+rbx+10h]
;;   0x016f: mov rbx, [rbp-10h]
;;   0x0173: mov rsp, rbp
;;   0x0176: pop rbp
;;   0x0177: ret 8
;;   0x017a: ud2
;; function 5 (m1_far):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 30h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1E0h
;;   0x019a: sub rsp, 30h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov [rbp-10h], rbx
;;   0x01a9: mov [rbp-18h], r12
;;   0x01ad: mov ebx, [rbp+10h]
;;   0x01b0: mov r12, [rbp+18h]
;;   0x01b4: mov r15, [r14+18h]
;;   0x01b8: mov r15, [r15]
;;   0x01bb: mov r11, [r14+20h]
;;   0x01bf: mov r11, [r11]
;;   0x01c2: sub r11, 0FFFFFFFF80000000h
;;   0x01c9: mov [r11+rbx+7FFF0000h], r12
;;   0x01d1: mov rbx, [rbp-10h]
;;   0x01d5: mov r12, [rbp-18h]
;;   0x01d9: mov rsp, rbp
;;   0x01dc: pop rbp
;;   0x01dd: ret 10h
;;   0x01e0: ud2
