;;! target = "x86_64"

;; Float values on branch edges: br_table targets with moves (the f32 value
;; moved to the target's slot in a stub after the table), an early `return`
;; of an f64 from inside nested blocks, and an if with float parameters.
(module
  (func (export "br_table_f32") (param f32 i32) (result f32)
    (block (result f32)
      (block (result f32)
        (f32.neg (local.get 0))
        (local.get 1)
        (br_table 0 1 1))
      (f32.const 10)
      (f32.add)))
  (func (export "early_return") (param f64 i32) (result f64)
    (block
      (block
        (br_if 1 (local.get 1))
        (return (f64.sqrt (local.get 0)))))
    (f64.const -1))
  (func (export "if_params") (param f64 f64 i32) (result f64)
    (local.get 0)
    (local.get 1)
    (if (param f64 f64) (result f64) (local.get 2)
      (then (f64.div))
      (else (f64.min)))))
;; function 0 (br_table_f32):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 97h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: mov r11d, 80000000h
;;   0x0030: movd xmm15, r11d
;;   0x0035: xorps xmm0, xmm15
;;   0x0039: mov eax, [rbp+18h]
;;   0x003c: cmp eax, 2
;;   0x003f: jae 68h
;;   0x0045: lea r11, [56h]
;;   0x004c: movsxd rax, [r11+rax*4]
;;   0x0050: add r11, rax
;;   0x0053: jmp r11
;;   0x0056: .long 0x8  ; -> 0x005e
;;   0x005a: .long 0x12  ; -> 0x0068
;;   0x005e: movss [rbp-10h], xmm0
;;   0x0063: jmp 72h
;;   0x0068: movss [rbp-10h], xmm0
;;   0x006d: jmp 8Bh
;;   0x0072: mov r11d, 41200000h
;;   0x0078: movd xmm0, r11d
;;   0x007d: movss xmm1, [rbp-10h]
;;   0x0082: addss xmm1, xmm0
;;   0x0086: movss [rbp-10h], xmm1
;;   0x008b: movss xmm0, [rbp-10h]
;;   0x0090: mov rsp, rbp
;;   0x0093: pop rbp
;;   0x0094: ret 10h
;;   0x0097: mov r11, [r14]
;;   0x009a: mov eax, 0Ah
;;   0x009f: mov rsp, [r11+8]
;;   0x00a3: jmp qword ptr [r11+10h]
;; function 1 (early_return):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 10h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 106h
;;   0x00ca: sub rsp, 10h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov eax, [rbp+18h]
;;   0x00d8: test eax, eax
;;   0x00da: jne 0F0h
;;   0x00e0: movsd xmm0, [rbp+10h]
;;   0x00e5: sqrtsd xmm0, xmm0
;;   0x00e9: mov rsp, rbp
;;   0x00ec: pop rbp
;;   0x00ed: ret 10h
;;   0x00f0: mov r11, 0BFF0000000000000h
;;   0x00fa: movq xmm0, r11
;;   0x00ff: mov rsp, rbp
;;   0x0102: pop rbp
;;   0x0103: ret 10h
;;   0x0106: mov r11, [r14]
;;   0x0109: mov eax, 0Ah
;;   0x010e: mov rsp, [r11+8]
;;   0x0112: jmp qword ptr [r11+10h]
;; function 2 (if_params):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 20h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 1C4h
;;   0x013a: sub rsp, 20h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov eax, [rbp+20h]
;;   0x0148: mov r11, [rbp+10h]
;;   0x014c: mov [rbp-10h], r11
;;   0x0150: mov r11, [rbp+18h]
;;   0x0154: mov [rbp-18h], r11
;;   0x0158: test eax, eax
;;   0x015a: je 174h
;;   0x0160: movsd xmm0, [rbp-10h]
;;   0x0165: divsd xmm0, [rbp-18h]
;;   0x016a: movsd [rbp-10h], xmm0
;;   0x016f: jmp 1B8h
;;   0x0174: movsd xmm0, [rbp-10h]
;;   0x0179: movsd xmm15, [rbp-18h]
;;   0x017f: ucomisd xmm0, xmm15
;;   0x0184: jp 1A4h
;;   0x018a: jne 19Ah
;;   0x0190: orpd xmm0, xmm15
;;   0x0195: jmp 1B3h
;;   0x019a: minsd xmm0, xmm15
;;   0x019f: jmp 1B3h
;;   0x01a4: mov r11, 7FF8000000000000h
;;   0x01ae: movq xmm0, r11
;;   0x01b3: movsd [rbp-10h], xmm0
;;   0x01b8: movsd xmm0, [rbp-10h]
;;   0x01bd: mov rsp, rbp
;;   0x01c0: pop rbp
;;   0x01c1: ret 18h
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov eax, 0Ah
;;   0x01cc: mov rsp, [r11+8]
;;   0x01d0: jmp qword ptr [r11+10h]
