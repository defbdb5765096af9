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
;;   0x0046: jp 91h
;;   0x004c: mov r11d, 0CF000000h
;;   0x0052: movd xmm15, r11d
;;   0x0057: ucomiss xmm1, xmm15
;;   0x005b: jb 93h
;;   0x0061: xorps xmm15, xmm15
;;   0x0065: ucomiss xmm1, xmm15
;;   0x0069: ja 93h
;;   0x006f: mov rcx, [rbp+20h]
;;   0x0073: cvtsi2ss xmm1, rcx
;;   0x0078: mov rcx, [rbp+28h]
;;   0x007c: mov [rbp+30h], eax
;;   0x007f: movss [rbp+38h], xmm1
;;   0x0084: mov [rbp+40h], rcx
;;   0x0088: mov rsp, rbp
;;   0x008b: pop rbp
;;   0x008c: ret 20h
;;   0x008f: ud2
;;   0x0091: ud2
;;   0x0093: ud2
;; function 1 (caller):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 68h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 115h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: sub rsp, 38h
;;   0x00c9: mov dword ptr [rsp], 7
;;   0x00d0: mov r11d, [rbp+10h]
;;   0x00d4: mov [rsp+8], r11d
;;   0x00d9: mov qword ptr [rsp+10h], 0FFFFFFFFFFFFFFFFh
;;   0x00e2: mov r11, [rbp+18h]
;;   0x00e6: mov [rsp+18h], r11
;;   0x00eb: call 0
;;   0x00f0: mov r11d, [rsp]
;;   0x00f4: mov [rbp-18h], r11d
;;   0x00f8: mov r11d, [rsp+8]
;;   0x00fd: mov [rbp-20h], r11d
;;   0x0101: mov r11, [rsp+10h]
;;   0x0106: mov [rbp-28h], r11
;;   0x010a: add rsp, 18h
;;   0x010e: mov rsp, rbp
;;   0x0111: pop rbp
;;   0x0112: ret 10h
;;   0x0115: ud2
;; function 2 (caller_live):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 88h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 1ECh
;;   0x013a: sub rsp, 50h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov qword ptr [rbp-10h], 0
;;   0x014d: mov dword ptr [rbp-18h], 0
;;   0x0154: mov dword ptr [rbp-20h], 0
;;   0x015b: movss xmm0, [rbp+10h]
;;   0x0160: mulss xmm0, [rbp+10h]
;;   0x0165: sub rsp, 38h
;;   0x0169: mov dword ptr [rsp], 1
;;   0x0170: mov dword ptr [rsp+8], 40000000h
;;   0x0178: mov qword ptr [rsp+10h], 3
;;   0x0181: mov r11, 4010000000000000h
;;   0x018b: mov [rsp+18h], r11
;;   0x0190: movss [rbp-28h], xmm0
;;   0x0195: call 0
;;   0x019a: mov r11d, [rsp]
;;   0x019e: mov [rbp-38h], r11d
;;   0x01a2: mov r11d, [rsp+8]
;;   0x01a7: mov [rbp-40h], r11d
;;   0x01ab: mov r11, [rsp+10h]
;;   0x01b0: mov [rbp-48h], r11
;;   0x01b4: add rsp, 18h
;;   0x01b8: mov r11, [rbp-48h]
;;   0x01bc: mov [rbp-10h], r11
;;   0x01c0: mov r11d, [rbp-40h]
;;   0x01c4: mov [rbp-18h], r11d
;;   0x01c8: mov r11d, [rbp-38h]
;;   0x01cc: mov [rbp-20h], r11d
;;   0x01d0: movss xmm0, [rbp-28h]
;;   0x01d5: addss xmm0, [rbp-18h]
;;   0x01da: mov eax, [rbp-20h]
;;   0x01dd: cvtsi2ss xmm1, eax
;;   0x01e1: addss xmm0, xmm1
;;   0x01e5: mov rsp, rbp
;;   0x01e8: pop rbp
;;   0x01e9: ret 8
;;   0x01ec: ud2
