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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 37h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: roundss xmm0, xmm0, 0Ah
;;   0x0030: mov rsp, rbp
;;   0x0033: pop rbp
;;   0x0034: ret 8
;;   0x0037: ud2
;; function 1 (f32_floor):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 77h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: movss xmm0, [rbp+10h]
;;   0x006a: roundss xmm0, xmm0, 9
;;   0x0070: mov rsp, rbp
;;   0x0073: pop rbp
;;   0x0074: ret 8
;;   0x0077: ud2
;; function 2 (f32_trunc):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B7h
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: movss xmm0, [rbp+10h]
;;   0x00aa: roundss xmm0, xmm0, 0Bh
;;   0x00b0: mov rsp, rbp
;;   0x00b3: pop rbp
;;   0x00b4: ret 8
;;   0x00b7: ud2
;; function 3 (f32_nearest):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F7h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: movss xmm0, [rbp+10h]
;;   0x00ea: roundss xmm0, xmm0, 8
;;   0x00f0: mov rsp, rbp
;;   0x00f3: pop rbp
;;   0x00f4: ret 8
;;   0x00f7: ud2
;; function 4 (f64_ceil):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 30h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 137h
;;   0x011a: sub rsp, 30h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: movsd xmm0, [rbp+10h]
;;   0x012a: roundsd xmm0, xmm0, 0Ah
;;   0x0130: mov rsp, rbp
;;   0x0133: pop rbp
;;   0x0134: ret 8
;;   0x0137: ud2
;; function 5 (f64_floor):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 177h
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: movsd xmm0, [rbp+10h]
;;   0x016a: roundsd xmm0, xmm0, 9
;;   0x0170: mov rsp, rbp
;;   0x0173: pop rbp
;;   0x0174: ret 8
;;   0x0177: ud2
;; function 6 (f64_trunc):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 30h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1B7h
;;   0x019a: sub rsp, 30h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: movsd xmm0, [rbp+10h]
;;   0x01aa: roundsd xmm0, xmm0, 0Bh
;;   0x01b0: mov rsp, rbp
;;   0x01b3: pop rbp
;;   0x01b4: ret 8
;;   0x01b7: ud2
;; function 7 (f64_nearest):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 30h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 1F7h
;;   0x01da: sub rsp, 30h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: movsd xmm0, [rbp+10h]
;;   0x01ea: roundsd xmm0, xmm0, 8
;;   0x01f0: mov rsp, rbp
;;   0x01f3: pop rbp
;;   0x01f4: ret 8
;;   0x01f7: ud2
