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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 0A1h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+18h]
;;   0x002c: movss xmm0, [rbp+10h]
;;   0x0031: mov r11d, 80000000h
;;   0x0037: movd xmm15, r11d
;;   0x003c: xorps xmm0, xmm15
;;   0x0040: mov eax, ebx
;;   0x0042: cmp eax, 2
;;   0x0045: jae 6Eh
;;   0x004b: lea r11, [5Ch]
;;   0x0052: movsxd rax, [r11+rax*4]
;;   0x0056: add r11, rax
;;   0x0059: jmp r11
;;   0x005c: .long 0x8  ; -> 0x0064
;;   0x0060: .long 0x12  ; -> 0x006e
;;   0x0064: movss [rbp-28h], xmm0
;;   0x0069: jmp 78h
;;   0x006e: movss [rbp-28h], xmm0
;;   0x0073: jmp 91h
;;   0x0078: mov r11d, 41200000h
;;   0x007e: movd xmm0, r11d
;;   0x0083: movss xmm1, [rbp-28h]
;;   0x0088: addss xmm1, xmm0
;;   0x008c: movss [rbp-28h], xmm1
;;   0x0091: movss xmm0, [rbp-28h]
;;   0x0096: mov rbx, [rbp-10h]
;;   0x009a: mov rsp, rbp
;;   0x009d: pop rbp
;;   0x009e: ret 10h
;;   0x00a1: ud2
;; function 1 (early_return):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 30h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 112h
;;   0x00ca: sub rsp, 30h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov [rbp-10h], rbx
;;   0x00d9: mov ebx, [rbp+18h]
;;   0x00dc: test ebx, ebx
;;   0x00de: jne 0F8h
;;   0x00e4: movsd xmm0, [rbp+10h]
;;   0x00e9: sqrtsd xmm0, xmm0
;;   0x00ed: mov rbx, [rbp-10h]
;;   0x00f1: mov rsp, rbp
;;   0x00f4: pop rbp
;;   0x00f5: ret 10h
;;   0x00f8: mov r11, 0BFF0000000000000h
;;   0x0102: movq xmm0, r11
;;   0x0107: mov rbx, [rbp-10h]
;;   0x010b: mov rsp, rbp
;;   0x010e: pop rbp
;;   0x010f: ret 10h
;;   0x0112: ud2
;; function 2 (if_params):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 40h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 1CCh
;;   0x013a: sub rsp, 40h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov [rbp-10h], rbx
;;   0x0149: mov ebx, [rbp+20h]
;;   0x014c: mov r11, [rbp+10h]
;;   0x0150: mov [rbp-28h], r11
;;   0x0154: mov r11, [rbp+18h]
;;   0x0158: mov [rbp-30h], r11
;;   0x015c: test ebx, ebx
;;   0x015e: je 178h
;;   0x0164: movsd xmm0, [rbp-28h]
;;   0x0169: divsd xmm0, [rbp-30h]
;;   0x016e: movsd [rbp-28h], xmm0
;;   0x0173: jmp 1BCh
;;   0x0178: movsd xmm0, [rbp-28h]
;;   0x017d: movsd xmm15, [rbp-30h]
;;   0x0183: ucomisd xmm0, xmm15
;;   0x0188: jp 1A8h
;;   0x018e: jne 19Eh
;;   0x0194: orpd xmm0, xmm15
;;   0x0199: jmp 1B7h
;;   0x019e: minsd xmm0, xmm15
;;   0x01a3: jmp 1B7h
;;   0x01a8: mov r11, 7FF8000000000000h
;;   0x01b2: movq xmm0, r11
;;   0x01b7: movsd [rbp-28h], xmm0
;;   0x01bc: movsd xmm0, [rbp-28h]
;;   0x01c1: mov rbx, [rbp-10h]
;;   0x01c5: mov rsp, rbp
;;   0x01c8: pop rbp
;;   0x01c9: ret 18h
;;   0x01cc: ud2
