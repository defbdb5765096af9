;;! target = "x86_64"
;;! bounds = "guard"

;; Every store width at offset 0, from registers and immediates. With guard pages (2 GiB guard) an offset-0 access needs no check: the access
;; is recorded in the trap table and faults on the guard region.
(module
  (memory 1)
  (func (export "i32_store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "i32_store8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "i32_store16") (param i32 i32) (i32.store16 (local.get 0) (local.get 1)))
  (func (export "i64_store") (param i32 i64) (i64.store (local.get 0) (local.get 1)))
  (func (export "i64_store8") (param i32 i64) (i64.store8 (local.get 0) (local.get 1)))
  (func (export "i64_store16") (param i32 i64) (i64.store16 (local.get 0) (local.get 1)))
  (func (export "i64_store32") (param i32 i64) (i64.store32 (local.get 0) (local.get 1)))
  (func (export "f32_store") (param i32 f32) (f32.store (local.get 0) (local.get 1)))
  (func (export "f64_store") (param i32 f64) (f64.store (local.get 0) (local.get 1)))
  (func (export "i32_store16_imm") (param i32) (i32.store16 (local.get 0) (i32.const -2)))
  (func (export "i64_store_imm") (param i32) (i64.store (local.get 0) (i64.const -5)))
  (func (export "f32_store_const") (param i32) (f32.store (local.get 0) (f32.const 1.5))))
