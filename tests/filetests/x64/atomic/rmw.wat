;;! target = "x86_64"
;;! bounds = "guard"

;; Read-modify-writes: add is `lock xadd`, sub negates first, xchg is `xchg`,
;; narrow results are zero-extended; and/or/xor loop on `lock cmpxchg` with the
;; old value in rax (the first load is the access in the trap table).
(module
  (memory 1 1 shared)
  (func (export "i32_add") (param i32 i32) (result i32) (i32.atomic.rmw.add (local.get 0) (local.get 1)))
  (func (export "i64_sub") (param i32 i64) (result i64) (i64.atomic.rmw.sub (local.get 0) (local.get 1)))
  (func (export "i32_add8") (param i32 i32) (result i32) (i32.atomic.rmw8.add_u (local.get 0) (local.get 1)))
  (func (export "i64_sub16") (param i32 i64) (result i64) (i64.atomic.rmw16.sub_u (local.get 0) (local.get 1)))
  (func (export "i64_xchg32") (param i32 i64) (result i64) (i64.atomic.rmw32.xchg_u (local.get 0) (local.get 1)))
  (func (export "i32_xchg16") (param i32 i32) (result i32) (i32.atomic.rmw16.xchg_u (local.get 0) (local.get 1)))
  (func (export "i32_and") (param i32 i32) (result i32) (i32.atomic.rmw.and (local.get 0) (local.get 1)))
  (func (export "i64_or") (param i32 i64) (result i64) (i64.atomic.rmw.or (local.get 0) (local.get 1)))
  (func (export "i32_xor8") (param i32 i32) (result i32) (i32.atomic.rmw8.xor_u (local.get 0) (local.get 1)))
  (func (export "i64_and32") (param i32 i64) (result i64) (i64.atomic.rmw32.and_u offset=4 (local.get 0) (local.get 1))))
