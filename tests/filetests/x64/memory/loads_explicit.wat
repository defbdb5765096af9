;;! target = "x86_64"

;; Every load width at offset 0. With explicit checks every access compares index + size with the length.
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
;;   0x0014: jb 61h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov r11, [r14+18h]
;;   0x0037: lea rax, [rbx+4]
;;   0x003b: cmp rax, [r11+8]
;;   0x003f: ja 63h
;;   0x0045: lea rax, [r15+rax-4]
;;   0x004a: mov r11d, 0
;;   0x0050: cmova rax, r11
;;   0x0054: mov eax, [rax]
;;   0x0056: mov rbx, [rbp-10h]
;;   0x005a: mov rsp, rbp
;;   0x005d: pop rbp
;;   0x005e: ret 8
;;   0x0061: ud2
;;   0x0063: ud2
;; function 1 (i32_load8_s):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0D2h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov ebx, [rbp+10h]
;;   0x009c: mov r15, [r14+18h]
;;   0x00a0: mov r15, [r15]
;;   0x00a3: mov r11, [r14+18h]
;;   0x00a7: lea rax, [rbx+1]
;;   0x00ab: cmp rax, [r11+8]
;;   0x00af: ja 0D4h
;;   0x00b5: lea rax, [r15+rax-1]
;;   0x00ba: mov r11d, 0
;;   0x00c0: cmova rax, r11
;;   0x00c4: movsx eax, byte ptr [rax]
;;   0x00c7: mov rbx, [rbp-10h]
;;   0x00cb: mov rsp, rbp
;;   0x00ce: pop rbp
;;   0x00cf: ret 8
;;   0x00d2: ud2
;;   0x00d4: ud2
;; function 2 (i32_load8_u):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 30h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 142h
;;   0x00fa: sub rsp, 30h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov ebx, [rbp+10h]
;;   0x010c: mov r15, [r14+18h]
;;   0x0110: mov r15, [r15]
;;   0x0113: mov r11, [r14+18h]
;;   0x0117: lea rax, [rbx+1]
;;   0x011b: cmp rax, [r11+8]
;;   0x011f: ja 144h
;;   0x0125: lea rax, [r15+rax-1]
;;   0x012a: mov r11d, 0
;;   0x0130: cmova rax, r11
;;   0x0134: movzx eax, byte ptr [rax]
;;   0x0137: mov rbx, [rbp-10h]
;;   0x013b: mov rsp, rbp
;;   0x013e: pop rbp
;;   0x013f: ret 8
;;   0x0142: ud2
;;   0x0144: ud2
;; function 3 (i32_load16_s):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1B2h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov ebx, [rbp+10h]
;;   0x017c: mov r15, [r14+18h]
;;   0x0180: mov r15, [r15]
;;   0x0183: mov r11, [r14+18h]
;;   0x0187: lea rax, [rbx+2]
;;   0x018b: cmp rax, [r11+8]
;;   0x018f: ja 1B4h
;;   0x0195: lea rax, [r15+rax-2]
;;   0x019a: mov r11d, 0
;;   0x01a0: cmova rax, r11
;;   0x01a4: movsx eax, word ptr [rax]
;;   0x01a7: mov rbx, [rbp-10h]
;;   0x01ab: mov rsp, rbp
;;   0x01ae: pop rbp
;;   0x01af: ret 8
;;   0x01b2: ud2
;;   0x01b4: ud2
;; function 4 (i32_load16_u):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 30h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 222h
;;   0x01da: sub rsp, 30h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov [rbp-10h], rbx
;;   0x01e9: mov ebx, [rbp+10h]
;;   0x01ec: mov r15, [r14+18h]
;;   0x01f0: mov r15, [r15]
;;   0x01f3: mov r11, [r14+18h]
;;   0x01f7: lea rax, [rbx+2]
;;   0x01fb: cmp rax, [r11+8]
;;   0x01ff: ja 224h
;;   0x0205: lea rax, [r15+rax-2]
;;   0x020a: mov r11d, 0
;;   0x0210: cmova rax, r11
;;   0x0214: movzx eax, word ptr [rax]
;;   0x0217: mov rbx, [rbp-10h]
;;   0x021b: mov rsp, rbp
;;   0x021e: pop rbp
;;   0x021f: ret 8
;;   0x0222: ud2
;;   0x0224: ud2
;; function 5 (i64_load):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 30h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 292h
;;   0x024a: sub rsp, 30h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov [rbp-10h], rbx
;;   0x0259: mov ebx, [rbp+10h]
;;   0x025c: mov r15, [r14+18h]
;;   0x0260: mov r15, [r15]
;;   0x0263: mov r11, [r14+18h]
;;   0x0267: lea rax, [rbx+8]
;;   0x026b: cmp rax, [r11+8]
;;   0x026f: ja 294h
;;   0x0275: lea rax, [r15+rax-8]
;;   0x027a: mov r11d, 0
;;   0x0280: cmova rax, r11
;;   0x0284: mov rax, [rax]
;;   0x0287: mov rbx, [rbp-10h]
;;   0x028b: mov rsp, rbp
;;   0x028e: pop rbp
;;   0x028f: ret 8
;;   0x0292: ud2
;;   0x0294: ud2
;; function 6 (i64_load8_s):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 30h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 303h
;;   0x02ba: sub rsp, 30h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov [rbp-10h], rbx
;;   0x02c9: mov ebx, [rbp+10h]
;;   0x02cc: mov r15, [r14+18h]
;;   0x02d0: mov r15, [r15]
;;   0x02d3: mov r11, [r14+18h]
;;   0x02d7: lea rax, [rbx+1]
;;   0x02db: cmp rax, [r11+8]
;;   0x02df: ja 305h
;;   0x02e5: lea rax, [r15+rax-1]
;;   0x02ea: mov r11d, 0
;;   0x02f0: cmova rax, r11
;;   0x02f4: movsx rax, byte ptr [rax]
;;   0x02f8: mov rbx, [rbp-10h]
;;   0x02fc: mov rsp, rbp
;;   0x02ff: pop rbp
;;   0x0300: ret 8
;;   0x0303: ud2
;;   0x0305: ud2
;; function 7 (i64_load8_u):
;;   0x0310: push rbp
;;   0x0311: mov rbp, rsp
;;   0x0314: mov r11, [r14]
;;   0x0317: mov r11, [r11]
;;   0x031a: add r11, 30h
;;   0x0321: cmp rsp, r11
;;   0x0324: jb 372h
;;   0x032a: sub rsp, 30h
;;   0x0331: mov [rbp-8], r14
;;   0x0335: mov [rbp-10h], rbx
;;   0x0339: mov ebx, [rbp+10h]
;;   0x033c: mov r15, [r14+18h]
;;   0x0340: mov r15, [r15]
;;   0x0343: mov r11, [r14+18h]
;;   0x0347: lea rax, [rbx+1]
;;   0x034b: cmp rax, [r11+8]
;;   0x034f: ja 374h
;;   0x0355: lea rax, [r15+rax-1]
;;   0x035a: mov r11d, 0
;;   0x0360: cmova rax, r11
;;   0x0364: movzx eax, byte ptr [rax]
;;   0x0367: mov rbx, [rbp-10h]
;;   0x036b: mov rsp, rbp
;;   0x036e: pop rbp
;;   0x036f: ret 8
;;   0x0372: ud2
;;   0x0374: ud2
;; function 8 (i64_load16_s):
;;   0x0380: push rbp
;;   0x0381: mov rbp, rsp
;;   0x0384: mov r11, [r14]
;;   0x0387: mov r11, [r11]
;;   0x038a: add r11, 30h
;;   0x0391: cmp rsp, r11
;;   0x0394: jb 3E3h
;;   0x039a: sub rsp, 30h
;;   0x03a1: mov [rbp-8], r14
;;   0x03a5: mov [rbp-10h], rbx
;;   0x03a9: mov ebx, [rbp+10h]
;;   0x03ac: mov r15, [r14+18h]
;;   0x03b0: mov r15, [r15]
;;   0x03b3: mov r11, [r14+18h]
;;   0x03b7: lea rax, [rbx+2]
;;   0x03bb: cmp rax, [r11+8]
;;   0x03bf: ja 3E5h
;;   0x03c5: lea rax, [r15+rax-2]
;;   0x03ca: mov r11d, 0
;;   0x03d0: cmova rax, r11
;;   0x03d4: movsx rax, word ptr [rax]
;;   0x03d8: mov rbx, [rbp-10h]
;;   0x03dc: mov rsp, rbp
;;   0x03df: pop rbp
;;   0x03e0: ret 8
;;   0x03e3: ud2
;;   0x03e5: ud2
;; function 9 (i64_load16_u):
;;   0x03f0: push rbp
;;   0x03f1: mov rbp, rsp
;;   0x03f4: mov r11, [r14]
;;   0x03f7: mov r11, [r11]
;;   0x03fa: add r11, 30h
;;   0x0401: cmp rsp, r11
;;   0x0404: jb 452h
;;   0x040a: sub rsp, 30h
;;   0x0411: mov [rbp-8], r14
;;   0x0415: mov [rbp-10h], rbx
;;   0x0419: mov ebx, [rbp+10h]
;;   0x041c: mov r15, [r14+18h]
;;   0x0420: mov r15, [r15]
;;   0x0423: mov r11, [r14+18h]
;;   0x0427: lea rax, [rbx+2]
;;   0x042b: cmp rax, [r11+8]
;;   0x042f: ja 454h
;;   0x0435: lea rax, [r15+rax-2]
;;   0x043a: mov r11d, 0
;;   0x0440: cmova rax, r11
;;   0x0444: movzx eax, word ptr [rax]
;;   0x0447: mov rbx, [rbp-10h]
;;   0x044b: mov rsp, rbp
;;   0x044e: pop rbp
;;   0x044f: ret 8
;;   0x0452: ud2
;;   0x0454: ud2
;; function 10 (i64_load32_s):
;;   0x0460: push rbp
;;   0x0461: mov rbp, rsp
;;   0x0464: mov r11, [r14]
;;   0x0467: mov r11, [r11]
;;   0x046a: add r11, 30h
;;   0x0471: cmp rsp, r11
;;   0x0474: jb 4C2h
;;   0x047a: sub rsp, 30h
;;   0x0481: mov [rbp-8], r14
;;   0x0485: mov [rbp-10h], rbx
;;   0x0489: mov ebx, [rbp+10h]
;;   0x048c: mov r15, [r14+18h]
;;   0x0490: mov r15, [r15]
;;   0x0493: mov r11, [r14+18h]
;;   0x0497: lea rax, [rbx+4]
;;   0x049b: cmp rax, [r11+8]
;;   0x049f: ja 4C4h
;;   0x04a5: lea rax, [r15+rax-4]
;;   0x04aa: mov r11d, 0
;;   0x04b0: cmova rax, r11
;;   0x04b4: movsxd rax, [rax]
;;   0x04b7: mov rbx, [rbp-10h]
;;   0x04bb: mov rsp, rbp
;;   0x04be: pop rbp
;;   0x04bf: ret 8
;;   0x04c2: ud2
;;   0x04c4: ud2
;; function 11 (i64_load32_u):
;;   0x04d0: push rbp
;;   0x04d1: mov rbp, rsp
;;   0x04d4: mov r11, [r14]
;;   0x04d7: mov r11, [r11]
;;   0x04da: add r11, 30h
;;   0x04e1: cmp rsp, r11
;;   0x04e4: jb 531h
;;   0x04ea: sub rsp, 30h
;;   0x04f1: mov [rbp-8], r14
;;   0x04f5: mov [rbp-10h], rbx
;;   0x04f9: mov ebx, [rbp+10h]
;;   0x04fc: mov r15, [r14+18h]
;;   0x0500: mov r15, [r15]
;;   0x0503: mov r11, [r14+18h]
;;   0x0507: lea rax, [rbx+4]
;;   0x050b: cmp rax, [r11+8]
;;   0x050f: ja 533h
;;   0x0515: lea rax, [r15+rax-4]
;;   0x051a: mov r11d, 0
;;   0x0520: cmova rax, r11
;;   0x0524: mov eax, [rax]
;;   0x0526: mov rbx, [rbp-10h]
;;   0x052a: mov rsp, rbp
;;   0x052d: pop rbp
;;   0x052e: ret 8
;;   0x0531: ud2
;;   0x0533: ud2
;; function 12 (f32_load):
;;   0x0540: push rbp
;;   0x0541: mov rbp, rsp
;;   0x0544: mov r11, [r14]
;;   0x0547: mov r11, [r11]
;;   0x054a: add r11, 30h
;;   0x0551: cmp rsp, r11
;;   0x0554: jb 5A3h
;;   0x055a: sub rsp, 30h
;;   0x0561: mov [rbp-8], r14
;;   0x0565: mov [rbp-10h], rbx
;;   0x0569: mov ebx, [rbp+10h]
;;   0x056c: mov r15, [r14+18h]
;;   0x0570: mov r15, [r15]
;;   0x0573: mov r11, [r14+18h]
;;   0x0577: lea rax, [rbx+4]
;;   0x057b: cmp rax, [r11+8]
;;   0x057f: ja 5A5h
;;   0x0585: lea rax, [r15+rax-4]
;;   0x058a: mov r11d, 0
;;   0x0590: cmova rax, r11
;;   0x0594: movss xmm0, [rax]
;;   0x0598: mov rbx, [rbp-10h]
;;   0x059c: mov rsp, rbp
;;   0x059f: pop rbp
;;   0x05a0: ret 8
;;   0x05a3: ud2
;;   0x05a5: ud2
;; function 13 (f64_load):
;;   0x05b0: push rbp
;;   0x05b1: mov rbp, rsp
;;   0x05b4: mov r11, [r14]
;;   0x05b7: mov r11, [r11]
;;   0x05ba: add r11, 30h
;;   0x05c1: cmp rsp, r11
;;   0x05c4: jb 613h
;;   0x05ca: sub rsp, 30h
;;   0x05d1: mov [rbp-8], r14
;;   0x05d5: mov [rbp-10h], rbx
;;   0x05d9: mov ebx, [rbp+10h]
;;   0x05dc: mov r15, [r14+18h]
;;   0x05e0: mov r15, [r15]
;;   0x05e3: mov r11, [r14+18h]
;;   0x05e7: lea rax, [rbx+8]
;;   0x05eb: cmp rax, [r11+8]
;;   0x05ef: ja 615h
;;   0x05f5: lea rax, [r15+rax-8]
;;   0x05fa: mov r11d, 0
;;   0x0600: cmova rax, r11
;;   0x0604: movsd xmm0, [rax]
;;   0x0608: mov rbx, [rbp-10h]
;;   0x060c: mov rsp, rbp
;;   0x060f: pop rbp
;;   0x0610: ret 8
;;   0x0613: ud2
;;   0x0615: ud2
