;;! target = "x86_64"

;; Float select: no SSE conditional move, so a branch over a register copy.
(module
  (func (export "f32") (param f32 f32 i32) (result f32)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "f64") (param f64 f64 i32) (result f64)
    (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "f64_cmp") (param f64 f64) (result f64)
    (select (local.get 0) (local.get 1) (f64.lt (local.get 0) (local.get 1))))
  (func (export "f32_const") (param i32) (result f32)
    (select (f32.const 1) (f32.const 0) (local.get 0))))
;; function 0 (f32):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Fh
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+20h]
;;   0x002c: movss xmm0, [rbp+18h]
;;   0x0031: movss xmm1, [rbp+10h]
;;   0x0036: test ebx, ebx
;;   0x0038: jne 41h
;;   0x003e: movaps xmm1, xmm0
;;   0x0041: movaps xmm0, xmm1
;;   0x0044: mov rbx, [rbp-10h]
;;   0x0048: mov rsp, rbp
;;   0x004b: pop rbp
;;   0x004c: ret 18h
;;   0x004f: ud2
;; function 1 (f64):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 40h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0B1h
;;   0x007a: sub rsp, 40h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov ebx, [rbp+20h]
;;   0x008c: movsd xmm0, [rbp+18h]
;;   0x0091: movsd xmm1, [rbp+10h]
;;   0x0096: test ebx, ebx
;;   0x0098: jne 0A2h
;;   0x009e: movapd xmm1, xmm0
;;   0x00a2: movapd xmm0, xmm1
;;   0x00a6: mov rbx, [rbp-10h]
;;   0x00aa: mov rsp, rbp
;;   0x00ad: pop rbp
;;   0x00ae: ret 18h
;;   0x00b1: ud2
;; function 2 (f64_cmp):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 40h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 11Ch
;;   0x00da: sub rsp, 40h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: movsd xmm0, [rbp+10h]
;;   0x00ea: movsd xmm15, [rbp+18h]
;;   0x00f0: ucomisd xmm15, xmm0
;;   0x00f5: seta al
;;   0x00f8: movzx eax, al
;;   0x00fb: movsd xmm0, [rbp+18h]
;;   0x0100: movsd xmm1, [rbp+10h]
;;   0x0105: test eax, eax
;;   0x0107: jne 111h
;;   0x010d: movapd xmm1, xmm0
;;   0x0111: movapd xmm0, xmm1
;;   0x0115: mov rsp, rbp
;;   0x0118: pop rbp
;;   0x0119: ret 10h
;;   0x011c: ud2
;; function 3 (f32_const):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 40h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 173h
;;   0x013a: sub rsp, 40h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov [rbp-10h], rbx
;;   0x0149: mov ebx, [rbp+10h]
;;   0x014c: xorps xmm0, xmm0
;;   0x014f: mov r11d, 3F800000h
;;   0x0155: movd xmm1, r11d
;;   0x015a: test ebx, ebx
;;   0x015c: jne 165h
;;   0x0162: movaps xmm1, xmm0
;;   0x0165: movaps xmm0, xmm1
;;   0x0168: mov rbx, [rbp-10h]
;;   0x016c: mov rsp, rbp
;;   0x016f: pop rbp
;;   0x0170: ret 8
;;   0x0173: ud2