;; function 0 (i32_add):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Ch
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov r15, [r14+18h]
;;   0x0038: mov r15, [r15]
;;   0x003b: mov eax, r12d
;;   0x003e: test bl, 3
;;   0x0041: jne 5Eh
;;   0x0047: lock xadd [r15+rbx], eax
;;   0x004d: mov rbx, [rbp-10h]
;;   0x0051: mov r12, [rbp-18h]
;;   0x0055: mov rsp, rbp
;;   0x0058: pop rbp
;;   0x0059: ret 10h
;;   0x005c: ud2
;;   0x005e: ud2
;; function 1 (i64_sub):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0BFh
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov [rbp-18h], r12
;;   0x008d: mov ebx, [rbp+10h]
;;   0x0090: mov r12, [rbp+18h]
;;   0x0094: mov r15, [r14+18h]
;;   0x0098: mov r15, [r15]
;;   0x009b: mov rax, r12
;;   0x009e: neg rax
;;   0x00a1: test bl, 7
;;   0x00a4: jne 0C1h
;;   0x00aa: lock xadd [r15+rbx], rax
;;   0x00b0: mov rbx, [rbp-10h]
;;   0x00b4: mov r12, [rbp-18h]
;;   0x00b8: mov rsp, rbp
;;   0x00bb: pop rbp
;;   0x00bc: ret 10h
;;   0x00bf: ud2
;;   0x00c1: ud2
;; function 2 (i32_add8):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 126h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov [rbp-18h], r12
;;   0x00fd: mov ebx, [rbp+10h]
;;   0x0100: mov r12d, [rbp+18h]
;;   0x0104: mov r15, [r14+18h]
;;   0x0108: mov r15, [r15]
;;   0x010b: mov eax, r12d
;;   0x010e: lock xadd [r15+rbx], al
;;   0x0114: movzx eax, al
;;   0x0117: mov rbx, [rbp-10h]
;;   0x011b: mov r12, [rbp-18h]
;;   0x011f: mov rsp, rbp
;;   0x0122: pop rbp
;;   0x0123: ret 10h
;;   0x0126: ud2
;; function 3 (i64_sub16):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 30h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 192h
;;   0x014a: sub rsp, 30h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov [rbp-10h], rbx
;;   0x0159: mov [rbp-18h], r12
;;   0x015d: mov ebx, [rbp+10h]
;;   0x0160: mov r12, [rbp+18h]
;;   0x0164: mov r15, [r14+18h]
;;   0x0168: mov r15, [r15]
;;   0x016b: mov rax, r12
;;   0x016e: neg eax
;;   0x0170: test bl, 1
;;   0x0173: jne 194h
;;   0x0179: lock xadd [r15+rbx], ax
;;   0x0180: movzx eax, ax
;;   0x0183: mov rbx, [rbp-10h]
;;   0x0187: mov r12, [rbp-18h]
;;   0x018b: mov rsp, rbp
;;   0x018e: pop rbp
;;   0x018f: ret 10h
;;   0x0192: ud2
;;   0x0194: ud2
;; function 4 (i64_xchg32):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 30h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 1FAh
;;   0x01ba: sub rsp, 30h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov [rbp-10h], rbx
;;   0x01c9: mov [rbp-18h], r12
;;   0x01cd: mov ebx, [rbp+10h]
;;   0x01d0: mov r12, [rbp+18h]
;;   0x01d4: mov r15, [r14+18h]
;;   0x01d8: mov r15, [r15]
;;   0x01db: mov rax, r12
;;   0x01de: test bl, 3
;;   0x01e1: jne 1FCh
;;   0x01e7: xchg [r15+rbx], eax
;;   0x01eb: mov rbx, [rbp-10h]
;;   0x01ef: mov r12, [rbp-18h]
;;   0x01f3: mov rsp, rbp
;;   0x01f6: pop rbp
;;   0x01f7: ret 10h
;;   0x01fa: ud2
;;   0x01fc: ud2
;; function 5 (i32_xchg16):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 30h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 25Eh
;;   0x021a: sub rsp, 30h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: mov [rbp-10h], rbx
;;   0x0229: mov [rbp-18h], r12
;;   0x022d: mov ebx, [rbp+10h]
;;   0x0230: mov r12d, [rbp+18h]
;;   0x0234: mov r15, [r14+18h]
;;   0x0238: mov r15, [r15]
;;   0x023b: mov eax, r12d
;;   0x023e: test bl, 1
;;   0x0241: jne 260h
;;   0x0247: xchg [r15+rbx], ax
;;   0x024c: movzx eax, ax
;;   0x024f: mov rbx, [rbp-10h]
;;   0x0253: mov r12, [rbp-18h]
;;   0x0257: mov rsp, rbp
;;   0x025a: pop rbp
;;   0x025b: ret 10h
;;   0x025e: ud2
;;   0x0260: ud2
;; function 6 (i32_and):
;;   0x0270: push rbp
;;   0x0271: mov rbp, rsp
;;   0x0274: mov r11, [r14]
;;   0x0277: mov r11, [r11]
;;   0x027a: add r11, 30h
;;   0x0281: cmp rsp, r11
;;   0x0284: jb 2D8h
;;   0x028a: sub rsp, 30h
;;   0x0291: mov [rbp-8], r14
;;   0x0295: mov [rbp-10h], rbx
;;   0x0299: mov [rbp-18h], r12
;;   0x029d: mov ebx, [rbp+10h]
;;   0x02a0: mov r12d, [rbp+18h]
;;   0x02a4: mov r15, [r14+18h]
;;   0x02a8: mov r15, [r15]
;;   0x02ab: test bl, 3
;;   0x02ae: jne 2DAh
;;   0x02b4: mov eax, [r15+rbx]
;;   0x02b8: mov ecx, eax
;;   0x02ba: and ecx, r12d
;;   0x02bd: lock cmpxchg [r15+rbx], ecx
;;   0x02c3: jne 2B8h
;;   0x02c9: mov rbx, [rbp-10h]
;;   0x02cd: mov r12, [rbp-18h]
;;   0x02d1: mov rsp, rbp
;;   0x02d4: pop rbp
;;   0x02d5: ret 10h
;;   0x02d8: ud2
;;   0x02da: ud2
;; function 7 (i64_or):
;;   0x02e0: push rbp
;;   0x02e1: mov rbp, rsp
;;   0x02e4: mov r11, [r14]
;;   0x02e7: mov r11, [r11]
;;   0x02ea: add r11, 30h
;;   0x02f1: cmp rsp, r11
;;   0x02f4: jb 349h
;;   0x02fa: sub rsp, 30h
;;   0x0301: mov [rbp-8], r14
;;   0x0305: mov [rbp-10h], rbx
;;   0x0309: mov [rbp-18h], r12
;;   0x030d: mov ebx, [rbp+10h]
;;   0x0310: mov r12, [rbp+18h]
;;   0x0314: mov r15, [r14+18h]
;;   0x0318: mov r15, [r15]
;;   0x031b: test bl, 7
;;   0x031e: jne 34Bh
;;   0x0324: mov rax, [r15+rbx]
;;   0x0328: mov rcx, rax
;;   0x032b: or rcx, r12
;;   0x032e: lock cmpxchg [r15+rbx], rcx
;;   0x0334: jne 328h
;;   0x033a: mov rbx, [rbp-10h]
;;   0x033e: mov r12, [rbp-18h]
;;   0x0342: mov rsp, rbp
;;   0x0345: pop rbp
;;   0x0346: ret 10h
;;   0x0349: ud2
;;   0x034b: ud2
;; function 8 (i32_xor8):
;;   0x0350: push rbp
;;   0x0351: mov rbp, rsp
;;   0x0354: mov r11, [r14]
;;   0x0357: mov r11, [r11]
;;   0x035a: add r11, 30h
;;   0x0361: cmp rsp, r11
;;   0x0364: jb 3B0h
;;   0x036a: sub rsp, 30h
;;   0x0371: mov [rbp-8], r14
;;   0x0375: mov [rbp-10h], rbx
;;   0x0379: mov [rbp-18h], r12
;;   0x037d: mov ebx, [rbp+10h]
;;   0x0380: mov r12d, [rbp+18h]
;;   0x0384: mov r15, [r14+18h]
;;   0x0388: mov r15, [r15]
;;   0x038b: movzx eax, byte ptr [r15+rbx]
;;   0x0390: mov ecx, eax
;;   0x0392: xor ecx, r12d
;;   0x0395: lock cmpxchg [r15+rbx], cl
;;   0x039b: jne 390h
;;   0x03a1: mov rbx, [rbp-10h]
;;   0x03a5: mov r12, [rbp-18h]
;;   0x03a9: mov rsp, rbp
;;   0x03ac: pop rbp
;;   0x03ad: ret 10h
;;   0x03b0: ud2
;; function 9 (i64_and32):
;;   0x03c0: push rbp
;;   0x03c1: mov rbp, rsp
;;   0x03c4: mov r11, [r14]
;;   0x03c7: mov r11, [r11]
;;   0x03ca: add r11, 30h
;;   0x03d1: cmp rsp, r11
;;   0x03d4: jb 42Ah
;;   0x03da: sub rsp, 30h
;;   0x03e1: mov [rbp-8], r14
;;   0x03e5: mov [rbp-10h], rbx
;;   0x03e9: mov [rbp-18h], r12
;;   0x03ed: mov ebx, [rbp+10h]
;;   0x03f0: mov r12, [rbp+18h]
;;   0x03f4: mov r15, [r14+18h]
;;   0x03f8: mov r15, [r15]
;;   0x03fb: test bl, 3
;;   0x03fe: jne 42Ch
;;   0x0404: mov eax, [r15+rbx+4]
;;   0x0409: mov ecx, eax
;;   0x040b: and ecx, r12d
;;   0x040e: lock cmpxchg [r15+rbx+4], ecx
;;   0x0415: jne 409h
;;   0x041b: mov rbx, [rbp-10h]
;;   0x041f: mov r12, [rbp-18h]
;;   0x0423: mov rsp, rbp
;;   0x0426: pop rbp
;;   0x0427: ret 10h
;;   0x042a: ud2
;;   0x042c: ud2
