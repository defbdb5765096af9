;;! target = "x86_64"

;; Float constants: +0 by xorps/xorpd, -0 and everything else through r11
;; (a 32-bit mov for f32, a 64-bit one for f64).
(module
  (func (export "f32_zero") (result f32) (f32.const 0))
  (func (export "f32_neg_zero") (result f32) (f32.const -0))
  (func (export "f32_one") (result f32) (f32.const 1))
  (func (export "f32_nan") (result f32) (f32.const nan:0x200000))
  (func (export "f64_zero") (result f64) (f64.const 0))
  (func (export "f64_neg_zero") (result f64) (f64.const -0))
  (func (export "f64_pi") (result f64) (f64.const 3.141592653589793))
  (func (export "f64_neg_inf") (result f64) (f64.const -inf))
  (func (export "f64_small") (result f64) (f64.const 0x1p-1074)))
;; function 0 (f32_zero):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Dh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: xorps xmm0, xmm0
;;   0x0028: mov rsp, rbp
;;   0x002b: pop rbp
;;   0x002c: ret
;;   0x002d: ud2
;; function 1 (f32_neg_zero):
;;   0x0030: push rbp
;;   0x0031: mov rbp, rsp
;;   0x0034: mov r11, [r14]
;;   0x0037: mov r11, [r11]
;;   0x003a: add r11, 30h
;;   0x0041: cmp rsp, r11
;;   0x0044: jb 65h
;;   0x004a: sub rsp, 30h
;;   0x0051: mov [rbp-8], r14
;;   0x0055: mov r11d, 80000000h
;;   0x005b: movd xmm0, r11d
;;   0x0060: mov rsp, rbp
;;   0x0063: pop rbp
;;   0x0064: ret
;;   0x0065: ud2
;; function 2 (f32_one):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0A5h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov r11d, 3F800000h
;;   0x009b: movd xmm0, r11d
;;   0x00a0: mov rsp, rbp
;;   0x00a3: pop rbp
;;   0x00a4: ret
;;   0x00a5: ud2
;; function 3 (f32_nan):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 30h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0E5h
;;   0x00ca: sub rsp, 30h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov r11d, 7FA00000h
;;   0x00db: movd xmm0, r11d
;;   0x00e0: mov rsp, rbp
;;   0x00e3: pop rbp
;;   0x00e4: ret
;;   0x00e5: ud2
;; function 4 (f64_zero):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 11Eh
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: xorpd xmm0, xmm0
;;   0x0119: mov rsp, rbp
;;   0x011c: pop rbp
;;   0x011d: ret
;;   0x011e: ud2
;; function 5 (f64_neg_zero):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 30h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 159h
;;   0x013a: sub rsp, 30h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov r11, 8000000000000000h
;;   0x014f: movq xmm0, r11
;;   0x0154: mov rsp, rbp
;;   0x0157: pop rbp
;;   0x0158: ret
;;   0x0159: ud2
;; function 6 (f64_pi):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 30h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 199h
;;   0x017a: sub rsp, 30h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov r11, 400921FB54442D18h
;;   0x018f: movq xmm0, r11
;;   0x0194: mov rsp, rbp
;;   0x0197: pop rbp
;;   0x0198: ret
;;   0x0199: ud2
;; function 7 (f64_neg_inf):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 30h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 1D9h
;;   0x01ba: sub rsp, 30h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov r11, 0FFF0000000000000h
;;   0x01cf: movq xmm0, r11
;;   0x01d4: mov rsp, rbp
;;   0x01d7: pop rbp
;;   0x01d8: ret
;;   0x01d9: ud2
;; function 8 (f64_small):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 30h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 215h
;;   0x01fa: sub rsp, 30h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov r11d, 1
;;   0x020b: movq xmm0, r11
;;   0x0210: mov rsp, rbp
;;   0x0213: pop rbp
;;   0x0214: ret
;;   0x0215: ud2
