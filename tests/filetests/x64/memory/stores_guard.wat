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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 51h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov r15, [r14+18h]
;;   0x0038: mov r15, [r15]
;;   0x003b: mov eax, r12d
;;   0x003e: mov [r15+rbx], eax
;;   0x0042: mov rbx, [rbp-10h]
;;   0x0046: mov r12, [rbp-18h]
;;   0x004a: mov rsp, rbp
;;   0x004d: pop rbp
;;   0x004e: ret 10h
;;   0x0051: ud2
;; function 1 (i32_store8):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0B1h
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov [rbp-18h], r12
;;   0x008d: mov ebx, [rbp+10h]
;;   0x0090: mov r12d, [rbp+18h]
;;   0x0094: mov r15, [r14+18h]
;;   0x0098: mov r15, [r15]
;;   0x009b: mov eax, r12d
;;   0x009e: mov [r15+rbx], al
;;   0x00a2: mov rbx, [rbp-10h]
;;   0x00a6: mov r12, [rbp-18h]
;;   0x00aa: mov rsp, rbp
;;   0x00ad: pop rbp
;;   0x00ae: ret 10h
;;   0x00b1: ud2
;; function 2 (i32_store16):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 112h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov [rbp-18h], r12
;;   0x00ed: mov ebx, [rbp+10h]
;;   0x00f0: mov r12d, [rbp+18h]
;;   0x00f4: mov r15, [r14+18h]
;;   0x00f8: mov r15, [r15]
;;   0x00fb: mov eax, r12d
;;   0x00fe: mov [r15+rbx], ax
;;   0x0103: mov rbx, [rbp-10h]
;;   0x0107: mov r12, [rbp-18h]
;;   0x010b: mov rsp, rbp
;;   0x010e: pop rbp
;;   0x010f: ret 10h
;;   0x0112: ud2
;; function 3 (i64_store):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 30h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 171h
;;   0x013a: sub rsp, 30h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov [rbp-10h], rbx
;;   0x0149: mov [rbp-18h], r12
;;   0x014d: mov ebx, [rbp+10h]
;;   0x0150: mov r12, [rbp+18h]
;;   0x0154: mov r15, [r14+18h]
;;   0x0158: mov r15, [r15]
;;   0x015b: mov rax, r12
;;   0x015e: mov [r15+rbx], rax
;;   0x0162: mov rbx, [rbp-10h]
;;   0x0166: mov r12, [rbp-18h]
;;   0x016a: mov rsp, rbp
;;   0x016d: pop rbp
;;   0x016e: ret 10h
;;   0x0171: ud2
;; function 4 (i64_store8):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 30h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1D1h
;;   0x019a: sub rsp, 30h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov [rbp-10h], rbx
;;   0x01a9: mov [rbp-18h], r12
;;   0x01ad: mov ebx, [rbp+10h]
;;   0x01b0: mov r12, [rbp+18h]
;;   0x01b4: mov r15, [r14+18h]
;;   0x01b8: mov r15, [r15]
;;   0x01bb: mov rax, r12
;;   0x01be: mov [r15+rbx], al
;;   0x01c2: mov rbx, [rbp-10h]
;;   0x01c6: mov r12, [rbp-18h]
;;   0x01ca: mov rsp, rbp
;;   0x01cd: pop rbp
;;   0x01ce: ret 10h
;;   0x01d1: ud2
;; function 5 (i64_store16):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 30h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 232h
;;   0x01fa: sub rsp, 30h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov [rbp-10h], rbx
;;   0x0209: mov [rbp-18h], r12
;;   0x020d: mov ebx, [rbp+10h]
;;   0x0210: mov r12, [rbp+18h]
;;   0x0214: mov r15, [r14+18h]
;;   0x0218: mov r15, [r15]
;;   0x021b: mov rax, r12
;;   0x021e: mov [r15+rbx], ax
;;   0x0223: mov rbx, [rbp-10h]
;;   0x0227: mov r12, [rbp-18h]
;;   0x022b: mov rsp, rbp
;;   0x022e: pop rbp
;;   0x022f: ret 10h
;;   0x0232: ud2
;; function 6 (i64_store32):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 30h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 291h
;;   0x025a: sub rsp, 30h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov [rbp-10h], rbx
;;   0x0269: mov [rbp-18h], r12
;;   0x026d: mov ebx, [rbp+10h]
;;   0x0270: mov r12, [rbp+18h]
;;   0x0274: mov r15, [r14+18h]
;;   0x0278: mov r15, [r15]
;;   0x027b: mov rax, r12
;;   0x027e: mov [r15+rbx], eax
;;   0x0282: mov rbx, [rbp-10h]
;;   0x0286: mov r12, [rbp-18h]
;;   0x028a: mov rsp, rbp
;;   0x028d: pop rbp
;;   0x028e: ret 10h
;;   0x0291: ud2
;; function 7 (f32_store):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 30h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 2E9h
;;   0x02ba: sub rsp, 30h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov [rbp-10h], rbx
;;   0x02c9: mov ebx, [rbp+10h]
;;   0x02cc: mov r15, [r14+18h]
;;   0x02d0: mov r15, [r15]
;;   0x02d3: movss xmm0, [rbp+18h]
;;   0x02d8: movss [r15+rbx], xmm0
;;   0x02de: mov rbx, [rbp-10h]
;;   0x02e2: mov rsp, rbp
;;   0x02e5: pop rbp
;;   0x02e6: ret 10h
;;   0x02e9: ud2
;; function 8 (f64_store):
;;   0x02f0: push rbp
;;   0x02f1: mov rbp, rsp
;;   0x02f4: mov r11, [r14]
;;   0x02f7: mov r11, [r11]
;;   0x02fa: add r11, 30h
;;   0x0301: cmp rsp, r11
;;   0x0304: jb 339h
;;   0x030a: sub rsp, 30h
;;   0x0311: mov [rbp-8], r14
;;   0x0315: mov [rbp-10h], rbx
;;   0x0319: mov ebx, [rbp+10h]
;;   0x031c: mov r15, [r14+18h]
;;   0x0320: mov r15, [r15]
;;   0x0323: movsd xmm0, [rbp+18h]
;;   0x0328: movsd [r15+rbx], xmm0
;;   0x032e: mov rbx, [rbp-10h]
;;   0x0332: mov rsp, rbp
;;   0x0335: pop rbp
;;   0x0336: ret 10h
;;   0x0339: ud2
;; function 9 (i32_store16_imm):
;;   0x0340: push rbp
;;   0x0341: mov rbp, rsp
;;   0x0344: mov r11, [r14]
;;   0x0347: mov r11, [r11]
;;   0x034a: add r11, 30h
;;   0x0351: cmp rsp, r11
;;   0x0354: jb 385h
;;   0x035a: sub rsp, 30h
;;   0x0361: mov [rbp-8], r14
;;   0x0365: mov [rbp-10h], rbx
;;   0x0369: mov ebx, [rbp+10h]
;;   0x036c: mov r15, [r14+18h]
;;   0x0370: mov r15, [r15]
;;   0x0373: mov word ptr [r15+rbx], 0FFFEh
;;   0x037a: mov rbx, [rbp-10h]
;;   0x037e: mov rsp, rbp
;;   0x0381: pop rbp
;;   0x0382: ret 8
;;   0x0385: ud2
;; function 10 (i64_store_imm):
;;   0x0390: push rbp
;;   0x0391: mov rbp, rsp
;;   0x0394: mov r11, [r14]
;;   0x0397: mov r11, [r11]
;;   0x039a: add r11, 30h
;;   0x03a1: cmp rsp, r11
;;   0x03a4: jb 3D6h
;;   0x03aa: sub rsp, 30h
;;   0x03b1: mov [rbp-8], r14
;;   0x03b5: mov [rbp-10h], rbx
;;   0x03b9: mov ebx, [rbp+10h]
;;   0x03bc: mov r15, [r14+18h]
;;   0x03c0: mov r15, [r15]
;;   0x03c3: mov qword ptr [r15+rbx], 0FFFFFFFFFFFFFFFBh
;;   0x03cb: mov rbx, [rbp-10h]
;;   0x03cf: mov rsp, rbp
;;   0x03d2: pop rbp
;;   0x03d3: ret 8
;;   0x03d6: ud2
;; function 11 (f32_store_const):
;;   0x03e0: push rbp
;;   0x03e1: mov rbp, rsp
;;   0x03e4: mov r11, [r14]
;;   0x03e7: mov r11, [r11]
;;   0x03ea: add r11, 30h
;;   0x03f1: cmp rsp, r11
;;   0x03f4: jb 42Fh
;;   0x03fa: sub rsp, 30h
;;   0x0401: mov [rbp-8], r14
;;   0x0405: mov [rbp-10h], rbx
;;   0x0409: mov ebx, [rbp+10h]
;;   0x040c: mov r15, [r14+18h]
;;   0x0410: mov r15, [r15]
;;   0x0413: mov r11d, 3FC00000h
;;   0x0419: movd xmm0, r11d
;;   0x041e: movss [r15+rbx], xmm0
;;   0x0424: mov rbx, [rbp-10h]
;;   0x0428: mov rsp, rbp
;;   0x042b: pop rbp
;;   0x042c: ret 8
;;   0x042f: ud2
