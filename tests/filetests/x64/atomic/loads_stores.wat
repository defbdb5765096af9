;;! target = "x86_64"
;;! bounds = "guard"

;; Atomic loads of each width are plain (zero-extending) loads; stores are
;; `xchg` (sequentially consistent). Each access first tests the low bits of
;; the index ("unaligned atomic"), except bytes; in guard mode the access is
;; the instruction in the trap table. A misaligned static offset is tested
;; through r11 (index + offset's low bits).
(module
  (memory 1 1 shared)
  (func (export "i32_load") (param i32) (result i32) (i32.atomic.load (local.get 0)))
  (func (export "i64_load") (param i32) (result i64) (i64.atomic.load (local.get 0)))
  (func (export "i32_load8_u") (param i32) (result i32) (i32.atomic.load8_u (local.get 0)))
  (func (export "i32_load16_u") (param i32) (result i32) (i32.atomic.load16_u (local.get 0)))
  (func (export "i64_load32_u") (param i32) (result i64) (i64.atomic.load32_u (local.get 0)))
  (func (export "i32_load_offset") (param i32) (result i32) (i32.atomic.load offset=6 (local.get 0)))
  (func (export "i32_load_const") (result i32) (i32.atomic.load (i32.const 8)))
  (func (export "i32_store") (param i32 i32) (i32.atomic.store (local.get 0) (local.get 1)))
  (func (export "i64_store") (param i32 i64) (i64.atomic.store (local.get 0) (local.get 1)))
  (func (export "i32_store8") (param i32 i32) (i32.atomic.store8 (local.get 0) (local.get 1)))
  (func (export "i64_store16") (param i32 i64) (i64.atomic.store16 (local.get 0) (local.get 1)))
  (func (export "i64_store32_const") (param i32) (i64.atomic.store32 (local.get 0) (i64.const 7))))
;; function 0 (i32_load):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Bh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: test bl, 3
;;   0x0036: jne 4Dh
;;   0x003c: mov eax, [r15+rbx]
;;   0x0040: mov rbx, [rbp-10h]
;;   0x0044: mov rsp, rbp
;;   0x0047: pop rbp
;;   0x0048: ret 8
;;   0x004b: ud2
;;   0x004d: ud2
;; function 1 (i64_load):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 9Bh
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: mov r15, [r14+18h]
;;   0x0080: mov r15, [r15]
;;   0x0083: test bl, 7
;;   0x0086: jne 9Dh
;;   0x008c: mov rax, [r15+rbx]
;;   0x0090: mov rbx, [rbp-10h]
;;   0x0094: mov rsp, rbp
;;   0x0097: pop rbp
;;   0x0098: ret 8
;;   0x009b: ud2
;;   0x009d: ud2
;; function 2 (i32_load8_u):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E3h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov ebx, [rbp+10h]
;;   0x00cc: mov r15, [r14+18h]
;;   0x00d0: mov r15, [r15]
;;   0x00d3: movzx eax, byte ptr [r15+rbx]
;;   0x00d8: mov rbx, [rbp-10h]
;;   0x00dc: mov rsp, rbp
;;   0x00df: pop rbp
;;   0x00e0: ret 8
;;   0x00e3: ud2
;; function 3 (i32_load16_u):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 13Ch
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov ebx, [rbp+10h]
;;   0x011c: mov r15, [r14+18h]
;;   0x0120: mov r15, [r15]
;;   0x0123: test bl, 1
;;   0x0126: jne 13Eh
;;   0x012c: movzx eax, word ptr [r15+rbx]
;;   0x0131: mov rbx, [rbp-10h]
;;   0x0135: mov rsp, rbp
;;   0x0138: pop rbp
;;   0x0139: ret 8
;;   0x013c: ud2
;;   0x013e: ud2
;; function 4 (i64_load32_u):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 18Bh
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov ebx, [rbp+10h]
;;   0x016c: mov r15, [r14+18h]
;;   0x0170: mov r15, [r15]
;;   0x0173: test bl, 3
;;   0x0176: jne 18Dh
;;   0x017c: mov eax, [r15+rbx]
;;   0x0180: mov rbx, [rbp-10h]
;;   0x0184: mov rsp, rbp
;;   0x0187: pop rbp
;;   0x0188: ret 8
;;   0x018b: ud2
;;   0x018d: ud2
;; function 5 (i32_load_offset):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1E1h
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov [rbp-10h], rbx
;;   0x01b9: mov ebx, [rbp+10h]
;;   0x01bc: mov r15, [r14+18h]
;;   0x01c0: mov r15, [r15]
;;   0x01c3: lea r11, [rbx+2]
;;   0x01c7: test r11b, 3
;;   0x01cb: jne 1E3h
;;   0x01d1: mov eax, [r15+rbx+6]
;;   0x01d6: mov rbx, [rbp-10h]
;;   0x01da: mov rsp, rbp
;;   0x01dd: pop rbp
;;   0x01de: ret 8
;;   0x01e1: ud2
;;   0x01e3: ud2
;; function 6 (i32_load_const):
;;   0x01f0: push rbp
;;   0x01f1: mov rbp, rsp
;;   0x01f4: mov r11, [r14]
;;   0x01f7: mov r11, [r11]
;;   0x01fa: add r11, 30h
;;   0x0201: cmp rsp, r11
;;   0x0204: jb 225h
;;   0x020a: sub rsp, 30h
;;   0x0211: mov [rbp-8], r14
;;   0x0215: mov r15, [r14+18h]
;;   0x0219: mov r15, [r15]
;;   0x021c: mov eax, [r15+8]
;;   0x0220: mov rsp, rbp
;;   0x0223: pop rbp
;;   0x0224: ret
;;   0x0225: ud2
;;   0x0227: ud2
;; function 7 (i32_store):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 30h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 28Ah
;;   0x024a: sub rsp, 30h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov [rbp-10h], rbx
;;   0x0259: mov [rbp-18h], r12
;;   0x025d: mov ebx, [rbp+10h]
;;   0x0260: mov r12d, [rbp+18h]
;;   0x0264: mov r15, [r14+18h]
;;   0x0268: mov r15, [r15]
;;   0x026b: mov eax, r12d
;;   0x026e: test bl, 3
;;   0x0271: jne 28Ch
;;   0x0277: xchg [r15+rbx], eax
;;   0x027b: mov rbx, [rbp-10h]
;;   0x027f: mov r12, [rbp-18h]
;;   0x0283: mov rsp, rbp
;;   0x0286: pop rbp
;;   0x0287: ret 10h
;;   0x028a: ud2
;;   0x028c: ud2
;; function 8 (i64_store):
;;   0x0290: push rbp
;;   0x0291: mov rbp, rsp
;;   0x0294: mov r11, [r14]
;;   0x0297: mov r11, [r11]
;;   0x029a: add r11, 30h
;;   0x02a1: cmp rsp, r11
;;   0x02a4: jb 2EAh
;;   0x02aa: sub rsp, 30h
;;   0x02b1: mov [rbp-8], r14
;;   0x02b5: mov [rbp-10h], rbx
;;   0x02b9: mov [rbp-18h], r12
;;   0x02bd: mov ebx, [rbp+10h]
;;   0x02c0: mov r12, [rbp+18h]
;;   0x02c4: mov r15, [r14+18h]
;;   0x02c8: mov r15, [r15]
;;   0x02cb: mov rax, r12
;;   0x02ce: test bl, 7
;;   0x02d1: jne 2ECh
;;   0x02d7: xchg [r15+rbx], rax
;;   0x02db: mov rbx, [rbp-10h]
;;   0x02df: mov r12, [rbp-18h]
;;   0x02e3: mov rsp, rbp
;;   0x02e6: pop rbp
;;   0x02e7: ret 10h
;;   0x02ea: ud2
;;   0x02ec: ud2
;; function 9 (i32_store8):
;;   0x02f0: push rbp
;;   0x02f1: mov rbp, rsp
;;   0x02f4: mov r11, [r14]
;;   0x02f7: mov r11, [r11]
;;   0x02fa: add r11, 30h
;;   0x0301: cmp rsp, r11
;;   0x0304: jb 341h
;;   0x030a: sub rsp, 30h
;;   0x0311: mov [rbp-8], r14
;;   0x0315: mov [rbp-10h], rbx
;;   0x0319: mov [rbp-18h], r12
;;   0x031d: mov ebx, [rbp+10h]
;;   0x0320: mov r12d, [rbp+18h]
;;   0x0324: mov r15, [r14+18h]
;;   0x0328: mov r15, [r15]
;;   0x032b: mov eax, r12d
;;   0x032e: xchg [r15+rbx], al
;;   0x0332: mov rbx, [rbp-10h]
;;   0x0336: mov r12, [rbp-18h]
;;   0x033a: mov rsp, rbp
;;   0x033d: pop rbp
;;   0x033e: ret 10h
;;   0x0341: ud2
;; function 10 (i64_store16):
;;   0x0350: push rbp
;;   0x0351: mov rbp, rsp
;;   0x0354: mov r11, [r14]
;;   0x0357: mov r11, [r11]
;;   0x035a: add r11, 30h
;;   0x0361: cmp rsp, r11
;;   0x0364: jb 3ABh
;;   0x036a: sub rsp, 30h
;;   0x0371: mov [rbp-8], r14
;;   0x0375: mov [rbp-10h], rbx
;;   0x0379: mov [rbp-18h], r12
;;   0x037d: mov ebx, [rbp+10h]
;;   0x0380: mov r12, [rbp+18h]
;;   0x0384: mov r15, [r14+18h]
;;   0x0388: mov r15, [r15]
;;   0x038b: mov rax, r12
;;   0x038e: test bl, 1
;;   0x0391: jne 3ADh
;;   0x0397: xchg [r15+rbx], ax
;;   0x039c: mov rbx, [rbp-10h]
;;   0x03a0: mov r12, [rbp-18h]
;;   0x03a4: mov rsp, rbp
;;   0x03a7: pop rbp
;;   0x03a8: ret 10h
;;   0x03ab: ud2
;;   0x03ad: ud2
;; function 11 (i64_store32_const):
;;   0x03b0: push rbp
;;   0x03b1: mov rbp, rsp
;;   0x03b4: mov r11, [r14]
;;   0x03b7: mov r11, [r11]
;;   0x03ba: add r11, 30h
;;   0x03c1: cmp rsp, r11
;;   0x03c4: jb 400h
;;   0x03ca: sub rsp, 30h
;;   0x03d1: mov [rbp-8], r14
;;   0x03d5: mov [rbp-10h], rbx
;;   0x03d9: mov ebx, [rbp+10h]
;;   0x03dc: mov r15, [r14+18h]
;;   0x03e0: mov r15, [r15]
;;   0x03e3: mov eax, 7
;;   0x03e8: test bl, 3
;;   0x03eb: jne 402h
;;   0x03f1: xchg [r15+rbx], eax
;;   0x03f5: mov rbx, [rbp-10h]
;;   0x03f9: mov rsp, rbp
;;   0x03fc: pop rbp
;;   0x03fd: ret 8
;;   0x0400: ud2
;;   0x0402: ud2