;; function 0 (i32_store):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Eh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, [rbp+18h]
;;   0x002f: mov ecx, [rbp+10h]
;;   0x0032: add rcx, r15
;;   0x0035: mov [rcx], eax
;;   0x0037: mov rsp, rbp
;;   0x003a: pop rbp
;;   0x003b: ret 10h
;;   0x003e: ud2
;; function 1 (i32_store8):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Eh
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov r15, [r14+18h]
;;   0x0069: mov r15, [r15]
;;   0x006c: mov eax, [rbp+18h]
;;   0x006f: mov ecx, [rbp+10h]
;;   0x0072: add rcx, r15
;;   0x0075: mov [rcx], al
;;   0x0077: mov rsp, rbp
;;   0x007a: pop rbp
;;   0x007b: ret 10h
;;   0x007e: ud2
;; function 2 (i32_store16):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BFh
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov r15, [r14+18h]
;;   0x00a9: mov r15, [r15]
;;   0x00ac: mov eax, [rbp+18h]
;;   0x00af: mov ecx, [rbp+10h]
;;   0x00b2: add rcx, r15
;;   0x00b5: mov [rcx], ax
;;   0x00b8: mov rsp, rbp
;;   0x00bb: pop rbp
;;   0x00bc: ret 10h
;;   0x00bf: ud2
;; function 3 (i64_store):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 20h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 110h
;;   0x00ea: sub rsp, 20h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov r15, [r14+18h]
;;   0x00f9: mov r15, [r15]
;;   0x00fc: mov rax, [rbp+18h]
;;   0x0100: mov ecx, [rbp+10h]
;;   0x0103: add rcx, r15
;;   0x0106: mov [rcx], rax
;;   0x0109: mov rsp, rbp
;;   0x010c: pop rbp
;;   0x010d: ret 10h
;;   0x0110: ud2
;; function 4 (i64_store8):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 20h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 15Fh
;;   0x013a: sub rsp, 20h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov r15, [r14+18h]
;;   0x0149: mov r15, [r15]
;;   0x014c: mov rax, [rbp+18h]
;;   0x0150: mov ecx, [rbp+10h]
;;   0x0153: add rcx, r15
;;   0x0156: mov [rcx], al
;;   0x0158: mov rsp, rbp
;;   0x015b: pop rbp
;;   0x015c: ret 10h
;;   0x015f: ud2
;; function 5 (i64_store16):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 20h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 1B0h
;;   0x018a: sub rsp, 20h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: mov r15, [r14+18h]
;;   0x0199: mov r15, [r15]
;;   0x019c: mov rax, [rbp+18h]
;;   0x01a0: mov ecx, [rbp+10h]
;;   0x01a3: add rcx, r15
;;   0x01a6: mov [rcx], ax
;;   0x01a9: mov rsp, rbp
;;   0x01ac: pop rbp
;;   0x01ad: ret 10h
;;   0x01b0: ud2
;; function 6 (i64_store32):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 20h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 1FFh
;;   0x01da: sub rsp, 20h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov r15, [r14+18h]
;;   0x01e9: mov r15, [r15]
;;   0x01ec: mov rax, [rbp+18h]
;;   0x01f0: mov ecx, [rbp+10h]
;;   0x01f3: add rcx, r15
;;   0x01f6: mov [rcx], eax
;;   0x01f8: mov rsp, rbp
;;   0x01fb: pop rbp
;;   0x01fc: ret 10h
;;   0x01ff: ud2
;; function 7 (f32_store):
;;   0x0210: push rbp
;;   0x0211: mov rbp, rsp
;;   0x0214: mov r11, [r14]
;;   0x0217: mov r11, [r11]
;;   0x021a: add r11, 20h
;;   0x0221: cmp rsp, r11
;;   0x0224: jb 252h
;;   0x022a: sub rsp, 20h
;;   0x0231: mov [rbp-8], r14
;;   0x0235: mov r15, [r14+18h]
;;   0x0239: mov r15, [r15]
;;   0x023c: movss xmm0, [rbp+18h]
;;   0x0241: mov eax, [rbp+10h]
;;   0x0244: add rax, r15
;;   0x0247: movss [rax], xmm0
;;   0x024b: mov rsp, rbp
;;   0x024e: pop rbp
;;   0x024f: ret 10h
;;   0x0252: ud2
;; function 8 (f64_store):
;;   0x0260: push rbp
;;   0x0261: mov rbp, rsp
;;   0x0264: mov r11, [r14]
;;   0x0267: mov r11, [r11]
;;   0x026a: add r11, 20h
;;   0x0271: cmp rsp, r11
;;   0x0274: jb 2A2h
;;   0x027a: sub rsp, 20h
;;   0x0281: mov [rbp-8], r14
;;   0x0285: mov r15, [r14+18h]
;;   0x0289: mov r15, [r15]
;;   0x028c: movsd xmm0, [rbp+18h]
;;   0x0291: mov eax, [rbp+10h]
;;   0x0294: add rax, r15
;;   0x0297: movsd [rax], xmm0
;;   0x029b: mov rsp, rbp
;;   0x029e: pop rbp
;;   0x029f: ret 10h
;;   0x02a2: ud2
;; function 9 (i32_store16_imm):
;;   0x02b0: push rbp
;;   0x02b1: mov rbp, rsp
;;   0x02b4: mov r11, [r14]
;;   0x02b7: mov r11, [r11]
;;   0x02ba: add r11, 20h
;;   0x02c1: cmp rsp, r11
;;   0x02c4: jb 2EEh
;;   0x02ca: sub rsp, 20h
;;   0x02d1: mov [rbp-8], r14
;;   0x02d5: mov r15, [r14+18h]
;;   0x02d9: mov r15, [r15]
;;   0x02dc: mov eax, [rbp+10h]
;;   0x02df: add rax, r15
;;   0x02e2: mov word ptr [rax], 0FFFEh
;;   0x02e7: mov rsp, rbp
;;   0x02ea: pop rbp
;;   0x02eb: ret 8
;;   0x02ee: ud2
;; function 10 (i64_store_imm):
;;   0x02f0: push rbp
;;   0x02f1: mov rbp, rsp
;;   0x02f4: mov r11, [r14]
;;   0x02f7: mov r11, [r11]
;;   0x02fa: add r11, 20h
;;   0x0301: cmp rsp, r11
;;   0x0304: jb 330h
;;   0x030a: sub rsp, 20h
;;   0x0311: mov [rbp-8], r14
;;   0x0315: mov r15, [r14+18h]
;;   0x0319: mov r15, [r15]
;;   0x031c: mov eax, [rbp+10h]
;;   0x031f: add rax, r15
;;   0x0322: mov qword ptr [rax], 0FFFFFFFFFFFFFFFBh
;;   0x0329: mov rsp, rbp
;;   0x032c: pop rbp
;;   0x032d: ret 8
;;   0x0330: ud2
;; function 11 (f32_store_const):
;;   0x0340: push rbp
;;   0x0341: mov rbp, rsp
;;   0x0344: mov r11, [r14]
;;   0x0347: mov r11, [r11]
;;   0x034a: add r11, 20h
;;   0x0351: cmp rsp, r11
;;   0x0354: jb 388h
;;   0x035a: sub rsp, 20h
;;   0x0361: mov [rbp-8], r14
;;   0x0365: mov r15, [r14+18h]
;;   0x0369: mov r15, [r15]
;;   0x036c: mov r11d, 3FC00000h
;;   0x0372: movd xmm0, r11d
;;   0x0377: mov eax, [rbp+10h]
;;   0x037a: add rax, r15
;;   0x037d: movss [rax], xmm0
;;   0x0381: mov rsp, rbp
;;   0x0384: pop rbp
;;   0x0385: ret 8
;;   0x0388: ud2
