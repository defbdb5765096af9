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
;;   0x003b: ud2
;; function 1 (i32_load8_s):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Ch
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov r15, [r14+18h]
;;   0x0069: mov r15, [r15]
;;   0x006c: mov eax, [rbp+10h]
;;   0x006f: add rax, r15
;;   0x0072: movsx eax, byte ptr [rax]
;;   0x0075: mov rsp, rbp
;;   0x0078: pop rbp
;;   0x0079: ret 8
;;   0x007c: ud2
;; function 2 (i32_load8_u):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BCh
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov r15, [r14+18h]
;;   0x00a9: mov r15, [r15]
;;   0x00ac: mov eax, [rbp+10h]
;;   0x00af: add rax, r15
;;   0x00b2: movzx eax, byte ptr [rax]
;;   0x00b5: mov rsp, rbp
;;   0x00b8: pop rbp
;;   0x00b9: ret 8
;;   0x00bc: ud2
;; function 3 (i32_load16_s):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 10h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0FCh
;;   0x00da: sub rsp, 10h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov r15, [r14+18h]
;;   0x00e9: mov r15, [r15]
;;   0x00ec: mov eax, [rbp+10h]
;;   0x00ef: add rax, r15
;;   0x00f2: movsx eax, word ptr [rax]
;;   0x00f5: mov rsp, rbp
;;   0x00f8: pop rbp
;;   0x00f9: ret 8
;;   0x00fc: ud2
;; function 4 (i32_load16_u):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 10h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 13Ch
;;   0x011a: sub rsp, 10h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov r15, [r14+18h]
;;   0x0129: mov r15, [r15]
;;   0x012c: mov eax, [rbp+10h]
;;   0x012f: add rax, r15
;;   0x0132: movzx eax, word ptr [rax]
;;   0x0135: mov rsp, rbp
;;   0x0138: pop rbp
;;   0x0139: ret 8
;;   0x013c: ud2
;; function 5 (i64_load):
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
;;   0x0172: mov rax, [rax]
;;   0x0175: mov rsp, rbp
;;   0x0178: pop rbp
;;   0x0179: ret 8
;;   0x017c: ud2
;; function 6 (i64_load8_s):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 10h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1BDh
;;   0x019a: sub rsp, 10h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov r15, [r14+18h]
;;   0x01a9: mov r15, [r15]
;;   0x01ac: mov eax, [rbp+10h]
;;   0x01af: add rax, r15
;;   0x01b2: movsx rax, byte ptr [rax]
;;   0x01b6: mov rsp, rbp
;;   0x01b9: pop rbp
;;   0x01ba: ret 8
;;   0x01bd: ud2
;; function 7 (i64_load8_u):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 10h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 1FCh
;;   0x01da: sub rsp, 10h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov r15, [r14+18h]
;;   0x01e9: mov r15, [r15]
;;   0x01ec: mov eax, [rbp+10h]
;;   0x01ef: add rax, r15
;;   0x01f2: movzx eax, byte ptr [rax]
;;   0x01f5: mov rsp, rbp
;;   0x01f8: pop rbp
;;   0x01f9: ret 8
;;   0x01fc: ud2
;; function 8 (i64_load16_s):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 10h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 23Dh
;;   0x021a: sub rsp, 10h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: mov r15, [r14+18h]
;;   0x0229: mov r15, [r15]
;;   0x022c: mov eax, [rbp+10h]
;;   0x022f: add rax, r15
;;   0x0232: movsx rax, word ptr [rax]
;;   0x0236: mov rsp, rbp
;;   0x0239: pop rbp
;;   0x023a: ret 8
;;   0x023d: ud2
;; function 9 (i64_load16_u):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 10h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 27Ch
;;   0x025a: sub rsp, 10h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov r15, [r14+18h]
;;   0x0269: mov r15, [r15]
;;   0x026c: mov eax, [rbp+10h]
;;   0x026f: add rax, r15
;;   0x0272: movzx eax, word ptr [rax]
;;   0x0275: mov rsp, rbp
;;   0x0278: pop rbp
;;   0x0279: ret 8
;;   0x027c: ud2
;; function 10 (i64_load32_s):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 10h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2BCh
;;   0x029a: sub rsp, 10h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov r15, [r14+18h]
;;   0x02a9: mov r15, [r15]
;;   0x02ac: mov eax, [rbp+10h]
;;   0x02af: add rax, r15
;;   0x02b2: movsxd rax, [rax]
;;   0x02b5: mov rsp, rbp
;;   0x02b8: pop rbp
;;   0x02b9: ret 8
;;   0x02bc: ud2
;; function 11 (i64_load32_u):
;;   0x02c0: push rbp
;;   0x02c1: mov rbp, rsp
;;   0x02c4: mov r11, [r14]
;;   0x02c7: mov r11, [r11]
;;   0x02ca: add r11, 10h
;;   0x02d1: cmp rsp, r11
;;   0x02d4: jb 2FBh
;;   0x02da: sub rsp, 10h
;;   0x02e1: mov [rbp-8], r14
;;   0x02e5: mov r15, [r14+18h]
;;   0x02e9: mov r15, [r15]
;;   0x02ec: mov eax, [rbp+10h]
;;   0x02ef: add rax, r15
;;   0x02f2: mov eax, [rax]
;;   0x02f4: mov rsp, rbp
;;   0x02f7: pop rbp
;;   0x02f8: ret 8
;;   0x02fb: ud2
;; function 12 (f32_load):
;;   0x0300: push rbp
;;   0x0301: mov rbp, rsp
;;   0x0304: mov r11, [r14]
;;   0x0307: mov r11, [r11]
;;   0x030a: add r11, 10h
;;   0x0311: cmp rsp, r11
;;   0x0314: jb 33Dh
;;   0x031a: sub rsp, 10h
;;   0x0321: mov [rbp-8], r14
;;   0x0325: mov r15, [r14+18h]
;;   0x0329: mov r15, [r15]
;;   0x032c: mov eax, [rbp+10h]
;;   0x032f: add rax, r15
;;   0x0332: movss xmm0, [rax]
;;   0x0336: mov rsp, rbp
;;   0x0339: pop rbp
;;   0x033a: ret 8
;;   0x033d: ud2
;; function 13 (f64_load):
;;   0x0340: push rbp
;;   0x0341: mov rbp, rsp
;;   0x0344: mov r11, [r14]
;;   0x0347: mov r11, [r11]
;;   0x034a: add r11, 10h
;;   0x0351: cmp rsp, r11
;;   0x0354: jb 37Dh
;;   0x035a: sub rsp, 10h
;;   0x0361: mov [rbp-8], r14
;;   0x0365: mov r15, [r14+18h]
;;   0x0369: mov r15, [r15]
;;   0x036c: mov eax, [rbp+10h]
;;   0x036f: add rax, r15
;;   0x0372: movsd xmm0, [rax]
;;   0x0376: mov rsp, rbp
;;   0x0379: pop rbp
;;   0x037a: ret 8
;;   0x037d: ud2
