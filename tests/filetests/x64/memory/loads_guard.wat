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
;;   0x0014: jb 38h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: mov r11, [r14+18h]
;;   0x002c: add rax, [r11]
;;   0x002f: mov eax, [rax]
;;   0x0031: mov rsp, rbp
;;   0x0034: pop rbp
;;   0x0035: ret 8
;;   0x0038: mov r11, [r14]
;;   0x003b: mov eax, 0Ah
;;   0x0040: mov rsp, [r11+8]
;;   0x0044: jmp qword ptr [r11+10h]
;; function 1 (i32_load8_s):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 89h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: mov r11, [r14+18h]
;;   0x007c: add rax, [r11]
;;   0x007f: movsx eax, byte ptr [rax]
;;   0x0082: mov rsp, rbp
;;   0x0085: pop rbp
;;   0x0086: ret 8
;;   0x0089: mov r11, [r14]
;;   0x008c: mov eax, 0Ah
;;   0x0091: mov rsp, [r11+8]
;;   0x0095: jmp qword ptr [r11+10h]
;; function 2 (i32_load8_u):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D9h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, [rbp+10h]
;;   0x00c8: mov r11, [r14+18h]
;;   0x00cc: add rax, [r11]
;;   0x00cf: movzx eax, byte ptr [rax]
;;   0x00d2: mov rsp, rbp
;;   0x00d5: pop rbp
;;   0x00d6: ret 8
;;   0x00d9: mov r11, [r14]
;;   0x00dc: mov eax, 0Ah
;;   0x00e1: mov rsp, [r11+8]
;;   0x00e5: jmp qword ptr [r11+10h]
;; function 3 (i32_load16_s):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 10h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 129h
;;   0x010a: sub rsp, 10h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov eax, [rbp+10h]
;;   0x0118: mov r11, [r14+18h]
;;   0x011c: add rax, [r11]
;;   0x011f: movsx eax, word ptr [rax]
;;   0x0122: mov rsp, rbp
;;   0x0125: pop rbp
;;   0x0126: ret 8
;;   0x0129: mov r11, [r14]
;;   0x012c: mov eax, 0Ah
;;   0x0131: mov rsp, [r11+8]
;;   0x0135: jmp qword ptr [r11+10h]
;; function 4 (i32_load16_u):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 10h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 179h
;;   0x015a: sub rsp, 10h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov eax, [rbp+10h]
;;   0x0168: mov r11, [r14+18h]
;;   0x016c: add rax, [r11]
;;   0x016f: movzx eax, word ptr [rax]
;;   0x0172: mov rsp, rbp
;;   0x0175: pop rbp
;;   0x0176: ret 8
;;   0x0179: mov r11, [r14]
;;   0x017c: mov eax, 0Ah
;;   0x0181: mov rsp, [r11+8]
;;   0x0185: jmp qword ptr [r11+10h]
;; function 5 (i64_load):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 10h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1C9h
;;   0x01aa: sub rsp, 10h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov eax, [rbp+10h]
;;   0x01b8: mov r11, [r14+18h]
;;   0x01bc: add rax, [r11]
;;   0x01bf: mov rax, [rax]
;;   0x01c2: mov rsp, rbp
;;   0x01c5: pop rbp
;;   0x01c6: ret 8
;;   0x01c9: mov r11, [r14]
;;   0x01cc: mov eax, 0Ah
;;   0x01d1: mov rsp, [r11+8]
;;   0x01d5: jmp qword ptr [r11+10h]
;; function 6 (i64_load8_s):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 10h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 21Ah
;;   0x01fa: sub rsp, 10h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov eax, [rbp+10h]
;;   0x0208: mov r11, [r14+18h]
;;   0x020c: add rax, [r11]
;;   0x020f: movsx rax, byte ptr [rax]
;;   0x0213: mov rsp, rbp
;;   0x0216: pop rbp
;;   0x0217: ret 8
;;   0x021a: mov r11, [r14]
;;   0x021d: mov eax, 0Ah
;;   0x0222: mov rsp, [r11+8]
;;   0x0226: jmp qword ptr [r11+10h]
;; function 7 (i64_load8_u):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 10h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 269h
;;   0x024a: sub rsp, 10h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov eax, [rbp+10h]
;;   0x0258: mov r11, [r14+18h]
;;   0x025c: add rax, [r11]
;;   0x025f: movzx eax, byte ptr [rax]
;;   0x0262: mov rsp, rbp
;;   0x0265: pop rbp
;;   0x0266: ret 8
;;   0x0269: mov r11, [r14]
;;   0x026c: mov eax, 0Ah
;;   0x0271: mov rsp, [r11+8]
;;   0x0275: jmp qword ptr [r11+10h]
;; function 8 (i64_load16_s):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 10h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2BAh
;;   0x029a: sub rsp, 10h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov eax, [rbp+10h]
;;   0x02a8: mov r11, [r14+18h]
;;   0x02ac: add rax, [r11]
;;   0x02af: movsx rax, word ptr [rax]
;;   0x02b3: mov rsp, rbp
;;   0x02b6: pop rbp
;;   0x02b7: ret 8
;;   0x02ba: mov r11, [r14]
;;   0x02bd: mov eax, 0Ah
;;   0x02c2: mov rsp, [r11+8]
;;   0x02c6: jmp qword ptr [r11+10h]
;; function 9 (i64_load16_u):
;;   0x02d0: push rbp
;;   0x02d1: mov rbp, rsp
;;   0x02d4: mov r11, [r14]
;;   0x02d7: mov r11, [r11]
;;   0x02da: add r11, 10h
;;   0x02e1: cmp rsp, r11
;;   0x02e4: jb 309h
;;   0x02ea: sub rsp, 10h
;;   0x02f1: mov [rbp-8], r14
;;   0x02f5: mov eax, [rbp+10h]
;;   0x02f8: mov r11, [r14+18h]
;;   0x02fc: add rax, [r11]
;;   0x02ff: movzx eax, word ptr [rax]
;;   0x0302: mov rsp, rbp
;;   0x0305: pop rbp
;;   0x0306: ret 8
;;   0x0309: mov r11, [r14]
;;   0x030c: mov eax, 0Ah
;;   0x0311: mov rsp, [r11+8]
;;   0x0315: jmp qword ptr [r11+10h]
;; function 10 (i64_load32_s):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 10h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 359h
;;   0x033a: sub rsp, 10h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: mov eax, [rbp+10h]
;;   0x0348: mov r11, [r14+18h]
;;   0x034c: add rax, [r11]
;;   0x034f: movsxd rax, [rax]
;;   0x0352: mov rsp, rbp
;;   0x0355: pop rbp
;;   0x0356: ret 8
;;   0x0359: mov r11, [r14]
;;   0x035c: mov eax, 0Ah
;;   0x0361: mov rsp, [r11+8]
;;   0x0365: jmp qword ptr [r11+10h]
;; function 11 (i64_load32_u):
;;   0x0370: push rbp
;;   0x0371: mov rbp, rsp
;;   0x0374: mov r11, [r14]
;;   0x0377: mov r11, [r11]
;;   0x037a: add r11, 10h
;;   0x0381: cmp rsp, r11
;;   0x0384: jb 3A8h
;;   0x038a: sub rsp, 10h
;;   0x0391: mov [rbp-8], r14
;;   0x0395: mov eax, [rbp+10h]
;;   0x0398: mov r11, [r14+18h]
;;   0x039c: add rax, [r11]
;;   0x039f: mov eax, [rax]
;;   0x03a1: mov rsp, rbp
;;   0x03a4: pop rbp
;;   0x03a5: ret 8
;;   0x03a8: mov r11, [r14]
;;   0x03ab: mov eax, 0Ah
;;   0x03b0: mov rsp, [r11+8]
;;   0x03b4: jmp qword ptr [r11+10h]
;; function 12 (f32_load):
;;   0x03c0: push rbp
;;   0x03c1: mov rbp, rsp
;;   0x03c4: mov r11, [r14]
;;   0x03c7: mov r11, [r11]
;;   0x03ca: add r11, 10h
;;   0x03d1: cmp rsp, r11
;;   0x03d4: jb 3FAh
;;   0x03da: sub rsp, 10h
;;   0x03e1: mov [rbp-8], r14
;;   0x03e5: mov eax, [rbp+10h]
;;   0x03e8: mov r11, [r14+18h]
;;   0x03ec: add rax, [r11]
;;   0x03ef: movss xmm0, [rax]
;;   0x03f3: mov rsp, rbp
;;   0x03f6: pop rbp
;;   0x03f7: ret 8
;;   0x03fa: mov r11, [r14]
;;   0x03fd: mov eax, 0Ah
;;   0x0402: mov rsp, [r11+8]
;;   0x0406: jmp qword ptr [r11+10h]
;; function 13 (f64_load):
;;   0x0410: push rbp
;;   0x0411: mov rbp, rsp
;;   0x0414: mov r11, [r14]
;;   0x0417: mov r11, [r11]
;;   0x041a: add r11, 10h
;;   0x0421: cmp rsp, r11
;;   0x0424: jb 44Ah
;;   0x042a: sub rsp, 10h
;;   0x0431: mov [rbp-8], r14
;;   0x0435: mov eax, [rbp+10h]
;;   0x0438: mov r11, [r14+18h]
;;   0x043c: add rax, [r11]
;;   0x043f: movsd xmm0, [rax]
;;   0x0443: mov rsp, rbp
;;   0x0446: pop rbp
;;   0x0447: ret 8
;;   0x044a: mov r11, [r14]
;;   0x044d: mov eax, 0Ah
;;   0x0452: mov rsp, [r11+8]
;;   0x0456: jmp qword ptr [r11+10h]
