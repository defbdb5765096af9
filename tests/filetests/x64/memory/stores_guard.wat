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
;;   0x0014: jb 4Eh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov r15, [r14+18h]
;;   0x0038: mov r15, [r15]
;;   0x003b: mov [r15+rbx], r12d
;;   0x003f: mov rbx, [rbp-10h]
;;   0x0043: mov r12, [rbp-18h]
;;   0x0047: mov rsp, rbp
;;   0x004a: pop rbp
;;   0x004b: ret 10h
;;   0x004e: ud2
;; function 1 (i32_store8):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 9Eh
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov [rbp-18h], r12
;;   0x007d: mov ebx, [rbp+10h]
;;   0x0080: mov r12d, [rbp+18h]
;;   0x0084: mov r15, [r14+18h]
;;   0x0088: mov r15, [r15]
;;   0x008b: mov [r15+rbx], r12b
;;   0x008f: mov rbx, [rbp-10h]
;;   0x0093: mov r12, [rbp-18h]
;;   0x0097: mov rsp, rbp
;;   0x009a: pop rbp
;;   0x009b: ret 10h
;;   0x009e: ud2
;; function 2 (i32_store16):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0EFh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov [rbp-18h], r12
;;   0x00cd: mov ebx, [rbp+10h]
;;   0x00d0: mov r12d, [rbp+18h]
;;   0x00d4: mov r15, [r14+18h]
;;   0x00d8: mov r15, [r15]
;;   0x00db: mov [r15+rbx], r12w
;;   0x00e0: mov rbx, [rbp-10h]
;;   0x00e4: mov r12, [rbp-18h]
;;   0x00e8: mov rsp, rbp
;;   0x00eb: pop rbp
;;   0x00ec: ret 10h
;;   0x00ef: ud2
;; function 3 (i64_store):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 30h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 14Eh
;;   0x011a: sub rsp, 30h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov [rbp-10h], rbx
;;   0x0129: mov [rbp-18h], r12
;;   0x012d: mov ebx, [rbp+10h]
;;   0x0130: mov r12, [rbp+18h]
;;   0x0134: mov r15, [r14+18h]
;;   0x0138: mov r15, [r15]
;;   0x013b: mov [r15+rbx], r12
;;   0x013f: mov rbx, [rbp-10h]
;;   0x0143: mov r12, [rbp-18h]
;;   0x0147: mov rsp, rbp
;;   0x014a: pop rbp
;;   0x014b: ret 10h
;;   0x014e: ud2
;; function 4 (i64_store8):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 19Eh
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov [rbp-18h], r12
;;   0x017d: mov ebx, [rbp+10h]
;;   0x0180: mov r12, [rbp+18h]
;;   0x0184: mov r15, [r14+18h]
;;   0x0188: mov r15, [r15]
;;   0x018b: mov [r15+rbx], r12b
;;   0x018f: mov rbx, [rbp-10h]
;;   0x0193: mov r12, [rbp-18h]
;;   0x0197: mov rsp, rbp
;;   0x019a: pop rbp
;;   0x019b: ret 10h
;;   0x019e: ud2
;; function 5 (i64_store16):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 30h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 1EFh
;;   0x01ba: sub rsp, 30h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov [rbp-10h], rbx
;;   0x01c9: mov [rbp-18h], r12
;;   0x01cd: mov ebx, [rbp+10h]
;;   0x01d0: mov r12, [rbp+18h]
;;   0x01d4: mov r15, [r14+18h]
;;   0x01d8: mov r15, [r15]
;;   0x01db: mov [r15+rbx], r12w
;;   0x01e0: mov rbx, [rbp-10h]
;;   0x01e4: mov r12, [rbp-18h]
;;   0x01e8: mov rsp, rbp
;;   0x01eb: pop rbp
;;   0x01ec: ret 10h
;;   0x01ef: ud2
;; function 6 (i64_store32):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 30h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 24Eh
;;   0x021a: sub rsp, 30h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: mov [rbp-10h], rbx
;;   0x0229: mov [rbp-18h], r12
;;   0x022d: mov ebx, [rbp+10h]
;;   0x0230: mov r12, [rbp+18h]
;;   0x0234: mov r15, [r14+18h]
;;   0x0238: mov r15, [r15]
;;   0x023b: mov [r15+rbx], r12d
;;   0x023f: mov rbx, [rbp-10h]
;;   0x0243: mov r12, [rbp-18h]
;;   0x0247: mov rsp, rbp
;;   0x024a: pop rbp
;;   0x024b: ret 10h
;;   0x024e: ud2
;; function 7 (f32_store):
;;   0x0250: push rbp
;;   0x0251: mov rbp, rsp
;;   0x0254: mov r11, [r14]
;;   0x0257: mov r11, [r11]
;;   0x025a: add r11, 30h
;;   0x0261: cmp rsp, r11
;;   0x0264: jb 299h
;;   0x026a: sub rsp, 30h
;;   0x0271: mov [rbp-8], r14
;;   0x0275: mov [rbp-10h], rbx
;;   0x0279: mov ebx, [rbp+10h]
;;   0x027c: mov r15, [r14+18h]
;;   0x0280: mov r15, [r15]
;;   0x0283: movss xmm0, [rbp+18h]
;;   0x0288: movss [r15+rbx], xmm0
;;   0x028e: mov rbx, [rbp-10h]
;;   0x0292: mov rsp, rbp
;;   0x0295: pop rbp
;;   0x0296: ret 10h
;;   0x0299: ud2
;; function 8 (f64_store):
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
;;   0x02d3: movsd xmm0, [rbp+18h]
;;   0x02d8: movsd [r15+rbx], xmm0
;;   0x02de: mov rbx, [rbp-10h]
;;   0x02e2: mov rsp, rbp
;;   0x02e5: pop rbp
;;   0x02e6: ret 10h
;;   0x02e9: ud2
;; function 9 (i32_store16_imm):
;;   0x02f0: push rbp
;;   0x02f1: mov rbp, rsp
;;   0x02f4: mov r11, [r14]
;;   0x02f7: mov r11, [r11]
;;   0x02fa: add r11, 30h
;;   0x0301: cmp rsp, r11
;;   0x0304: jb 335h
;;   0x030a: sub rsp, 30h
;;   0x0311: mov [rbp-8], r14
;;   0x0315: mov [rbp-10h], rbx
;;   0x0319: mov ebx, [rbp+10h]
;;   0x031c: mov r15, [r14+18h]
;;   0x0320: mov r15, [r15]
;;   0x0323: mov word ptr [r15+rbx], 0FFFEh
;;   0x032a: mov rbx, [rbp-10h]
;;   0x032e: mov rsp, rbp
;;   0x0331: pop rbp
;;   0x0332: ret 8
;;   0x0335: ud2
;; function 10 (i64_store_imm):
;;   0x0340: push rbp
;;   0x0341: mov rbp, rsp
;;   0x0344: mov r11, [r14]
;;   0x0347: mov r11, [r11]
;;   0x034a: add r11, 30h
;;   0x0351: cmp rsp, r11
;;   0x0354: jb 386h
;;   0x035a: sub rsp, 30h
;;   0x0361: mov [rbp-8], r14
;;   0x0365: mov [rbp-10h], rbx
;;   0x0369: mov ebx, [rbp+10h]
;;   0x036c: mov r15, [r14+18h]
;;   0x0370: mov r15, [r15]
;;   0x0373: mov qword ptr [r15+rbx], 0FFFFFFFFFFFFFFFBh
;;   0x037b: mov rbx, [rbp-10h]
;;   0x037f: mov rsp, rbp
;;   0x0382: pop rbp
;;   0x0383: ret 8
;;   0x0386: ud2
;; function 11 (f32_store_const):
;;   0x0390: push rbp
;;   0x0391: mov rbp, rsp
;;   0x0394: mov r11, [r14]
;;   0x0397: mov r11, [r11]
;;   0x039a: add r11, 30h
;;   0x03a1: cmp rsp, r11
;;   0x03a4: jb 3DFh
;;   0x03aa: sub rsp, 30h
;;   0x03b1: mov [rbp-8], r14
;;   0x03b5: mov [rbp-10h], rbx
;;   0x03b9: mov ebx, [rbp+10h]
;;   0x03bc: mov r15, [r14+18h]
;;   0x03c0: mov r15, [r15]
;;   0x03c3: mov r11d, 3FC00000h
;;   0x03c9: movd xmm0, r11d
;;   0x03ce: movss [r15+rbx], xmm0
;;   0x03d4: mov rbx, [rbp-10h]
;;   0x03d8: mov rsp, rbp
;;   0x03db: pop rbp
;;   0x03dc: ret 8
;;   0x03df: ud2
