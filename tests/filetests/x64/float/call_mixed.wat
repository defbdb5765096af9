;;! target = "x86_64"

;; A call with mixed int/float parameters (all in stack slots) and multiple
;; results: result 0 in xmm0, results 1.. in the result area.
(module
  (func $mix (param i32 f32 i64 f64) (result f64 i32 f32 i64)
    (f64.add (f64.convert_i32_s (local.get 0)) (local.get 3))
    (i32.trunc_f32_s (local.get 1))
    (f32.convert_i64_s (local.get 2))
    (i64.reinterpret_f64 (local.get 3)))
  (func (export "caller") (param f32 f64) (result f64)
    (call $mix (i32.const 7) (local.get 0) (i64.const -1) (local.get 1))
    (drop)
    (drop)
    (drop))
  (func (export "caller_live") (param f32) (result f32)
    (local i64 f32 i32)
    (f32.mul (local.get 0) (local.get 0))
    (call $mix (i32.const 1) (f32.const 2) (i64.const 3) (f64.const 4))
    (local.set 1)
    (local.set 2)
    (local.set 3)
    (drop)
    (local.get 2)
    (f32.add)
    (f32.convert_i32_s (local.get 3))
    (f32.add)))
;; function 0:
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 8Fh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: cvtsi2sd xmm0, eax
;;   0x002c: addsd xmm0, [rbp+28h]
;;   0x0031: movss xmm1, [rbp+18h]
;;   0x0036: cvttss2si eax, xmm1
;;   0x003a: cmp eax, 1
;;   0x003d: jno 6Fh
;;   0x0043: ucomiss xmm1, xmm1
;;   0x0046: jp 9Fh
;;   0x004c: mov r11d, 0CF000000h
;;   0x0052: movd xmm15, r11d
;;   0x0057: ucomiss xmm1, xmm15
;;   0x005b: jb 0AFh
;;   0x0061: xorps xmm15, xmm15
;;   0x0065: ucomiss xmm1, xmm15
;;   0x0069: ja 0AFh
;;   0x006f: mov rcx, [rbp+20h]
;;   0x0073: cvtsi2ss xmm1, rcx
;;   0x0078: mov rcx, [rbp+28h]
;;   0x007c: mov [rbp+30h], eax
;;   0x007f: movss [rbp+38h], xmm1
;;   0x0084: mov [rbp+40h], rcx
;;   0x0088: mov rsp, rbp
;;   0x008b: pop rbp
;;   0x008c: ret 20h
;;   0x008f: mov r11, [r14]
;;   0x0092: mov eax, 0Ah
;;   0x0097: mov rsp, [r11+8]
;;   0x009b: jmp qword ptr [r11+10h]
;;   0x009f: mov r11, [r14]
;;   0x00a2: mov eax, 4
;;   0x00a7: mov rsp, [r11+8]
;;   0x00ab: jmp qword ptr [r11+10h]
;;   0x00af: mov r11, [r14]
;;   0x00b2: mov eax, 3
;;   0x00b7: mov rsp, [r11+8]
;;   0x00bb: jmp qword ptr [r11+10h]
;; function 1 (caller):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 68h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 135h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: sub rsp, 38h
;;   0x00e9: mov dword ptr [rsp], 7
;;   0x00f0: mov r11d, [rbp+10h]
;;   0x00f4: mov [rsp+8], r11d
;;   0x00f9: mov qword ptr [rsp+10h], 0FFFFFFFFFFFFFFFFh
;;   0x0102: mov r11, [rbp+18h]
;;   0x0106: mov [rsp+18h], r11
;;   0x010b: call 0
;;   0x0110: mov r11d, [rsp]
;;   0x0114: mov [rbp-18h], r11d
;;   0x0118: mov r11d, [rsp+8]
;;   0x011d: mov [rbp-20h], r11d
;;   0x0121: mov r11, [rsp+10h]
;;   0x0126: mov [rbp-28h], r11
;;   0x012a: add rsp, 18h
;;   0x012e: mov rsp, rbp
;;   0x0131: pop rbp
;;   0x0132: ret 10h
;;   0x0135: mov r11, [r14]
;;   0x0138: mov eax, 0Ah
;;   0x013d: mov rsp, [r11+8]
;;   0x0141: jmp qword ptr [r11+10h]
;; function 2 (caller_live):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 88h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 21Ch
;;   0x016a: sub rsp, 50h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov qword ptr [rbp-10h], 0
;;   0x017d: mov dword ptr [rbp-18h], 0
;;   0x0184: mov dword ptr [rbp-20h], 0
;;   0x018b: movss xmm0, [rbp+10h]
;;   0x0190: mulss xmm0, [rbp+10h]
;;   0x0195: sub rsp, 38h
;;   0x0199: mov dword ptr [rsp], 1
;;   0x01a0: mov dword ptr [rsp+8], 40000000h
;;   0x01a8: mov qword ptr [rsp+10h], 3
;;   0x01b1: mov r11, 4010000000000000h
;;   0x01bb: mov [rsp+18h], r11
;;   0x01c0: movss [rbp-28h], xmm0
;;   0x01c5: call 0
;;   0x01ca: mov r11d, [rsp]
;;   0x01ce: mov [rbp-38h], r11d
;;   0x01d2: mov r11d, [rsp+8]
;;   0x01d7: mov [rbp-40h], r11d
;;   0x01db: mov r11, [rsp+10h]
;;   0x01e0: mov [rbp-48h], r11
;;   0x01e4: add rsp, 18h
;;   0x01e8: mov r11, [rbp-48h]
;;   0x01ec: mov [rbp-10h], r11
;;   0x01f0: mov r11d, [rbp-40h]
;;   0x01f4: mov [rbp-18h], r11d
;;   0x01f8: mov r11d, [rbp-38h]
;;   0x01fc: mov [rbp-20h], r11d
;;   0x0200: movss xmm0, [rbp-28h]
;;   0x0205: addss xmm0, [rbp-18h]
;;   0x020a: mov eax, [rbp-20h]
;;   0x020d: cvtsi2ss xmm1, eax
;;   0x0211: addss xmm0, xmm1
;;   0x0215: mov rsp, rbp
;;   0x0218: pop rbp
;;   0x0219: ret 8
;;   0x021c: mov r11, [r14]
;;   0x021f: mov eax, 0Ah
;;   0x0224: mov rsp, [r11+8]
;;   0x0228: jmp qword ptr [r11+10h]
