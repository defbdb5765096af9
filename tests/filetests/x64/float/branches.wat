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
;;   0x0097: ud2
;; function 1 (early_return):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0F6h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, [rbp+18h]
;;   0x00c8: test eax, eax
;;   0x00ca: jne 0E0h
;;   0x00d0: movsd xmm0, [rbp+10h]
;;   0x00d5: sqrtsd xmm0, xmm0
;;   0x00d9: mov rsp, rbp
;;   0x00dc: pop rbp
;;   0x00dd: ret 10h
;;   0x00e0: mov r11, 0BFF0000000000000h
;;   0x00ea: movq xmm0, r11
;;   0x00ef: mov rsp, rbp
;;   0x00f2: pop rbp
;;   0x00f3: ret 10h
;;   0x00f6: ud2
;; function 2 (if_params):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 1A4h
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov eax, [rbp+20h]
;;   0x0128: mov r11, [rbp+10h]
;;   0x012c: mov [rbp-10h], r11
;;   0x0130: mov r11, [rbp+18h]
;;   0x0134: mov [rbp-18h], r11
;;   0x0138: test eax, eax
;;   0x013a: je 154h
;;   0x0140: movsd xmm0, [rbp-10h]
;;   0x0145: divsd xmm0, [rbp-18h]
;;   0x014a: movsd [rbp-10h], xmm0
;;   0x014f: jmp 198h
;;   0x0154: movsd xmm0, [rbp-10h]
;;   0x0159: movsd xmm15, [rbp-18h]
;;   0x015f: ucomisd xmm0, xmm15
;;   0x0164: jp 184h
;;   0x016a: jne 17Ah
;;   0x0170: orpd xmm0, xmm15
;;   0x0175: jmp 193h
;;   0x017a: minsd xmm0, xmm15
;;   0x017f: jmp 193h
;;   0x0184: mov r11, 7FF8000000000000h
;;   0x018e: movq xmm0, r11
;;   0x0193: movsd [rbp-10h], xmm0
;;   0x0198: movsd xmm0, [rbp-10h]
;;   0x019d: mov rsp, rbp
;;   0x01a0: pop rbp
;;   0x01a1: ret 18h
;;   0x01a4: ud2
