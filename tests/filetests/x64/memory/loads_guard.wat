;;! target = "x86_64"
;;! bounds = "guard"

;; Every load width at offset 0. With guard pages (2 GiB guard) an offset-0 access needs no check: the access
;; is recorded in the trap table and faults on the guard region.
(module
  (memory 1)
  (func (export "i32_load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "i32_load8_s") (param i32) (result i32) (i32.load8_s (local.get 0)))
  (func (export "i32_load8_u") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "i32_load16_s") (param i32) (result i32) (i32.load16_s (local.get 0)))
  (func (export "i32_load16_u") (param i32) (result i32) (i32.load16_u (local.get 0)))
  (func (export "i64_load") (param i32) (result i64) (i64.load (local.get 0)))
  (func (export "i64_load8_s") (param i32) (result i64) (i64.load8_s (local.get 0)))
  (func (export "i64_load8_u") (param i32) (result i64) (i64.load8_u (local.get 0)))
  (func (export "i64_load16_s") (param i32) (result i64) (i64.load16_s (local.get 0)))
  (func (export "i64_load16_u") (param i32) (result i64) (i64.load16_u (local.get 0)))
  (func (export "i64_load32_s") (param i32) (result i64) (i64.load32_s (local.get 0)))
  (func (export "i64_load32_u") (param i32) (result i64) (i64.load32_u (local.get 0)))
  (func (export "f32_load") (param i32) (result f32) (f32.load (local.get 0)))
  (func (export "f64_load") (param i32) (result f64) (f64.load (local.get 0))))
;; function 0 (i32_load):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Bh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, [rbp+10h]
;;   0x002f: add rax, r15
;;   0x0032: mov eax, [rax]
;;   0x0034: mov rsp, rbp
;;   0x0037: pop rbp
;;   0x0038: ret 8
;;   0x003b: mov r11, [r14]
;;   0x003e: mov eax, 0Ah
;;   0x0043: mov rsp, [r11+8]
;;   0x0047: jmp qword ptr [r11+10h]
;; function 1 (i32_load8_s):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Ch
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov r15, [r14+18h]
;;   0x0079: mov r15, [r15]
;;   0x007c: mov eax, [rbp+10h]
;;   0x007f: add rax, r15
;;   0x0082: movsx eax, byte ptr [rax]
;;   0x0085: mov rsp, rbp
;;   0x0088: pop rbp
;;   0x0089: ret 8
;;   0x008c: mov r11, [r14]
;;   0x008f: mov eax, 0Ah
;;   0x0094: mov rsp, [r11+8]
;;   0x0098: jmp qword ptr [r11+10h]
;; function 2 (i32_load8_u):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0DCh
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov r15, [r14+18h]
;;   0x00c9: mov r15, [r15]
;;   0x00cc: mov eax, [rbp+10h]
;;   0x00cf: add rax, r15
;;   0x00d2: movzx eax, byte ptr [rax]
;;   0x00d5: mov rsp, rbp
;;   0x00d8: pop rbp
;;   0x00d9: ret 8
;;   0x00dc: mov r11, [r14]
;;   0x00df: mov eax, 0Ah
;;   0x00e4: mov rsp, [r11+8]
;;   0x00e8: jmp qword ptr [r11+10h]
;; function 3 (i32_load16_s):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 10h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 12Ch
;;   0x010a: sub rsp, 10h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov r15, [r14+18h]
;;   0x0119: mov r15, [r15]
;;   0x011c: mov eax, [rbp+10h]
;;   0x011f: add rax, r15
;;   0x0122: movsx eax, word ptr [rax]
;;   0x0125: mov rsp, rbp
;;   0x0128: pop rbp
;;   0x0129: ret 8
;;   0x012c: mov r11, [r14]
;;   0x012f: mov eax, 0Ah
;;   0x0134: mov rsp, [r11+8]
;;   0x0138: jmp qword ptr [r11+10h]
;; function 4 (i32_load16_u):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 10h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 17Ch
;;   0x015a: sub rsp, 10h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov r15, [r14+18h]
;;   0x0169: mov r15, [r15]
;;   0x016c: mov eax, [rbp+10h]
;;   0x016f: add rax, r15
;;   0x0172: movzx eax, word ptr [rax]
;;   0x0175: mov rsp, rbp
;;   0x0178: pop rbp
;;   0x0179: ret 8
;;   0x017c: mov r11, [r14]
;;   0x017f: mov eax, 0Ah
;;   0x0184: mov rsp, [r11+8]
;;   0x0188: jmp qword ptr [r11+10h]
;; function 5 (i64_load):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 10h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1CCh
;;   0x01aa: sub rsp, 10h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov r15, [r14+18h]
;;   0x01b9: mov r15, [r15]
;;   0x01bc: mov eax, [rbp+10h]
;;   0x01bf: add rax, r15
;;   0x01c2: mov rax, [rax]
;;   0x01c5: mov rsp, rbp
;;   0x01c8: pop rbp
;;   0x01c9: ret 8
;;   0x01cc: mov r11, [r14]
;;   0x01cf: mov eax, 0Ah
;;   0x01d4: mov rsp, [r11+8]
;;   0x01d8: jmp qword ptr [r11+10h]
;; function 6 (i64_load8_s):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 10h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 21Dh
;;   0x01fa: sub rsp, 10h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov r15, [r14+18h]
;;   0x0209: mov r15, [r15]
;;   0x020c: mov eax, [rbp+10h]
;;   0x020f: add rax, r15
;;   0x0212: movsx rax, byte ptr [rax]
;;   0x0216: mov rsp, rbp
;;   0x0219: pop rbp
;;   0x021a: ret 8
;;   0x021d: mov r11, [r14]
;;   0x0220: mov eax, 0Ah
;;   0x0225: mov rsp, [r11+8]
;;   0x0229: jmp qword ptr [r11+10h]
;; function 7 (i64_load8_u):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 10h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 26Ch
;;   0x024a: sub rsp, 10h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov r15, [r14+18h]
;;   0x0259: mov r15, [r15]
;;   0x025c: mov eax, [rbp+10h]
;;   0x025f: add rax, r15
;;   0x0262: movzx eax, byte ptr [rax]
;;   0x0265: mov rsp, rbp
;;   0x0268: pop rbp
;;   0x0269: ret 8
;;   0x026c: mov r11, [r14]
;;   0x026f: mov eax, 0Ah
;;   0x0274: mov rsp, [r11+8]
;;   0x0278: jmp qword ptr [r11+10h]
;; function 8 (i64_load16_s):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 10h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2BDh
;;   0x029a: sub rsp, 10h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov r15, [r14+18h]
;;   0x02a9: mov r15, [r15]
;;   0x02ac: mov eax, [rbp+10h]
;;   0x02af: add rax, r15
;;   0x02b2: movsx rax, word ptr [rax]
;;   0x02b6: mov rsp, rbp
;;   0x02b9: pop rbp
;;   0x02ba: ret 8
;;   0x02bd: mov r11, [r14]
;;   0x02c0: mov eax, 0Ah
;;   0x02c5: mov rsp, [r11+8]
;;   0x02c9: jmp qword ptr [r11+10h]
;; function 9 (i64_load16_u):
;;   0x02d0: push rbp
;;   0x02d1: mov rbp, rsp
;;   0x02d4: mov r11, [r14]
;;   0x02d7: mov r11, [r11]
;;   0x02da: add r11, 10h
;;   0x02e1: cmp rsp, r11
;;   0x02e4: jb 30Ch
;;   0x02ea: sub rsp, 10h
;;   0x02f1: mov [rbp-8], r14
;;   0x02f5: mov r15, [r14+18h]
;;   0x02f9: mov r15, [r15]
;;   0x02fc: mov eax, [rbp+10h]
;;   0x02ff: add rax, r15
;;   0x0302: movzx eax, word ptr [rax]
;;   0x0305: mov rsp, rbp
;;   0x0308: pop rbp
;;   0x0309: ret 8
;;   0x030c: mov r11, [r14]
;;   0x030f: mov eax, 0Ah
;;   0x0314: mov rsp, [r11+8]
;;   0x0318: jmp qword ptr [r11+10h]
;; function 10 (i64_load32_s):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 10h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 35Ch
;;   0x033a: sub rsp, 10h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: mov r15, [r14+18h]
;;   0x0349: mov r15, [r15]
;;   0x034c: mov eax, [rbp+10h]
;;   0x034f: add rax, r15
;;   0x0352: movsxd rax, [rax]
;;   0x0355: mov rsp, rbp
;;   0x0358: pop rbp
;;   0x0359: ret 8
;;   0x035c: mov r11, [r14]
;;   0x035f: mov eax, 0Ah
;;   0x0364: mov rsp, [r11+8]
;;   0x0368: jmp qword ptr [r11+10h]
;; function 11 (i64_load32_u):
;;   0x0370: push rbp
;;   0x0371: mov rbp, rsp
;;   0x0374: mov r11, [r14]
;;   0x0377: mov r11, [r11]
;;   0x037a: add r11, 10h
;;   0x0381: cmp rsp, r11
;;   0x0384: jb 3ABh
;;   0x038a: sub rsp, 10h
;;   0x0391: mov [rbp-8], r14
;;   0x0395: mov r15, [r14+18h]
;;   0x0399: mov r15, [r15]
;;   0x039c: mov eax, [rbp+10h]
;;   0x039f: add rax, r15
;;   0x03a2: mov eax, [rax]
;;   0x03a4: mov rsp, rbp
;;   0x03a7: pop rbp
;;   0x03a8: ret 8
;;   0x03ab: mov r11, [r14]
;;   0x03ae: mov eax, 0Ah
;;   0x03b3: mov rsp, [r11+8]
;;   0x03b7: jmp qword ptr [r11+10h]
;; function 12 (f32_load):
;;   0x03c0: push rbp
;;   0x03c1: mov rbp, rsp
;;   0x03c4: mov r11, [r14]
;;   0x03c7: mov r11, [r11]
;;   0x03ca: add r11, 10h
;;   0x03d1: cmp rsp, r11
;;   0x03d4: jb 3FDh
;;   0x03da: sub rsp, 10h
;;   0x03e1: mov [rbp-8], r14
;;   0x03e5: mov r15, [r14+18h]
;;   0x03e9: mov r15, [r15]
;;   0x03ec: mov eax, [rbp+10h]
;;   0x03ef: add rax, r15
;;   0x03f2: movss xmm0, [rax]
;;   0x03f6: mov rsp, rbp
;;   0x03f9: pop rbp
;;   0x03fa: ret 8
;;   0x03fd: mov r11, [r14]
;;   0x0400: mov eax, 0Ah
;;   0x0405: mov rsp, [r11+8]
;;   0x0409: jmp qword ptr [r11+10h]
;; function 13 (f64_load):
;;   0x0410: push rbp
;;   0x0411: mov rbp, rsp
;;   0x0414: mov r11, [r14]
;;   0x0417: mov r11, [r11]
;;   0x041a: add r11, 10h
;;   0x0421: cmp rsp, r11
;;   0x0424: jb 44Dh
;;   0x042a: sub rsp, 10h
;;   0x0431: mov [rbp-8], r14
;;   0x0435: mov r15, [r14+18h]
;;   0x0439: mov r15, [r15]
;;   0x043c: mov eax, [rbp+10h]
;;   0x043f: add rax, r15
;;   0x0442: movsd xmm0, [rax]
;;   0x0446: mov rsp, rbp
;;   0x0449: pop rbp
;;   0x044a: ret 8
;;   0x044d: mov r11, [r14]
;;   0x0450: mov eax, 0Ah
;;   0x0455: mov rsp, [r11+8]
;;   0x0459: jmp qword ptr [r11+10h]
