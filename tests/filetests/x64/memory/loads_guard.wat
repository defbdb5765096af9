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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 42h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov eax, [r15+rbx]
;;   0x0037: mov rbx, [rbp-10h]
;;   0x003b: mov rsp, rbp
;;   0x003e: pop rbp
;;   0x003f: ret 8
;;   0x0042: ud2
;; function 1 (i32_load8_s):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 93h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: mov r15, [r14+18h]
;;   0x0080: mov r15, [r15]
;;   0x0083: movsx eax, byte ptr [r15+rbx]
;;   0x0088: mov rbx, [rbp-10h]
;;   0x008c: mov rsp, rbp
;;   0x008f: pop rbp
;;   0x0090: ret 8
;;   0x0093: ud2
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
;; function 3 (i32_load16_s):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 133h
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov ebx, [rbp+10h]
;;   0x011c: mov r15, [r14+18h]
;;   0x0120: mov r15, [r15]
;;   0x0123: movsx eax, word ptr [r15+rbx]
;;   0x0128: mov rbx, [rbp-10h]
;;   0x012c: mov rsp, rbp
;;   0x012f: pop rbp
;;   0x0130: ret 8
;;   0x0133: ud2
;; function 4 (i32_load16_u):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 183h
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov ebx, [rbp+10h]
;;   0x016c: mov r15, [r14+18h]
;;   0x0170: mov r15, [r15]
;;   0x0173: movzx eax, word ptr [r15+rbx]
;;   0x0178: mov rbx, [rbp-10h]
;;   0x017c: mov rsp, rbp
;;   0x017f: pop rbp
;;   0x0180: ret 8
;;   0x0183: ud2
;; function 5 (i64_load):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1D2h
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov [rbp-10h], rbx
;;   0x01b9: mov ebx, [rbp+10h]
;;   0x01bc: mov r15, [r14+18h]
;;   0x01c0: mov r15, [r15]
;;   0x01c3: mov rax, [r15+rbx]
;;   0x01c7: mov rbx, [rbp-10h]
;;   0x01cb: mov rsp, rbp
;;   0x01ce: pop rbp
;;   0x01cf: ret 8
;;   0x01d2: ud2
;; function 6 (i64_load8_s):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 30h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 223h
;;   0x01fa: sub rsp, 30h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov [rbp-10h], rbx
;;   0x0209: mov ebx, [rbp+10h]
;;   0x020c: mov r15, [r14+18h]
;;   0x0210: mov r15, [r15]
;;   0x0213: movsx rax, byte ptr [r15+rbx]
;;   0x0218: mov rbx, [rbp-10h]
;;   0x021c: mov rsp, rbp
;;   0x021f: pop rbp
;;   0x0220: ret 8
;;   0x0223: ud2
;; function 7 (i64_load8_u):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 30h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 273h
;;   0x024a: sub rsp, 30h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov [rbp-10h], rbx
;;   0x0259: mov ebx, [rbp+10h]
;;   0x025c: mov r15, [r14+18h]
;;   0x0260: mov r15, [r15]
;;   0x0263: movzx eax, byte ptr [r15+rbx]
;;   0x0268: mov rbx, [rbp-10h]
;;   0x026c: mov rsp, rbp
;;   0x026f: pop rbp
;;   0x0270: ret 8
;;   0x0273: ud2
;; function 8 (i64_load16_s):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 30h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2C3h
;;   0x029a: sub rsp, 30h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov [rbp-10h], rbx
;;   0x02a9: mov ebx, [rbp+10h]
;;   0x02ac: mov r15, [r14+18h]
;;   0x02b0: mov r15, [r15]
;;   0x02b3: movsx rax, word ptr [r15+rbx]
;;   0x02b8: mov rbx, [rbp-10h]
;;   0x02bc: mov rsp, rbp
;;   0x02bf: pop rbp
;;   0x02c0: ret 8
;;   0x02c3: ud2
;; function 9 (i64_load16_u):
;;   0x02d0: push rbp
;;   0x02d1: mov rbp, rsp
;;   0x02d4: mov r11, [r14]
;;   0x02d7: mov r11, [r11]
;;   0x02da: add r11, 30h
;;   0x02e1: cmp rsp, r11
;;   0x02e4: jb 313h
;;   0x02ea: sub rsp, 30h
;;   0x02f1: mov [rbp-8], r14
;;   0x02f5: mov [rbp-10h], rbx
;;   0x02f9: mov ebx, [rbp+10h]
;;   0x02fc: mov r15, [r14+18h]
;;   0x0300: mov r15, [r15]
;;   0x0303: movzx eax, word ptr [r15+rbx]
;;   0x0308: mov rbx, [rbp-10h]
;;   0x030c: mov rsp, rbp
;;   0x030f: pop rbp
;;   0x0310: ret 8
;;   0x0313: ud2
;; function 10 (i64_load32_s):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 30h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 362h
;;   0x033a: sub rsp, 30h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: mov [rbp-10h], rbx
;;   0x0349: mov ebx, [rbp+10h]
;;   0x034c: mov r15, [r14+18h]
;;   0x0350: mov r15, [r15]
;;   0x0353: movsxd rax, [r15+rbx]
;;   0x0357: mov rbx, [rbp-10h]
;;   0x035b: mov rsp, rbp
;;   0x035e: pop rbp
;;   0x035f: ret 8
;;   0x0362: ud2
;; function 11 (i64_load32_u):
;;   0x0370: push rbp
;;   0x0371: mov rbp, rsp
;;   0x0374: mov r11, [r14]
;;   0x0377: mov r11, [r11]
;;   0x037a: add r11, 30h
;;   0x0381: cmp rsp, r11
;;   0x0384: jb 3B2h
;;   0x038a: sub rsp, 30h
;;   0x0391: mov [rbp-8], r14
;;   0x0395: mov [rbp-10h], rbx
;;   0x0399: mov ebx, [rbp+10h]
;;   0x039c: mov r15, [r14+18h]
;;   0x03a0: mov r15, [r15]
;;   0x03a3: mov eax, [r15+rbx]
;;   0x03a7: mov rbx, [rbp-10h]
;;   0x03ab: mov rsp, rbp
;;   0x03ae: pop rbp
;;   0x03af: ret 8
;;   0x03b2: ud2
;; function 12 (f32_load):
;;   0x03c0: push rbp
;;   0x03c1: mov rbp, rsp
;;   0x03c4: mov r11, [r14]
;;   0x03c7: mov r11, [r11]
;;   0x03ca: add r11, 30h
;;   0x03d1: cmp rsp, r11
;;   0x03d4: jb 404h
;;   0x03da: sub rsp, 30h
;;   0x03e1: mov [rbp-8], r14
;;   0x03e5: mov [rbp-10h], rbx
;;   0x03e9: mov ebx, [rbp+10h]
;;   0x03ec: mov r15, [r14+18h]
;;   0x03f0: mov r15, [r15]
;;   0x03f3: movss xmm0, [r15+rbx]
;;   0x03f9: mov rbx, [rbp-10h]
;;   0x03fd: mov rsp, rbp
;;   0x0400: pop rbp
;;   0x0401: ret 8
;;   0x0404: ud2
;; function 13 (f64_load):
;;   0x0410: push rbp
;;   0x0411: mov rbp, rsp
;;   0x0414: mov r11, [r14]
;;   0x0417: mov r11, [r11]
;;   0x041a: add r11, 30h
;;   0x0421: cmp rsp, r11
;;   0x0424: jb 454h
;;   0x042a: sub rsp, 30h
;;   0x0431: mov [rbp-8], r14
;;   0x0435: mov [rbp-10h], rbx
;;   0x0439: mov ebx, [rbp+10h]
;;   0x043c: mov r15, [r14+18h]
;;   0x0440: mov r15, [r15]
;;   0x0443: movsd xmm0, [r15+rbx]
;;   0x0449: mov rbx, [rbp-10h]
;;   0x044d: mov rsp, rbp
;;   0x0450: pop rbp
;;   0x0451: ret 8
;;   0x0454: ud2
