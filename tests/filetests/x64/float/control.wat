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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Fh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: test eax, eax
;;   0x002a: je 44h
;;   0x0030: movss xmm0, [rbp+18h]
;;   0x0035: addss xmm0, [rbp+20h]
;;   0x003a: movss [rbp-10h], xmm0
;;   0x003f: jmp 53h
;;   0x0044: movss xmm0, [rbp+18h]
;;   0x0049: subss xmm0, [rbp+20h]
;;   0x004e: movss [rbp-10h], xmm0
;;   0x0053: movss xmm0, [rbp-10h]
;;   0x0058: mov rsp, rbp
;;   0x005b: pop rbp
;;   0x005c: ret 18h
;;   0x005f: ud2
;; function 1 (br_if_value):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 20h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0CEh
;;   0x008a: sub rsp, 20h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: movsd xmm0, [rbp+10h]
;;   0x009a: mulsd xmm0, [rbp+10h]
;;   0x009f: mov eax, [rbp+18h]
;;   0x00a2: test eax, eax
;;   0x00a4: je 0B4h
;;   0x00aa: movsd [rbp-10h], xmm0
;;   0x00af: jmp 0C2h
;;   0x00b4: mov r11, 3FE0000000000000h
;;   0x00be: mov [rbp-10h], r11
;;   0x00c2: movsd xmm0, [rbp-10h]
;;   0x00c7: mov rsp, rbp
;;   0x00ca: pop rbp
;;   0x00cb: ret 10h
;;   0x00ce: ud2
;; function 2 (loop_halve):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 20h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 155h
;;   0x00ea: sub rsp, 20h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov r11, [rbp+10h]
;;   0x00f9: mov [rbp-10h], r11
;;   0x00fd: mov r11, 3FE0000000000000h
;;   0x0107: movq xmm0, r11
;;   0x010c: movsd xmm1, [rbp-10h]
;;   0x0111: mulsd xmm1, xmm0
;;   0x0115: movsd [rbp+10h], xmm1
;;   0x011a: mov r11, 3FF0000000000000h
;;   0x0124: movq xmm0, r11
;;   0x0129: movsd xmm2, [rbp+10h]
;;   0x012e: ucomisd xmm2, xmm0
;;   0x0132: seta al
;;   0x0135: movzx eax, al
;;   0x0138: test eax, eax
;;   0x013a: je 14Ah
;;   0x0140: movsd [rbp-10h], xmm1
;;   0x0145: jmp 0FDh
;;   0x014a: movapd xmm0, xmm1
;;   0x014e: mov rsp, rbp
;;   0x0151: pop rbp
;;   0x0152: ret 8
;;   0x0155: ud2
