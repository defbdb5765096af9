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
;;   0x0014: jb 3Bh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+18h]
;;   0x0028: mov ecx, [rbp+10h]
;;   0x002b: mov r11, [r14+18h]
;;   0x002f: add rcx, [r11]
;;   0x0032: mov [rcx], eax
;;   0x0034: mov rsp, rbp
;;   0x0037: pop rbp
;;   0x0038: ret 10h
;;   0x003b: mov r11, [r14]
;;   0x003e: mov eax, 0Ah
;;   0x0043: mov rsp, [r11+8]
;;   0x0047: jmp qword ptr [r11+10h]
;; function 1 (i32_store8):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Bh
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+18h]
;;   0x0078: mov ecx, [rbp+10h]
;;   0x007b: mov r11, [r14+18h]
;;   0x007f: add rcx, [r11]
;;   0x0082: mov [rcx], al
;;   0x0084: mov rsp, rbp
;;   0x0087: pop rbp
;;   0x0088: ret 10h
;;   0x008b: mov r11, [r14]
;;   0x008e: mov eax, 0Ah
;;   0x0093: mov rsp, [r11+8]
;;   0x0097: jmp qword ptr [r11+10h]
;; function 2 (i32_store16):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0DCh
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, [rbp+18h]
;;   0x00c8: mov ecx, [rbp+10h]
;;   0x00cb: mov r11, [r14+18h]
;;   0x00cf: add rcx, [r11]
;;   0x00d2: mov [rcx], ax
;;   0x00d5: mov rsp, rbp
;;   0x00d8: pop rbp
;;   0x00d9: ret 10h
;;   0x00dc: mov r11, [r14]
;;   0x00df: mov eax, 0Ah
;;   0x00e4: mov rsp, [r11+8]
;;   0x00e8: jmp qword ptr [r11+10h]
;; function 3 (i64_store):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 12Dh
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov rax, [rbp+18h]
;;   0x0119: mov ecx, [rbp+10h]
;;   0x011c: mov r11, [r14+18h]
;;   0x0120: add rcx, [r11]
;;   0x0123: mov [rcx], rax
;;   0x0126: mov rsp, rbp
;;   0x0129: pop rbp
;;   0x012a: ret 10h
;;   0x012d: mov r11, [r14]
;;   0x0130: mov eax, 0Ah
;;   0x0135: mov rsp, [r11+8]
;;   0x0139: jmp qword ptr [r11+10h]
;; function 4 (i64_store8):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 20h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 17Ch
;;   0x015a: sub rsp, 20h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov rax, [rbp+18h]
;;   0x0169: mov ecx, [rbp+10h]
;;   0x016c: mov r11, [r14+18h]
;;   0x0170: add rcx, [r11]
;;   0x0173: mov [rcx], al
;;   0x0175: mov rsp, rbp
;;   0x0178: pop rbp
;;   0x0179: ret 10h
;;   0x017c: mov r11, [r14]
;;   0x017f: mov eax, 0Ah
;;   0x0184: mov rsp, [r11+8]
;;   0x0188: jmp qword ptr [r11+10h]
;; function 5 (i64_store16):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 20h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1CDh
;;   0x01aa: sub rsp, 20h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov rax, [rbp+18h]
;;   0x01b9: mov ecx, [rbp+10h]
;;   0x01bc: mov r11, [r14+18h]
;;   0x01c0: add rcx, [r11]
;;   0x01c3: mov [rcx], ax
;;   0x01c6: mov rsp, rbp
;;   0x01c9: pop rbp
;;   0x01ca: ret 10h
;;   0x01cd: mov r11, [r14]
;;   0x01d0: mov eax, 0Ah
;;   0x01d5: mov rsp, [r11+8]
;;   0x01d9: jmp qword ptr [r11+10h]
;; function 6 (i64_store32):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 20h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 21Ch
;;   0x01fa: sub rsp, 20h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov rax, [rbp+18h]
;;   0x0209: mov ecx, [rbp+10h]
;;   0x020c: mov r11, [r14+18h]
;;   0x0210: add rcx, [r11]
;;   0x0213: mov [rcx], eax
;;   0x0215: mov rsp, rbp
;;   0x0218: pop rbp
;;   0x0219: ret 10h
;;   0x021c: mov r11, [r14]
;;   0x021f: mov eax, 0Ah
;;   0x0224: mov rsp, [r11+8]
;;   0x0228: jmp qword ptr [r11+10h]
;; function 7 (f32_store):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 20h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 26Fh
;;   0x024a: sub rsp, 20h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: movss xmm0, [rbp+18h]
;;   0x025a: mov eax, [rbp+10h]
;;   0x025d: mov r11, [r14+18h]
;;   0x0261: add rax, [r11]
;;   0x0264: movss [rax], xmm0
;;   0x0268: mov rsp, rbp
;;   0x026b: pop rbp
;;   0x026c: ret 10h
;;   0x026f: mov r11, [r14]
;;   0x0272: mov eax, 0Ah
;;   0x0277: mov rsp, [r11+8]
;;   0x027b: jmp qword ptr [r11+10h]
;; function 8 (f64_store):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 20h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2BFh
;;   0x029a: sub rsp, 20h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: movsd xmm0, [rbp+18h]
;;   0x02aa: mov eax, [rbp+10h]
;;   0x02ad: mov r11, [r14+18h]
;;   0x02b1: add rax, [r11]
;;   0x02b4: movsd [rax], xmm0
;;   0x02b8: mov rsp, rbp
;;   0x02bb: pop rbp
;;   0x02bc: ret 10h
;;   0x02bf: mov r11, [r14]
;;   0x02c2: mov eax, 0Ah
;;   0x02c7: mov rsp, [r11+8]
;;   0x02cb: jmp qword ptr [r11+10h]
;; function 9 (i32_store16_imm):
;;   0x02d0: push rbp
;;   0x02d1: mov rbp, rsp
;;   0x02d4: mov r11, [r14]
;;   0x02d7: mov r11, [r11]
;;   0x02da: add r11, 20h
;;   0x02e1: cmp rsp, r11
;;   0x02e4: jb 30Bh
;;   0x02ea: sub rsp, 20h
;;   0x02f1: mov [rbp-8], r14
;;   0x02f5: mov eax, [rbp+10h]
;;   0x02f8: mov r11, [r14+18h]
;;   0x02fc: add rax, [r11]
;;   0x02ff: mov word ptr [rax], 0FFFEh
;;   0x0304: mov rsp, rbp
;;   0x0307: pop rbp
;;   0x0308: ret 8
;;   0x030b: mov r11, [r14]
;;   0x030e: mov eax, 0Ah
;;   0x0313: mov rsp, [r11+8]
;;   0x0317: jmp qword ptr [r11+10h]
;; function 10 (i64_store_imm):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 20h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 35Dh
;;   0x033a: sub rsp, 20h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: mov eax, [rbp+10h]
;;   0x0348: mov r11, [r14+18h]
;;   0x034c: add rax, [r11]
;;   0x034f: mov qword ptr [rax], 0FFFFFFFFFFFFFFFBh
;;   0x0356: mov rsp, rbp
;;   0x0359: pop rbp
;;   0x035a: ret 8
;;   0x035d: mov r11, [r14]
;;   0x0360: mov eax, 0Ah
;;   0x0365: mov rsp, [r11+8]
;;   0x0369: jmp qword ptr [r11+10h]
;; function 11 (f32_store_const):
;;   0x0370: push rbp
;;   0x0371: mov rbp, rsp
;;   0x0374: mov r11, [r14]
;;   0x0377: mov r11, [r11]
;;   0x037a: add r11, 20h
;;   0x0381: cmp rsp, r11
;;   0x0384: jb 3B5h
;;   0x038a: sub rsp, 20h
;;   0x0391: mov [rbp-8], r14
;;   0x0395: mov r11d, 3FC00000h
;;   0x039b: movd xmm0, r11d
;;   0x03a0: mov eax, [rbp+10h]
;;   0x03a3: mov r11, [r14+18h]
;;   0x03a7: add rax, [r11]
;;   0x03aa: movss [rax], xmm0
;;   0x03ae: mov rsp, rbp
;;   0x03b1: pop rbp
;;   0x03b2: ret 8
;;   0x03b5: mov r11, [r14]
;;   0x03b8: mov eax, 0Ah
;;   0x03bd: mov rsp, [r11+8]
;;   0x03c1: jmp qword ptr [r11+10h]
