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
;;   0x003e: mov r11, [r14]
;;   0x0041: mov eax, 0Ah
;;   0x0046: mov rsp, [r11+8]
;;   0x004a: jmp qword ptr [r11+10h]
;; function 1 (i32_store8):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Eh
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov r15, [r14+18h]
;;   0x0079: mov r15, [r15]
;;   0x007c: mov eax, [rbp+18h]
;;   0x007f: mov ecx, [rbp+10h]
;;   0x0082: add rcx, r15
;;   0x0085: mov [rcx], al
;;   0x0087: mov rsp, rbp
;;   0x008a: pop rbp
;;   0x008b: ret 10h
;;   0x008e: mov r11, [r14]
;;   0x0091: mov eax, 0Ah
;;   0x0096: mov rsp, [r11+8]
;;   0x009a: jmp qword ptr [r11+10h]
;; function 2 (i32_store16):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0DFh
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov r15, [r14+18h]
;;   0x00c9: mov r15, [r15]
;;   0x00cc: mov eax, [rbp+18h]
;;   0x00cf: mov ecx, [rbp+10h]
;;   0x00d2: add rcx, r15
;;   0x00d5: mov [rcx], ax
;;   0x00d8: mov rsp, rbp
;;   0x00db: pop rbp
;;   0x00dc: ret 10h
;;   0x00df: mov r11, [r14]
;;   0x00e2: mov eax, 0Ah
;;   0x00e7: mov rsp, [r11+8]
;;   0x00eb: jmp qword ptr [r11+10h]
;; function 3 (i64_store):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 130h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov r15, [r14+18h]
;;   0x0119: mov r15, [r15]
;;   0x011c: mov rax, [rbp+18h]
;;   0x0120: mov ecx, [rbp+10h]
;;   0x0123: add rcx, r15
;;   0x0126: mov [rcx], rax
;;   0x0129: mov rsp, rbp
;;   0x012c: pop rbp
;;   0x012d: ret 10h
;;   0x0130: mov r11, [r14]
;;   0x0133: mov eax, 0Ah
;;   0x0138: mov rsp, [r11+8]
;;   0x013c: jmp qword ptr [r11+10h]
;; function 4 (i64_store8):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 20h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 17Fh
;;   0x015a: sub rsp, 20h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov r15, [r14+18h]
;;   0x0169: mov r15, [r15]
;;   0x016c: mov rax, [rbp+18h]
;;   0x0170: mov ecx, [rbp+10h]
;;   0x0173: add rcx, r15
;;   0x0176: mov [rcx], al
;;   0x0178: mov rsp, rbp
;;   0x017b: pop rbp
;;   0x017c: ret 10h
;;   0x017f: mov r11, [r14]
;;   0x0182: mov eax, 0Ah
;;   0x0187: mov rsp, [r11+8]
;;   0x018b: jmp qword ptr [r11+10h]
;; function 5 (i64_store16):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 20h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1D0h
;;   0x01aa: sub rsp, 20h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov r15, [r14+18h]
;;   0x01b9: mov r15, [r15]
;;   0x01bc: mov rax, [rbp+18h]
;;   0x01c0: mov ecx, [rbp+10h]
;;   0x01c3: add rcx, r15
;;   0x01c6: mov [rcx], ax
;;   0x01c9: mov rsp, rbp
;;   0x01cc: pop rbp
;;   0x01cd: ret 10h
;;   0x01d0: mov r11, [r14]
;;   0x01d3: mov eax, 0Ah
;;   0x01d8: mov rsp, [r11+8]
;;   0x01dc: jmp qword ptr [r11+10h]
;; function 6 (i64_store32):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 20h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 21Fh
;;   0x01fa: sub rsp, 20h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov r15, [r14+18h]
;;   0x0209: mov r15, [r15]
;;   0x020c: mov rax, [rbp+18h]
;;   0x0210: mov ecx, [rbp+10h]
;;   0x0213: add rcx, r15
;;   0x0216: mov [rcx], eax
;;   0x0218: mov rsp, rbp
;;   0x021b: pop rbp
;;   0x021c: ret 10h
;;   0x021f: mov r11, [r14]
;;   0x0222: mov eax, 0Ah
;;   0x0227: mov rsp, [r11+8]
;;   0x022b: jmp qword ptr [r11+10h]
;; function 7 (f32_store):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 20h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 272h
;;   0x024a: sub rsp, 20h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov r15, [r14+18h]
;;   0x0259: mov r15, [r15]
;;   0x025c: movss xmm0, [rbp+18h]
;;   0x0261: mov eax, [rbp+10h]
;;   0x0264: add rax, r15
;;   0x0267: movss [rax], xmm0
;;   0x026b: mov rsp, rbp
;;   0x026e: pop rbp
;;   0x026f: ret 10h
;;   0x0272: mov r11, [r14]
;;   0x0275: mov eax, 0Ah
;;   0x027a: mov rsp, [r11+8]
;;   0x027e: jmp qword ptr [r11+10h]
;; function 8 (f64_store):
;;   0x0290: push rbp
;;   0x0291: mov rbp, rsp
;;   0x0294: mov r11, [r14]
;;   0x0297: mov r11, [r11]
;;   0x029a: add r11, 20h
;;   0x02a1: cmp rsp, r11
;;   0x02a4: jb 2D2h
;;   0x02aa: sub rsp, 20h
;;   0x02b1: mov [rbp-8], r14
;;   0x02b5: mov r15, [r14+18h]
;;   0x02b9: mov r15, [r15]
;;   0x02bc: movsd xmm0, [rbp+18h]
;;   0x02c1: mov eax, [rbp+10h]
;;   0x02c4: add rax, r15
;;   0x02c7: movsd [rax], xmm0
;;   0x02cb: mov rsp, rbp
;;   0x02ce: pop rbp
;;   0x02cf: ret 10h
;;   0x02d2: mov r11, [r14]
;;   0x02d5: mov eax, 0Ah
;;   0x02da: mov rsp, [r11+8]
;;   0x02de: jmp qword ptr [r11+10h]
;; function 9 (i32_store16_imm):
;;   0x02f0: push rbp
;;   0x02f1: mov rbp, rsp
;;   0x02f4: mov r11, [r14]
;;   0x02f7: mov r11, [r11]
;;   0x02fa: add r11, 20h
;;   0x0301: cmp rsp, r11
;;   0x0304: jb 32Eh
;;   0x030a: sub rsp, 20h
;;   0x0311: mov [rbp-8], r14
;;   0x0315: mov r15, [r14+18h]
;;   0x0319: mov r15, [r15]
;;   0x031c: mov eax, [rbp+10h]
;;   0x031f: add rax, r15
;;   0x0322: mov word ptr [rax], 0FFFEh
;;   0x0327: mov rsp, rbp
;;   0x032a: pop rbp
;;   0x032b: ret 8
;;   0x032e: mov r11, [r14]
;;   0x0331: mov eax, 0Ah
;;   0x0336: mov rsp, [r11+8]
;;   0x033a: jmp qword ptr [r11+10h]
;; function 10 (i64_store_imm):
;;   0x0340: push rbp
;;   0x0341: mov rbp, rsp
;;   0x0344: mov r11, [r14]
;;   0x0347: mov r11, [r11]
;;   0x034a: add r11, 20h
;;   0x0351: cmp rsp, r11
;;   0x0354: jb 380h
;;   0x035a: sub rsp, 20h
;;   0x0361: mov [rbp-8], r14
;;   0x0365: mov r15, [r14+18h]
;;   0x0369: mov r15, [r15]
;;   0x036c: mov eax, [rbp+10h]
;;   0x036f: add rax, r15
;;   0x0372: mov qword ptr [rax], 0FFFFFFFFFFFFFFFBh
;;   0x0379: mov rsp, rbp
;;   0x037c: pop rbp
;;   0x037d: ret 8
;;   0x0380: mov r11, [r14]
;;   0x0383: mov eax, 0Ah
;;   0x0388: mov rsp, [r11+8]
;;   0x038c: jmp qword ptr [r11+10h]
;; function 11 (f32_store_const):
;;   0x0390: push rbp
;;   0x0391: mov rbp, rsp
;;   0x0394: mov r11, [r14]
;;   0x0397: mov r11, [r11]
;;   0x039a: add r11, 20h
;;   0x03a1: cmp rsp, r11
;;   0x03a4: jb 3D8h
;;   0x03aa: sub rsp, 20h
;;   0x03b1: mov [rbp-8], r14
;;   0x03b5: mov r15, [r14+18h]
;;   0x03b9: mov r15, [r15]
;;   0x03bc: mov r11d, 3FC00000h
;;   0x03c2: movd xmm0, r11d
;;   0x03c7: mov eax, [rbp+10h]
;;   0x03ca: add rax, r15
;;   0x03cd: movss [rax], xmm0
;;   0x03d1: mov rsp, rbp
;;   0x03d4: pop rbp
;;   0x03d5: ret 8
;;   0x03d8: mov r11, [r14]
;;   0x03db: mov eax, 0Ah
;;   0x03e0: mov rsp, [r11+8]
;;   0x03e4: jmp qword ptr [r11+10h]
