;;! target = "x86_64"

;; Trapping float to i32: NaN traps with BadConversionToInteger,
;; out of range with IntegerOverflow. f64 to i32 signed uses the exclusive
;; lower bound -2^31 - 1; unsigned goes through a 64-bit conversion.
(module
  (func (export "f32_s") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
  (func (export "f32_u") (param f32) (result i32) (i32.trunc_f32_u (local.get 0)))
  (func (export "f64_s") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
  (func (export "f64_u") (param f64) (result i32) (i32.trunc_f64_u (local.get 0))))
;; function 0 (f32_s):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Ah
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: cvttss2si eax, xmm0
;;   0x002e: cmp eax, 1
;;   0x0031: jno 63h
;;   0x0037: ucomiss xmm0, xmm0
;;   0x003a: jp 6Ch
;;   0x0040: mov r11d, 0CF000000h
;;   0x0046: movd xmm15, r11d
;;   0x004b: ucomiss xmm0, xmm15
;;   0x004f: jb 6Eh
;;   0x0055: xorps xmm15, xmm15
;;   0x0059: ucomiss xmm0, xmm15
;;   0x005d: ja 6Eh
;;   0x0063: mov rsp, rbp
;;   0x0066: pop rbp
;;   0x0067: ret 8
;;   0x006a: ud2
;;   0x006c: ud2
;;   0x006e: ud2
;; function 1 (f32_u):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0C1h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: movss xmm0, [rbp+10h]
;;   0x009a: cvttss2si rax, xmm0
;;   0x009f: mov r11, rax
;;   0x00a2: shr r11, 20h
;;   0x00a6: je 0BAh
;;   0x00ac: ucomiss xmm0, xmm0
;;   0x00af: jp 0C3h
;;   0x00b5: jmp 0C5h
;;   0x00ba: mov rsp, rbp
;;   0x00bd: pop rbp
;;   0x00be: ret 8
;;   0x00c1: ud2
;;   0x00c3: ud2
;;   0x00c5: ud2
;; function 2 (f64_s):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 142h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: movsd xmm0, [rbp+10h]
;;   0x00fa: cvttsd2si eax, xmm0
;;   0x00fe: cmp eax, 1
;;   0x0101: jno 13Bh
;;   0x0107: ucomisd xmm0, xmm0
;;   0x010b: jp 144h
;;   0x0111: mov r11, 0C1E0000000200000h
;;   0x011b: movq xmm15, r11
;;   0x0120: ucomisd xmm0, xmm15
;;   0x0125: jbe 146h
;;   0x012b: xorpd xmm15, xmm15
;;   0x0130: ucomisd xmm0, xmm15
;;   0x0135: ja 146h
;;   0x013b: mov rsp, rbp
;;   0x013e: pop rbp
;;   0x013f: ret 8
;;   0x0142: ud2
;;   0x0144: ud2
;;   0x0146: ud2
;; function 3 (f64_u):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1A2h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: movsd xmm0, [rbp+10h]
;;   0x017a: cvttsd2si rax, xmm0
;;   0x017f: mov r11, rax
;;   0x0182: shr r11, 20h
;;   0x0186: je 19Bh
;;   0x018c: ucomisd xmm0, xmm0
;;   0x0190: jp 1A4h
;;   0x0196: jmp 1A6h
;;   0x019b: mov rsp, rbp
;;   0x019e: pop rbp
;;   0x019f: ret 8
;;   0x01a2: ud2
;;   0x01a4: ud2
;;   0x01a6: ud2
