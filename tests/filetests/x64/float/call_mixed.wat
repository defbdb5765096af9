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
;; function 0 (mix):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 0A4h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12, [rbp+20h]
;;   0x0034: mov eax, ebx
;;   0x0036: cvtsi2sd xmm0, eax
;;   0x003a: addsd xmm0, [rbp+28h]
;;   0x003f: movss xmm1, [rbp+18h]
;;   0x0044: cvttss2si eax, xmm1
;;   0x0048: cmp eax, 1
;;   0x004b: jno 7Dh
;;   0x0051: ucomiss xmm1, xmm1
;;   0x0054: jp 0A6h
;;   0x005a: mov r11d, 0CF000000h
;;   0x0060: movd xmm15, r11d
;;   0x0065: ucomiss xmm1, xmm15
;;   0x0069: jb 0A8h
;;   0x006f: xorps xmm15, xmm15
;;   0x0073: ucomiss xmm1, xmm15
;;   0x0077: ja 0A8h
;;   0x007d: mov rcx, r12
;;   0x0080: cvtsi2ss xmm1, rcx
;;   0x0085: mov rcx, [rbp+28h]
;;   0x0089: mov [rbp+30h], eax
;;   0x008c: movss [rbp+38h], xmm1
;;   0x0091: mov [rbp+40h], rcx
;;   0x0095: mov rbx, [rbp-10h]
;;   0x0099: mov r12, [rbp-18h]
;;   0x009d: mov rsp, rbp
;;   0x00a0: pop rbp
;;   0x00a1: ret 20h
;;   0x00a4: ud2
;;   0x00a6: ud2
;;   0x00a8: ud2
;; function 1 (caller):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 78h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 125h
;;   0x00ca: sub rsp, 40h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: sub rsp, 38h
;;   0x00d9: mov dword ptr [rsp], 7
;;   0x00e0: mov r11d, [rbp+10h]
;;   0x00e4: mov [rsp+8], r11d
;;   0x00e9: mov qword ptr [rsp+10h], 0FFFFFFFFFFFFFFFFh
;;   0x00f2: mov r11, [rbp+18h]
;;   0x00f6: mov [rsp+18h], r11
;;   0x00fb: call 0
;;   0x0100: mov r11d, [rsp]
;;   0x0104: mov [rbp-30h], r11d
;;   0x0108: mov r11d, [rsp+8]
;;   0x010d: mov [rbp-38h], r11d
;;   0x0111: mov r11, [rsp+10h]
;;   0x0116: mov [rbp-40h], r11
;;   0x011a: add rsp, 18h
;;   0x011e: mov rsp, rbp
;;   0x0121: pop rbp
;;   0x0122: ret 10h
;;   0x0125: ud2
;; function 2 (caller_live):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 98h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 200h
;;   0x014a: sub rsp, 60h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov dword ptr [rbp-30h], 0
;;   0x015c: mov [rbp-10h], rbx
;;   0x0160: mov [rbp-18h], r12
;;   0x0164: mov ebx, 0
;;   0x0169: mov r12d, 0
;;   0x016f: movss xmm0, [rbp+10h]
;;   0x0174: mulss xmm0, [rbp+10h]
;;   0x0179: sub rsp, 38h
;;   0x017d: mov dword ptr [rsp], 1
;;   0x0184: mov dword ptr [rsp+8], 40000000h
;;   0x018c: mov qword ptr [rsp+10h], 3
;;   0x0195: mov r11, 4010000000000000h
;;   0x019f: mov [rsp+18h], r11
;;   0x01a4: movss [rbp-40h], xmm0
;;   0x01a9: call 0
;;   0x01ae: mov r11d, [rsp]
;;   0x01b2: mov [rbp-50h], r11d
;;   0x01b6: mov r11d, [rsp+8]
;;   0x01bb: mov [rbp-58h], r11d
;;   0x01bf: mov r11, [rsp+10h]
;;   0x01c4: mov [rbp-60h], r11
;;   0x01c8: add rsp, 18h
;;   0x01cc: mov rbx, [rbp-60h]
;;   0x01d0: mov r11d, [rbp-58h]
;;   0x01d4: mov [rbp-30h], r11d
;;   0x01d8: mov r12d, [rbp-50h]
;;   0x01dc: movss xmm0, [rbp-40h]
;;   0x01e1: addss xmm0, [rbp-30h]
;;   0x01e6: mov eax, r12d
;;   0x01e9: cvtsi2ss xmm1, eax
;;   0x01ed: addss xmm0, xmm1
;;   0x01f1: mov rbx, [rbp-10h]
;;   0x01f5: mov r12, [rbp-18h]
;;   0x01f9: mov rsp, rbp
;;   0x01fc: pop rbp
;;   0x01fd: ret 8
;;   0x0200: ud2
