;;! target = "x86_64"

;; Floats through control flow: block and if results, br_if carrying an f64,
;; loop parameters, all through canonical slots.
(module
  (func (export "if_result") (param i32 f32 f32) (result f32)
    (if (result f32) (local.get 0)
      (then (f32.add (local.get 1) (local.get 2)))
      (else (f32.sub (local.get 1) (local.get 2)))))
  (func (export "br_if_value") (param f64 i32) (result f64)
    (block (result f64)
      (f64.mul (local.get 0) (local.get 0))
      (local.get 1)
      (br_if 0)
      (drop)
      (f64.const 0.5)))
  (func (export "loop_halve") (param f64) (result f64)
    (local.get 0)
    (loop (param f64) (result f64)
      (f64.mul (f64.const 0.5))
      (local.tee 0)
      (local.get 0)
      (f64.const 1)
      (f64.gt)
      (br_if 0))))
;; function 0 (if_result):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 67h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: test ebx, ebx
;;   0x002e: je 48h
;;   0x0034: movss xmm0, [rbp+18h]
;;   0x0039: addss xmm0, [rbp+20h]
;;   0x003e: movss [rbp-28h], xmm0
;;   0x0043: jmp 57h
;;   0x0048: movss xmm0, [rbp+18h]
;;   0x004d: subss xmm0, [rbp+20h]
;;   0x0052: movss [rbp-28h], xmm0
;;   0x0057: movss xmm0, [rbp-28h]
;;   0x005c: mov rbx, [rbp-10h]
;;   0x0060: mov rsp, rbp
;;   0x0063: pop rbp
;;   0x0064: ret 18h
;;   0x0067: ud2
;; function 1 (br_if_value):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0D6h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov ebx, [rbp+18h]
;;   0x009c: movsd xmm0, [rbp+10h]
;;   0x00a1: mulsd xmm0, [rbp+10h]
;;   0x00a6: test ebx, ebx
;;   0x00a8: je 0B8h
;;   0x00ae: movsd [rbp-28h], xmm0
;;   0x00b3: jmp 0C6h
;;   0x00b8: mov r11, 3FE0000000000000h
;;   0x00c2: mov [rbp-28h], r11
;;   0x00c6: movsd xmm0, [rbp-28h]
;;   0x00cb: mov rbx, [rbp-10h]
;;   0x00cf: mov rsp, rbp
;;   0x00d2: pop rbp
;;   0x00d3: ret 10h
;;   0x00d6: ud2
;; function 2 (loop_halve):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 40h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 165h
;;   0x00fa: sub rsp, 40h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov r11, [rbp+10h]
;;   0x0109: mov [rbp-28h], r11
;;   0x010d: mov r11, 3FE0000000000000h
;;   0x0117: movq xmm0, r11
;;   0x011c: movsd xmm1, [rbp-28h]
;;   0x0121: mulsd xmm1, xmm0
;;   0x0125: movsd [rbp+10h], xmm1
;;   0x012a: mov r11, 3FF0000000000000h
;;   0x0134: movq xmm0, r11
;;   0x0139: movsd xmm2, [rbp+10h]
;;   0x013e: ucomisd xmm2, xmm0
;;   0x0142: seta al
;;   0x0145: movzx eax, al
;;   0x0148: test eax, eax
;;   0x014a: je 15Ah
;;   0x0150: movsd [rbp-28h], xmm1
;;   0x0155: jmp 10Dh
;;   0x015a: movapd xmm0, xmm1
;;   0x015e: mov rsp, rbp
;;   0x0161: pop rbp
;;   0x0162: ret 8
;;   0x0165: ud2
