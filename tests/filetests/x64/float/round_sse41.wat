;;! target = "x86_64"
;;! flags = ["sse4.1"]

;; With SSE4.1, ceil/floor/trunc/nearest are one roundss/roundsd each
;; (immediate 2, 1, 3, 0).
(module
  (func (export "f32_ceil") (param f32) (result f32) (f32.ceil (local.get 0)))
  (func (export "f32_floor") (param f32) (result f32) (f32.floor (local.get 0)))
  (func (export "f32_trunc") (param f32) (result f32) (f32.trunc (local.get 0)))
  (func (export "f32_nearest") (param f32) (result f32) (f32.nearest (local.get 0)))
  (func (export "f64_ceil") (param f64) (result f64) (f64.ceil (local.get 0)))
  (func (export "f64_floor") (param f64) (result f64) (f64.floor (local.get 0)))
  (func (export "f64_trunc") (param f64) (result f64) (f64.trunc (local.get 0)))
  (func (export "f64_nearest") (param f64) (result f64) (f64.nearest (local.get 0))))
;; function 0 (f32_ceil):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 37h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: roundss xmm0, xmm0, 0Ah
;;   0x0030: mov rsp, rbp
;;   0x0033: pop rbp
;;   0x0034: ret 8
;;   0x0037: mov r11, [r14]
;;   0x003a: mov eax, 0Ah
;;   0x003f: mov rsp, [r11+8]
;;   0x0043: jmp qword ptr [r11+10h]
;; function 1 (f32_floor):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 87h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: movss xmm0, [rbp+10h]
;;   0x007a: roundss xmm0, xmm0, 9
;;   0x0080: mov rsp, rbp
;;   0x0083: pop rbp
;;   0x0084: ret 8
;;   0x0087: mov r11, [r14]
;;   0x008a: mov eax, 0Ah
;;   0x008f: mov rsp, [r11+8]
;;   0x0093: jmp qword ptr [r11+10h]
;; function 2 (f32_trunc):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D7h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: movss xmm0, [rbp+10h]
;;   0x00ca: roundss xmm0, xmm0, 0Bh
;;   0x00d0: mov rsp, rbp
;;   0x00d3: pop rbp
;;   0x00d4: ret 8
;;   0x00d7: mov r11, [r14]
;;   0x00da: mov eax, 0Ah
;;   0x00df: mov rsp, [r11+8]
;;   0x00e3: jmp qword ptr [r11+10h]
;; function 3 (f32_nearest):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 10h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 127h
;;   0x010a: sub rsp, 10h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: movss xmm0, [rbp+10h]
;;   0x011a: roundss xmm0, xmm0, 8
;;   0x0120: mov rsp, rbp
;;   0x0123: pop rbp
;;   0x0124: ret 8
;;   0x0127: mov r11, [r14]
;;   0x012a: mov eax, 0Ah
;;   0x012f: mov rsp, [r11+8]
;;   0x0133: jmp qword ptr [r11+10h]
;; function 4 (f64_ceil):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 10h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 177h
;;   0x015a: sub rsp, 10h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: movsd xmm0, [rbp+10h]
;;   0x016a: roundsd xmm0, xmm0, 0Ah
;;   0x0170: mov rsp, rbp
;;   0x0173: pop rbp
;;   0x0174: ret 8
;;   0x0177: mov r11, [r14]
;;   0x017a: mov eax, 0Ah
;;   0x017f: mov rsp, [r11+8]
;;   0x0183: jmp qword ptr [r11+10h]
;; function 5 (f64_floor):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 10h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1C7h
;;   0x01aa: sub rsp, 10h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: movsd xmm0, [rbp+10h]
;;   0x01ba: roundsd xmm0, xmm0, 9
;;   0x01c0: mov rsp, rbp
;;   0x01c3: pop rbp
;;   0x01c4: ret 8
;;   0x01c7: mov r11, [r14]
;;   0x01ca: mov eax, 0Ah
;;   0x01cf: mov rsp, [r11+8]
;;   0x01d3: jmp qword ptr [r11+10h]
;; function 6 (f64_trunc):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 10h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 217h
;;   0x01fa: sub rsp, 10h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: movsd xmm0, [rbp+10h]
;;   0x020a: roundsd xmm0, xmm0, 0Bh
;;   0x0210: mov rsp, rbp
;;   0x0213: pop rbp
;;   0x0214: ret 8
;;   0x0217: mov r11, [r14]
;;   0x021a: mov eax, 0Ah
;;   0x021f: mov rsp, [r11+8]
;;   0x0223: jmp qword ptr [r11+10h]
;; function 7 (f64_nearest):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 10h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 267h
;;   0x024a: sub rsp, 10h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: movsd xmm0, [rbp+10h]
;;   0x025a: roundsd xmm0, xmm0, 8
;;   0x0260: mov rsp, rbp
;;   0x0263: pop rbp
;;   0x0264: ret 8
;;   0x0267: mov r11, [r14]
;;   0x026a: mov eax, 0Ah
;;   0x026f: mov rsp, [r11+8]
;;   0x0273: jmp qword ptr [r11+10h]
