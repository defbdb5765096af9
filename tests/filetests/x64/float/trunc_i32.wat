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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Ah
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: cvttss2si eax, xmm0
;;   0x002e: cmp eax, 1
;;   0x0031: jno 63h
;;   0x0037: ucomiss xmm0, xmm0
;;   0x003a: jp 7Ah
;;   0x0040: mov r11d, 0CF000000h
;;   0x0046: movd xmm15, r11d
;;   0x004b: ucomiss xmm0, xmm15
;;   0x004f: jb 8Ah
;;   0x0055: xorps xmm15, xmm15
;;   0x0059: ucomiss xmm0, xmm15
;;   0x005d: ja 8Ah
;;   0x0063: mov rsp, rbp
;;   0x0066: pop rbp
;;   0x0067: ret 8
;;   0x006a: mov r11, [r14]
;;   0x006d: mov eax, 0Ah
;;   0x0072: mov rsp, [r11+8]
;;   0x0076: jmp qword ptr [r11+10h]
;;   0x007a: mov r11, [r14]
;;   0x007d: mov eax, 4
;;   0x0082: mov rsp, [r11+8]
;;   0x0086: jmp qword ptr [r11+10h]
;;   0x008a: mov r11, [r14]
;;   0x008d: mov eax, 3
;;   0x0092: mov rsp, [r11+8]
;;   0x0096: jmp qword ptr [r11+10h]
;; function 1 (f32_u):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0F1h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: movss xmm0, [rbp+10h]
;;   0x00ca: cvttss2si rax, xmm0
;;   0x00cf: mov r11, rax
;;   0x00d2: shr r11, 20h
;;   0x00d6: je 0EAh
;;   0x00dc: ucomiss xmm0, xmm0
;;   0x00df: jp 101h
;;   0x00e5: jmp 111h
;;   0x00ea: mov rsp, rbp
;;   0x00ed: pop rbp
;;   0x00ee: ret 8
;;   0x00f1: mov r11, [r14]
;;   0x00f4: mov eax, 0Ah
;;   0x00f9: mov rsp, [r11+8]
;;   0x00fd: jmp qword ptr [r11+10h]
;;   0x0101: mov r11, [r14]
;;   0x0104: mov eax, 4
;;   0x0109: mov rsp, [r11+8]
;;   0x010d: jmp qword ptr [r11+10h]
;;   0x0111: mov r11, [r14]
;;   0x0114: mov eax, 3
;;   0x0119: mov rsp, [r11+8]
;;   0x011d: jmp qword ptr [r11+10h]
;; function 2 (f64_s):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 10h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 1A2h
;;   0x014a: sub rsp, 10h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: movsd xmm0, [rbp+10h]
;;   0x015a: cvttsd2si eax, xmm0
;;   0x015e: cmp eax, 1
;;   0x0161: jno 19Bh
;;   0x0167: ucomisd xmm0, xmm0
;;   0x016b: jp 1B2h
;;   0x0171: mov r11, 0C1E0000000200000h
;;   0x017b: movq xmm15, r11
;;   0x0180: ucomisd xmm0, xmm15
;;   0x0185: jbe 1C2h
;;   0x018b: xorpd xmm15, xmm15
;;   0x0190: ucomisd xmm0, xmm15
;;   0x0195: ja 1C2h
;;   0x019b: mov rsp, rbp
;;   0x019e: pop rbp
;;   0x019f: ret 8
;;   0x01a2: mov r11, [r14]
;;   0x01a5: mov eax, 0Ah
;;   0x01aa: mov rsp, [r11+8]
;;   0x01ae: jmp qword ptr [r11+10h]
;;   0x01b2: mov r11, [r14]
;;   0x01b5: mov eax, 4
;;   0x01ba: mov rsp, [r11+8]
;;   0x01be: jmp qword ptr [r11+10h]
;;   0x01c2: mov r11, [r14]
;;   0x01c5: mov eax, 3
;;   0x01ca: mov rsp, [r11+8]
;;   0x01ce: jmp qword ptr [r11+10h]
;; function 3 (f64_u):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 10h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 232h
;;   0x01fa: sub rsp, 10h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: movsd xmm0, [rbp+10h]
;;   0x020a: cvttsd2si rax, xmm0
;;   0x020f: mov r11, rax
;;   0x0212: shr r11, 20h
;;   0x0216: je 22Bh
;;   0x021c: ucomisd xmm0, xmm0
;;   0x0220: jp 242h
;;   0x0226: jmp 252h
;;   0x022b: mov rsp, rbp
;;   0x022e: pop rbp
;;   0x022f: ret 8
;;   0x0232: mov r11, [r14]
;;   0x0235: mov eax, 0Ah
;;   0x023a: mov rsp, [r11+8]
;;   0x023e: jmp qword ptr [r11+10h]
;;   0x0242: mov r11, [r14]
;;   0x0245: mov eax, 4
;;   0x024a: mov rsp, [r11+8]
;;   0x024e: jmp qword ptr [r11+10h]
;;   0x0252: mov r11, [r14]
;;   0x0255: mov eax, 3
;;   0x025a: mov rsp, [r11+8]
;;   0x025e: jmp qword ptr [r11+10h]
