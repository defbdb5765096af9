;;! target = "x86_64"

;; More live floats than allocatable XMM registers (xmm0-14): the deepest
;; register entry is spilled to its canonical slot with an 8-byte store.
(module
  (func (export "sixteen") (param f64) (result f64)
    (f64.add (local.get 0) (f64.const 1))
    (f64.add (local.get 0) (f64.const 2))
    (f64.add (local.get 0) (f64.const 3))
    (f64.add (local.get 0) (f64.const 4))
    (f64.add (local.get 0) (f64.const 5))
    (f64.add (local.get 0) (f64.const 6))
    (f64.add (local.get 0) (f64.const 7))
    (f64.add (local.get 0) (f64.const 8))
    (f64.add (local.get 0) (f64.const 9))
    (f64.add (local.get 0) (f64.const 10))
    (f64.add (local.get 0) (f64.const 11))
    (f64.add (local.get 0) (f64.const 12))
    (f64.add (local.get 0) (f64.const 13))
    (f64.add (local.get 0) (f64.const 14))
    (f64.add (local.get 0) (f64.const 15))
    (f64.add (local.get 0) (f64.const 16))
    f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add
    f64.add f64.add f64.add f64.add f64.add f64.add f64.add)
  (func (export "f32_across_builtin") (param f32 i32) (result f32)
    (f32.mul (local.get 0) (local.get 0))
    (drop (memory.grow (local.get 1)))
    (f32.add (local.get 0)))
  (memory 1))
;; function 0 (sixteen):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 90h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 216h
;;   0x001a: sub rsp, 90h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r11, 3FF0000000000000h
;;   0x002f: movq xmm0, r11
;;   0x0034: movsd xmm1, [rbp+10h]
;;   0x0039: addsd xmm1, xmm0
;;   0x003d: mov r11, 4000000000000000h
;;   0x0047: movq xmm0, r11
;;   0x004c: movsd xmm2, [rbp+10h]
;;   0x0051: addsd xmm2, xmm0
;;   0x0055: mov r11, 4008000000000000h
;;   0x005f: movq xmm0, r11
;;   0x0064: movsd xmm3, [rbp+10h]
;;   0x0069: addsd xmm3, xmm0
;;   0x006d: mov r11, 4010000000000000h
;;   0x0077: movq xmm0, r11
;;   0x007c: movsd xmm4, [rbp+10h]
;;   0x0081: addsd xmm4, xmm0
;;   0x0085: mov r11, 4014000000000000h
;;   0x008f: movq xmm0, r11
;;   0x0094: movsd xmm5, [rbp+10h]
;;   0x0099: addsd xmm5, xmm0
;;   0x009d: mov r11, 4018000000000000h
;;   0x00a7: movq xmm0, r11
;;   0x00ac: movsd xmm6, [rbp+10h]
;;   0x00b1: addsd xmm6, xmm0
;;   0x00b5: mov r11, 401C000000000000h
;;   0x00bf: movq xmm0, r11
;;   0x00c4: movsd xmm7, [rbp+10h]
;;   0x00c9: addsd xmm7, xmm0
;;   0x00cd: mov r11, 4020000000000000h
;;   0x00d7: movq xmm0, r11
;;   0x00dc: movsd xmm8, [rbp+10h]
;;   0x00e2: addsd xmm8, xmm0
;;   0x00e7: mov r11, 4022000000000000h
;;   0x00f1: movq xmm0, r11
;;   0x00f6: movsd xmm9, [rbp+10h]
;;   0x00fc: addsd xmm9, xmm0
;;   0x0101: mov r11, 4024000000000000h
;;   0x010b: movq xmm0, r11
;;   0x0110: movsd xmm10, [rbp+10h]
;;   0x0116: addsd xmm10, xmm0
;;   0x011b: mov r11, 4026000000000000h
;;   0x0125: movq xmm0, r11
;;   0x012a: movsd xmm11, [rbp+10h]
;;   0x0130: addsd xmm11, xmm0
;;   0x0135: mov r11, 4028000000000000h
;;   0x013f: movq xmm0, r11
;;   0x0144: movsd xmm12, [rbp+10h]
;;   0x014a: addsd xmm12, xmm0
;;   0x014f: mov r11, 402A000000000000h
;;   0x0159: movq xmm0, r11
;;   0x015e: movsd xmm13, [rbp+10h]
;;   0x0164: addsd xmm13, xmm0
;;   0x0169: mov r11, 402C000000000000h
;;   0x0173: movq xmm0, r11
;;   0x0178: movsd xmm14, [rbp+10h]
;;   0x017e: addsd xmm14, xmm0
;;   0x0183: mov r11, 402E000000000000h
;;   0x018d: movq xmm0, r11
;;   0x0192: movsd [rbp-10h], xmm1
;;   0x0197: movsd xmm1, [rbp+10h]
;;   0x019c: addsd xmm1, xmm0
;;   0x01a0: mov r11, 4030000000000000h
;;   0x01aa: movq xmm0, r11
;;   0x01af: movsd [rbp-18h], xmm2
;;   0x01b4: movsd xmm2, [rbp+10h]
;;   0x01b9: addsd xmm2, xmm0
;;   0x01bd: addsd xmm1, xmm2
;;   0x01c1: addsd xmm14, xmm1
;;   0x01c6: addsd xmm13, xmm14
;;   0x01cb: addsd xmm12, xmm13
;;   0x01d0: addsd xmm11, xmm12
;;   0x01d5: addsd xmm10, xmm11
;;   0x01da: addsd xmm9, xmm10
;;   0x01df: addsd xmm8, xmm9
;;   0x01e4: addsd xmm7, xmm8
;;   0x01e9: addsd xmm6, xmm7
;;   0x01ed: addsd xmm5, xmm6
;;   0x01f1: addsd xmm4, xmm5
;;   0x01f5: addsd xmm3, xmm4
;;   0x01f9: movsd xmm0, [rbp-18h]
;;   0x01fe: addsd xmm0, xmm3
;;   0x0202: movsd xmm1, [rbp-10h]
;;   0x0207: addsd xmm1, xmm0
;;   0x020b: movapd xmm0, xmm1
;;   0x020f: mov rsp, rbp
;;   0x0212: pop rbp
;;   0x0213: ret 8
;;   0x0216: mov r11, [r14]
;;   0x0219: mov eax, 0Ah
;;   0x021e: mov rsp, [r11+8]
;;   0x0222: jmp qword ptr [r11+10h]
;; function 1 (f32_across_builtin):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 20h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 299h
;;   0x024a: sub rsp, 20h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: movss xmm0, [rbp+10h]
;;   0x025a: mulss xmm0, [rbp+10h]
;;   0x025f: movss [rbp-10h], xmm0
;;   0x0264: mov esi, 0
;;   0x0269: mov edx, [rbp+18h]
;;   0x026c: mov rdi, r14
;;   0x026f: mov r11, rsp
;;   0x0272: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0276: push r11
;;   0x0278: push r11
;;   0x027a: mov r11, [r14+8]
;;   0x027e: call qword ptr [r11]
;;   0x0281: mov rsp, [rsp+8]
;;   0x0286: mov eax, eax
;;   0x0288: movss xmm0, [rbp-10h]
;;   0x028d: addss xmm0, [rbp+10h]
;;   0x0292: mov rsp, rbp
;;   0x0295: pop rbp
;;   0x0296: ret 10h
;;   0x0299: mov r11, [r14]
;;   0x029c: mov eax, 0Ah
;;   0x02a1: mov rsp, [r11+8]
;;   0x02a5: jmp qword ptr [r11+10h]
