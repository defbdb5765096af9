;;! target = "x86_64"

;; Every store width at offset 0, from registers and immediates. With explicit checks every access compares index + size with the length.
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
;;   0x0014: jb 50h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, [rbp+18h]
;;   0x002f: mov ecx, [rbp+10h]
;;   0x0032: mov r11, [r14+18h]
;;   0x0036: lea rdx, [rcx+4]
;;   0x003a: cmp rdx, [r11+8]
;;   0x003e: ja 52h
;;   0x0044: add rcx, r15
;;   0x0047: mov [rcx], eax
;;   0x0049: mov rsp, rbp
;;   0x004c: pop rbp
;;   0x004d: ret 10h
;;   0x0050: ud2
;;   0x0052: ud2
;; function 1 (i32_store8):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0B0h
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov r15, [r14+18h]
;;   0x0089: mov r15, [r15]
;;   0x008c: mov eax, [rbp+18h]
;;   0x008f: mov ecx, [rbp+10h]
;;   0x0092: mov r11, [r14+18h]
;;   0x0096: lea rdx, [rcx+1]
;;   0x009a: cmp rdx, [r11+8]
;;   0x009e: ja 0B2h
;;   0x00a4: add rcx, r15
;;   0x00a7: mov [rcx], al
;;   0x00a9: mov rsp, rbp
;;   0x00ac: pop rbp
;;   0x00ad: ret 10h
;;   0x00b0: ud2
;;   0x00b2: ud2
;; function 2 (i32_store16):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 111h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov r15, [r14+18h]
;;   0x00e9: mov r15, [r15]
;;   0x00ec: mov eax, [rbp+18h]
;;   0x00ef: mov ecx, [rbp+10h]
;;   0x00f2: mov r11, [r14+18h]
;;   0x00f6: lea rdx, [rcx+2]
;;   0x00fa: cmp rdx, [r11+8]
;;   0x00fe: ja 113h
;;   0x0104: add rcx, r15
;;   0x0107: mov [rcx], ax
;;   0x010a: mov rsp, rbp
;;   0x010d: pop rbp
;;   0x010e: ret 10h
;;   0x0111: ud2
;;   0x0113: ud2
;; function 3 (i64_store):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 20h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 172h
;;   0x013a: sub rsp, 20h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov r15, [r14+18h]
;;   0x0149: mov r15, [r15]
;;   0x014c: mov rax, [rbp+18h]
;;   0x0150: mov ecx, [rbp+10h]
;;   0x0153: mov r11, [r14+18h]
;;   0x0157: lea rdx, [rcx+8]
;;   0x015b: cmp rdx, [r11+8]
;;   0x015f: ja 174h
;;   0x0165: add rcx, r15
;;   0x0168: mov [rcx], rax
;;   0x016b: mov rsp, rbp
;;   0x016e: pop rbp
;;   0x016f: ret 10h
;;   0x0172: ud2
;;   0x0174: ud2
;; function 4 (i64_store8):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 20h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1D1h
;;   0x019a: sub rsp, 20h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov r15, [r14+18h]
;;   0x01a9: mov r15, [r15]
;;   0x01ac: mov rax, [rbp+18h]
;;   0x01b0: mov ecx, [rbp+10h]
;;   0x01b3: mov r11, [r14+18h]
;;   0x01b7: lea rdx, [rcx+1]
;;   0x01bb: cmp rdx, [r11+8]
;;   0x01bf: ja 1D3h
;;   0x01c5: add rcx, r15
;;   0x01c8: mov [rcx], al
;;   0x01ca: mov rsp, rbp
;;   0x01cd: pop rbp
;;   0x01ce: ret 10h
;;   0x01d1: ud2
;;   0x01d3: ud2
;; function 5 (i64_store16):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 20h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 232h
;;   0x01fa: sub rsp, 20h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov r15, [r14+18h]
;;   0x0209: mov r15, [r15]
;;   0x020c: mov rax, [rbp+18h]
;;   0x0210: mov ecx, [rbp+10h]
;;   0x0213: mov r11, [r14+18h]
;;   0x0217: lea rdx, [rcx+2]
;;   0x021b: cmp rdx, [r11+8]
;;   0x021f: ja 234h
;;   0x0225: add rcx, r15
;;   0x0228: mov [rcx], ax
;;   0x022b: mov rsp, rbp
;;   0x022e: pop rbp
;;   0x022f: ret 10h
;;   0x0232: ud2
;;   0x0234: ud2
;; function 6 (i64_store32):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 20h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 291h
;;   0x025a: sub rsp, 20h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov r15, [r14+18h]
;;   0x0269: mov r15, [r15]
;;   0x026c: mov rax, [rbp+18h]
;;   0x0270: mov ecx, [rbp+10h]
;;   0x0273: mov r11, [r14+18h]
;;   0x0277: lea rdx, [rcx+4]
;;   0x027b: cmp rdx, [r11+8]
;;   0x027f: ja 293h
;;   0x0285: add rcx, r15
;;   0x0288: mov [rcx], eax
;;   0x028a: mov rsp, rbp
;;   0x028d: pop rbp
;;   0x028e: ret 10h
;;   0x0291: ud2
;;   0x0293: ud2
;; function 7 (f32_store):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 20h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 2F4h
;;   0x02ba: sub rsp, 20h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov r15, [r14+18h]
;;   0x02c9: mov r15, [r15]
;;   0x02cc: movss xmm0, [rbp+18h]
;;   0x02d1: mov eax, [rbp+10h]
;;   0x02d4: mov r11, [r14+18h]
;;   0x02d8: lea rcx, [rax+4]
;;   0x02dc: cmp rcx, [r11+8]
;;   0x02e0: ja 2F6h
;;   0x02e6: add rax, r15
;;   0x02e9: movss [rax], xmm0
;;   0x02ed: mov rsp, rbp
;;   0x02f0: pop rbp
;;   0x02f1: ret 10h
;;   0x02f4: ud2
;;   0x02f6: ud2
;; function 8 (f64_store):
;;   0x0300: push rbp
;;   0x0301: mov rbp, rsp
;;   0x0304: mov r11, [r14]
;;   0x0307: mov r11, [r11]
;;   0x030a: add r11, 20h
;;   0x0311: cmp rsp, r11
;;   0x0314: jb 354h
;;   0x031a: sub rsp, 20h
;;   0x0321: mov [rbp-8], r14
;;   0x0325: mov r15, [r14+18h]
;;   0x0329: mov r15, [r15]
;;   0x032c: movsd xmm0, [rbp+18h]
;;   0x0331: mov eax, [rbp+10h]
;;   0x0334: mov r11, [r14+18h]
;;   0x0338: lea rcx, [rax+8]
;;   0x033c: cmp rcx, [r11+8]
;;   0x0340: ja 356h
;;   0x0346: add rax, r15
;;   0x0349: movsd [rax], xmm0
;;   0x034d: mov rsp, rbp
;;   0x0350: pop rbp
;;   0x0351: ret 10h
;;   0x0354: ud2
;;   0x0356: ud2
;; function 9 (i32_store16_imm):
;;   0x0360: push rbp
;;   0x0361: mov rbp, rsp
;;   0x0364: mov r11, [r14]
;;   0x0367: mov r11, [r11]
;;   0x036a: add r11, 20h
;;   0x0371: cmp rsp, r11
;;   0x0374: jb 3B0h
;;   0x037a: sub rsp, 20h
;;   0x0381: mov [rbp-8], r14
;;   0x0385: mov r15, [r14+18h]
;;   0x0389: mov r15, [r15]
;;   0x038c: mov eax, [rbp+10h]
;;   0x038f: mov r11, [r14+18h]
;;   0x0393: lea rcx, [rax+2]
;;   0x0397: cmp rcx, [r11+8]
;;   0x039b: ja 3B2h
;;   0x03a1: add rax, r15
;;   0x03a4: mov word ptr [rax], 0FFFEh
;;   0x03a9: mov rsp, rbp
;;   0x03ac: pop rbp
;;   0x03ad: ret 8
;;   0x03b0: ud2
;;   0x03b2: ud2
;; function 10 (i64_store_imm):
;;   0x03c0: push rbp
;;   0x03c1: mov rbp, rsp
;;   0x03c4: mov r11, [r14]
;;   0x03c7: mov r11, [r11]
;;   0x03ca: add r11, 20h
;;   0x03d1: cmp rsp, r11
;;   0x03d4: jb 412h
;;   0x03da: sub rsp, 20h
;;   0x03e1: mov [rbp-8], r14
;;   0x03e5: mov r15, [r14+18h]
;;   0x03e9: mov r15, [r15]
;;   0x03ec: mov eax, [rbp+10h]
;;   0x03ef: mov r11, [r14+18h]
;;   0x03f3: lea rcx, [rax+8]
;;   0x03f7: cmp rcx, [r11+8]
;;   0x03fb: ja 414h
;;   0x0401: add rax, r15
;;   0x0404: mov qword ptr [rax], 0FFFFFFFFFFFFFFFBh
;;   0x040b: mov rsp, rbp
;;   0x040e: pop rbp
;;   0x040f: ret 8
;;   0x0412: ud2
;;   0x0414: ud2
;; function 11 (f32_store_const):
;;   0x0420: push rbp
;;   0x0421: mov rbp, rsp
;;   0x0424: mov r11, [r14]
;;   0x0427: mov r11, [r11]
;;   0x042a: add r11, 20h
;;   0x0431: cmp rsp, r11
;;   0x0434: jb 47Ah
;;   0x043a: sub rsp, 20h
;;   0x0441: mov [rbp-8], r14
;;   0x0445: mov r15, [r14+18h]
;;   0x0449: mov r15, [r15]
;;   0x044c: mov r11d, 3FC00000h
;;   0x0452: movd xmm0, r11d
;;   0x0457: mov eax, [rbp+10h]
;;   0x045a: mov r11, [r14+18h]
;;   0x045e: lea rcx, [rax+4]
;;   0x0462: cmp rcx, [r11+8]
;;   0x0466: ja 47Ch
;;   0x046c: add rax, r15
;;   0x046f: movss [rax], xmm0
;;   0x0473: mov rsp, rbp
;;   0x0476: pop rbp
;;   0x0477: ret 8
;;   0x047a: ud2
;;   0x047c: ud2
