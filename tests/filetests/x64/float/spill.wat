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
;;   0x000a: add r11, 0B0h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 21Dh
;;   0x001a: sub rsp, 0B0h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov r11, 3FF0000000000000h
;;   0x0036: movq xmm0, r11
;;   0x003b: movsd xmm1, [rbp+10h]
;;   0x0040: addsd xmm1, xmm0
;;   0x0044: mov r11, 4000000000000000h
;;   0x004e: movq xmm0, r11
;;   0x0053: movsd xmm2, [rbp+10h]
;;   0x0058: addsd xmm2, xmm0
;;   0x005c: mov r11, 4008000000000000h
;;   0x0066: movq xmm0, r11
;;   0x006b: movsd xmm3, [rbp+10h]
;;   0x0070: addsd xmm3, xmm0
;;   0x0074: mov r11, 4010000000000000h
;;   0x007e: movq xmm0, r11
;;   0x0083: movsd xmm4, [rbp+10h]
;;   0x0088: addsd xmm4, xmm0
;;   0x008c: mov r11, 4014000000000000h
;;   0x0096: movq xmm0, r11
;;   0x009b: movsd xmm5, [rbp+10h]
;;   0x00a0: addsd xmm5, xmm0
;;   0x00a4: mov r11, 4018000000000000h
;;   0x00ae: movq xmm0, r11
;;   0x00b3: movsd xmm6, [rbp+10h]
;;   0x00b8: addsd xmm6, xmm0
;;   0x00bc: mov r11, 401C000000000000h
;;   0x00c6: movq xmm0, r11
;;   0x00cb: movsd xmm7, [rbp+10h]
;;   0x00d0: addsd xmm7, xmm0
;;   0x00d4: mov r11, 4020000000000000h
;;   0x00de: movq xmm0, r11
;;   0x00e3: movsd xmm8, [rbp+10h]
;;   0x00e9: addsd xmm8, xmm0
;;   0x00ee: mov r11, 4022000000000000h
;;   0x00f8: movq xmm0, r11
;;   0x00fd: movsd xmm9, [rbp+10h]
;;   0x0103: addsd xmm9, xmm0
;;   0x0108: mov r11, 4024000000000000h
;;   0x0112: movq xmm0, r11
;;   0x0117: movsd xmm10, [rbp+10h]
;;   0x011d: addsd xmm10, xmm0
;;   0x0122: mov r11, 4026000000000000h
;;   0x012c: movq xmm0, r11
;;   0x0131: movsd xmm11, [rbp+10h]
;;   0x0137: addsd xmm11, xmm0
;;   0x013c: mov r11, 4028000000000000h
;;   0x0146: movq xmm0, r11
;;   0x014b: movsd xmm12, [rbp+10h]
;;   0x0151: addsd xmm12, xmm0
;;   0x0156: mov r11, 402A000000000000h
;;   0x0160: movq xmm0, r11
;;   0x0165: movsd xmm13, [rbp+10h]
;;   0x016b: addsd xmm13, xmm0
;;   0x0170: mov r11, 402C000000000000h
;;   0x017a: movq xmm0, r11
;;   0x017f: movsd xmm14, [rbp+10h]
;;   0x0185: addsd xmm14, xmm0
;;   0x018a: mov r11, 402E000000000000h
;;   0x0194: movq xmm0, r11
;;   0x0199: movsd [rbp-28h], xmm1
;;   0x019e: movsd xmm1, [rbp+10h]
;;   0x01a3: addsd xmm1, xmm0
;;   0x01a7: mov r11, 4030000000000000h
;;   0x01b1: movq xmm0, r11
;;   0x01b6: movsd [rbp-30h], xmm2
;;   0x01bb: movsd xmm2, [rbp+10h]
;;   0x01c0: addsd xmm2, xmm0
;;   0x01c4: addsd xmm1, xmm2
;;   0x01c8: addsd xmm14, xmm1
;;   0x01cd: addsd xmm13, xmm14
;;   0x01d2: addsd xmm12, xmm13
;;   0x01d7: addsd xmm11, xmm12
;;   0x01dc: addsd xmm10, xmm11
;;   0x01e1: addsd xmm9, xmm10
;;   0x01e6: addsd xmm8, xmm9
;;   0x01eb: addsd xmm7, xmm8
;;   0x01f0: addsd xmm6, xmm7
;;   0x01f4: addsd xmm5, xmm6
;;   0x01f8: addsd xmm4, xmm5
;;   0x01fc: addsd xmm3, xmm4
;;   0x0200: movsd xmm0, [rbp-30h]
;;   0x0205: addsd xmm0, xmm3
;;   0x0209: movsd xmm1, [rbp-28h]
;;   0x020e: addsd xmm1, xmm0
;;   0x0212: movapd xmm0, xmm1
;;   0x0216: mov rsp, rbp
;;   0x0219: pop rbp
;;   0x021a: ret 8
;;   0x021d: ud2
;; function 1 (f32_across_builtin):
;;   0x0220: push rbp
;;   0x0221: mov rbp, rsp
;;   0x0224: mov r11, [r14]
;;   0x0227: mov r11, [r11]
;;   0x022a: add r11, 30h
;;   0x0231: cmp rsp, r11
;;   0x0234: jb 2B5h
;;   0x023a: sub rsp, 30h
;;   0x0241: mov [rbp-8], r14
;;   0x0245: mov [rbp-10h], rbx
;;   0x0249: mov ebx, [rbp+18h]
;;   0x024c: mov r15, [r14+18h]
;;   0x0250: mov r15, [r15]
;;   0x0253: movss xmm0, [rbp+10h]
;;   0x0258: mulss xmm0, [rbp+10h]
;;   0x025d: movss [rbp-28h], xmm0
;;   0x0262: mov esi, 0
;;   0x0267: mov edx, ebx
;;   0x0269: mov r11, [r14]
;;   0x026c: mov [r11+30h], rbp
;;   0x0270: lea rdi, [290h]
;;   0x0277: mov [r11+38h], rdi
;;   0x027b: mov rdi, r14
;;   0x027e: mov r11, rsp
;;   0x0281: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0285: push r11
;;   0x0287: push r11
;;   0x0289: mov r11, [r14+8]
;;   0x028d: call qword ptr [r11]
;;   0x0290: mov rsp, [rsp+8]
;;   0x0295: test eax, eax
;;   0x0297: jne 2B7h
;;   0x029d: mov rax, rdx
;;   0x02a0: movss xmm0, [rbp-28h]
;;   0x02a5: addss xmm0, [rbp+10h]
;;   0x02aa: mov rbx, [rbp-10h]
;;   0x02ae: mov rsp, rbp
;;   0x02b1: pop rbp
;;   0x02b2: ret 10h
;;   0x02b5: ud2
;;   0x02b7: mov r11, [r14]
;;   0x02ba: mov rsp, [r11+8]
;;   0x02be: jmp qword ptr [r11+10h]
