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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Dh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, [rbp+10h]
;;   0x002f: mov r11, [r14+18h]
;;   0x0033: lea rcx, [rax+4]
;;   0x0037: cmp rcx, [r11+8]
;;   0x003b: ja 4Fh
;;   0x0041: add rax, r15
;;   0x0044: mov eax, [rax]
;;   0x0046: mov rsp, rbp
;;   0x0049: pop rbp
;;   0x004a: ret 8
;;   0x004d: ud2
;;   0x004f: ud2
;; function 1 (i32_load8_s):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 10h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0AEh
;;   0x007a: sub rsp, 10h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov r15, [r14+18h]
;;   0x0089: mov r15, [r15]
;;   0x008c: mov eax, [rbp+10h]
;;   0x008f: mov r11, [r14+18h]
;;   0x0093: lea rcx, [rax+1]
;;   0x0097: cmp rcx, [r11+8]
;;   0x009b: ja 0B0h
;;   0x00a1: add rax, r15
;;   0x00a4: movsx eax, byte ptr [rax]
;;   0x00a7: mov rsp, rbp
;;   0x00aa: pop rbp
;;   0x00ab: ret 8
;;   0x00ae: ud2
;;   0x00b0: ud2
;; function 2 (i32_load8_u):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 10h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 10Eh
;;   0x00da: sub rsp, 10h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov r15, [r14+18h]
;;   0x00e9: mov r15, [r15]
;;   0x00ec: mov eax, [rbp+10h]
;;   0x00ef: mov r11, [r14+18h]
;;   0x00f3: lea rcx, [rax+1]
;;   0x00f7: cmp rcx, [r11+8]
;;   0x00fb: ja 110h
;;   0x0101: add rax, r15
;;   0x0104: movzx eax, byte ptr [rax]
;;   0x0107: mov rsp, rbp
;;   0x010a: pop rbp
;;   0x010b: ret 8
;;   0x010e: ud2
;;   0x0110: ud2
;; function 3 (i32_load16_s):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 10h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 16Eh
;;   0x013a: sub rsp, 10h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov r15, [r14+18h]
;;   0x0149: mov r15, [r15]
;;   0x014c: mov eax, [rbp+10h]
;;   0x014f: mov r11, [r14+18h]
;;   0x0153: lea rcx, [rax+2]
;;   0x0157: cmp rcx, [r11+8]
;;   0x015b: ja 170h
;;   0x0161: add rax, r15
;;   0x0164: movsx eax, word ptr [rax]
;;   0x0167: mov rsp, rbp
;;   0x016a: pop rbp
;;   0x016b: ret 8
;;   0x016e: ud2
;;   0x0170: ud2
;; function 4 (i32_load16_u):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 10h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1CEh
;;   0x019a: sub rsp, 10h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov r15, [r14+18h]
;;   0x01a9: mov r15, [r15]
;;   0x01ac: mov eax, [rbp+10h]
;;   0x01af: mov r11, [r14+18h]
;;   0x01b3: lea rcx, [rax+2]
;;   0x01b7: cmp rcx, [r11+8]
;;   0x01bb: ja 1D0h
;;   0x01c1: add rax, r15
;;   0x01c4: movzx eax, word ptr [rax]
;;   0x01c7: mov rsp, rbp
;;   0x01ca: pop rbp
;;   0x01cb: ret 8
;;   0x01ce: ud2
;;   0x01d0: ud2
;; function 5 (i64_load):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 10h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 22Eh
;;   0x01fa: sub rsp, 10h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov r15, [r14+18h]
;;   0x0209: mov r15, [r15]
;;   0x020c: mov eax, [rbp+10h]
;;   0x020f: mov r11, [r14+18h]
;;   0x0213: lea rcx, [rax+8]
;;   0x0217: cmp rcx, [r11+8]
;;   0x021b: ja 230h
;;   0x0221: add rax, r15
;;   0x0224: mov rax, [rax]
;;   0x0227: mov rsp, rbp
;;   0x022a: pop rbp
;;   0x022b: ret 8
;;   0x022e: ud2
;;   0x0230: ud2
;; function 6 (i64_load8_s):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 10h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 28Fh
;;   0x025a: sub rsp, 10h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov r15, [r14+18h]
;;   0x0269: mov r15, [r15]
;;   0x026c: mov eax, [rbp+10h]
;;   0x026f: mov r11, [r14+18h]
;;   0x0273: lea rcx, [rax+1]
;;   0x0277: cmp rcx, [r11+8]
;;   0x027b: ja 291h
;;   0x0281: add rax, r15
;;   0x0284: movsx rax, byte ptr [rax]
;;   0x0288: mov rsp, rbp
;;   0x028b: pop rbp
;;   0x028c: ret 8
;;   0x028f: ud2
;;   0x0291: ud2
;; function 7 (i64_load8_u):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 10h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 2EEh
;;   0x02ba: sub rsp, 10h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov r15, [r14+18h]
;;   0x02c9: mov r15, [r15]
;;   0x02cc: mov eax, [rbp+10h]
;;   0x02cf: mov r11, [r14+18h]
;;   0x02d3: lea rcx, [rax+1]
;;   0x02d7: cmp rcx, [r11+8]
;;   0x02db: ja 2F0h
;;   0x02e1: add rax, r15
;;   0x02e4: movzx eax, byte ptr [rax]
;;   0x02e7: mov rsp, rbp
;;   0x02ea: pop rbp
;;   0x02eb: ret 8
;;   0x02ee: ud2
;;   0x02f0: ud2
;; function 8 (i64_load16_s):
;;   0x0300: push rbp
;;   0x0301: mov rbp, rsp
;;   0x0304: mov r11, [r14]
;;   0x0307: mov r11, [r11]
;;   0x030a: add r11, 10h
;;   0x0311: cmp rsp, r11
;;   0x0314: jb 34Fh
;;   0x031a: sub rsp, 10h
;;   0x0321: mov [rbp-8], r14
;;   0x0325: mov r15, [r14+18h]
;;   0x0329: mov r15, [r15]
;;   0x032c: mov eax, [rbp+10h]
;;   0x032f: mov r11, [r14+18h]
;;   0x0333: lea rcx, [rax+2]
;;   0x0337: cmp rcx, [r11+8]
;;   0x033b: ja 351h
;;   0x0341: add rax, r15
;;   0x0344: movsx rax, word ptr [rax]
;;   0x0348: mov rsp, rbp
;;   0x034b: pop rbp
;;   0x034c: ret 8
;;   0x034f: ud2
;;   0x0351: ud2
;; function 9 (i64_load16_u):
;;   0x0360: push rbp
;;   0x0361: mov rbp, rsp
;;   0x0364: mov r11, [r14]
;;   0x0367: mov r11, [r11]
;;   0x036a: add r11, 10h
;;   0x0371: cmp rsp, r11
;;   0x0374: jb 3AEh
;;   0x037a: sub rsp, 10h
;;   0x0381: mov [rbp-8], r14
;;   0x0385: mov r15, [r14+18h]
;;   0x0389: mov r15, [r15]
;;   0x038c: mov eax, [rbp+10h]
;;   0x038f: mov r11, [r14+18h]
;;   0x0393: lea rcx, [rax+2]
;;   0x0397: cmp rcx, [r11+8]
;;   0x039b: ja 3B0h
;;   0x03a1: add rax, r15
;;   0x03a4: movzx eax, word ptr [rax]
;;   0x03a7: mov rsp, rbp
;;   0x03aa: pop rbp
;;   0x03ab: ret 8
;;   0x03ae: ud2
;;   0x03b0: ud2
;; function 10 (i64_load32_s):
;;   0x03c0: push rbp
;;   0x03c1: mov rbp, rsp
;;   0x03c4: mov r11, [r14]
;;   0x03c7: mov r11, [r11]
;;   0x03ca: add r11, 10h
;;   0x03d1: cmp rsp, r11
;;   0x03d4: jb 40Eh
;;   0x03da: sub rsp, 10h
;;   0x03e1: mov [rbp-8], r14
;;   0x03e5: mov r15, [r14+18h]
;;   0x03e9: mov r15, [r15]
;;   0x03ec: mov eax, [rbp+10h]
;;   0x03ef: mov r11, [r14+18h]
;;   0x03f3: lea rcx, [rax+4]
;;   0x03f7: cmp rcx, [r11+8]
;;   0x03fb: ja 410h
;;   0x0401: add rax, r15
;;   0x0404: movsxd rax, [rax]
;;   0x0407: mov rsp, rbp
;;   0x040a: pop rbp
;;   0x040b: ret 8
;;   0x040e: ud2
;;   0x0410: ud2
;; function 11 (i64_load32_u):
;;   0x0420: push rbp
;;   0x0421: mov rbp, rsp
;;   0x0424: mov r11, [r14]
;;   0x0427: mov r11, [r11]
;;   0x042a: add r11, 10h
;;   0x0431: cmp rsp, r11
;;   0x0434: jb 46Dh
;;   0x043a: sub rsp, 10h
;;   0x0441: mov [rbp-8], r14
;;   0x0445: mov r15, [r14+18h]
;;   0x0449: mov r15, [r15]
;;   0x044c: mov eax, [rbp+10h]
;;   0x044f: mov r11, [r14+18h]
;;   0x0453: lea rcx, [rax+4]
;;   0x0457: cmp rcx, [r11+8]
;;   0x045b: ja 46Fh
;;   0x0461: add rax, r15
;;   0x0464: mov eax, [rax]
;;   0x0466: mov rsp, rbp
;;   0x0469: pop rbp
;;   0x046a: ret 8
;;   0x046d: ud2
;;   0x046f: ud2
;; function 12 (f32_load):
;;   0x0480: push rbp
;;   0x0481: mov rbp, rsp
;;   0x0484: mov r11, [r14]
;;   0x0487: mov r11, [r11]
;;   0x048a: add r11, 10h
;;   0x0491: cmp rsp, r11
;;   0x0494: jb 4CFh
;;   0x049a: sub rsp, 10h
;;   0x04a1: mov [rbp-8], r14
;;   0x04a5: mov r15, [r14+18h]
;;   0x04a9: mov r15, [r15]
;;   0x04ac: mov eax, [rbp+10h]
;;   0x04af: mov r11, [r14+18h]
;;   0x04b3: lea rcx, [rax+4]
;;   0x04b7: cmp rcx, [r11+8]
;;   0x04bb: ja 4D1h
;;   0x04c1: add rax, r15
;;   0x04c4: movss xmm0, [rax]
;;   0x04c8: mov rsp, rbp
;;   0x04cb: pop rbp
;;   0x04cc: ret 8
;;   0x04cf: ud2
;;   0x04d1: ud2
;; function 13 (f64_load):
;;   0x04e0: push rbp
;;   0x04e1: mov rbp, rsp
;;   0x04e4: mov r11, [r14]
;;   0x04e7: mov r11, [r11]
;;   0x04ea: add r11, 10h
;;   0x04f1: cmp rsp, r11
;;   0x04f4: jb 52Fh
;;   0x04fa: sub rsp, 10h
;;   0x0501: mov [rbp-8], r14
;;   0x0505: mov r15, [r14+18h]
;;   0x0509: mov r15, [r15]
;;   0x050c: mov eax, [rbp+10h]
;;   0x050f: mov r11, [r14+18h]
;;   0x0513: lea rcx, [rax+8]
;;   0x0517: cmp rcx, [r11+8]
;;   0x051b: ja 531h
;;   0x0521: add rax, r15
;;   0x0524: movsd xmm0, [rax]
;;   0x0528: mov rsp, rbp
;;   0x052b: pop rbp
;;   0x052c: ret 8
;;   0x052f: ud2
;;   0x0531: ud2
