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
;;   0x00c4: jb 114h
;;   0x00ca: sub rsp, 30h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov [rbp-10h], rbx
;;   0x00d9: mov ebx, [rbp+18h]
;;   0x00dc: mov eax, ebx
;;   0x00de: test eax, eax
;;   0x00e0: jne 0FAh
;;   0x00e6: movsd xmm0, [rbp+10h]
;;   0x00eb: sqrtsd xmm0, xmm0
;;   0x00ef: mov rbx, [rbp-10h]
;;   0x00f3: mov rsp, rbp
;;   0x00f6: pop rbp
;;   0x00f7: ret 10h
;;   0x00fa: mov r11, 0BFF0000000000000h
;;   0x0104: movq xmm0, r11
;;   0x0109: mov rbx, [rbp-10h]
;;   0x010d: mov rsp, rbp
;;   0x0110: pop rbp
;;   0x0111: ret 10h
;;   0x0114: ud2
;; function 2 (if_params):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 40h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 1CEh
;;   0x013a: sub rsp, 40h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov [rbp-10h], rbx
;;   0x0149: mov ebx, [rbp+20h]
;;   0x014c: mov eax, ebx
;;   0x014e: mov r11, [rbp+10h]
;;   0x0152: mov [rbp-28h], r11
;;   0x0156: mov r11, [rbp+18h]
;;   0x015a: mov [rbp-30h], r11
;;   0x015e: test eax, eax
;;   0x0160: je 17Ah
;;   0x0166: movsd xmm0, [rbp-28h]
;;   0x016b: divsd xmm0, [rbp-30h]
;;   0x0170: movsd [rbp-28h], xmm0
;;   0x0175: jmp 1BEh
;;   0x017a: movsd xmm0, [rbp-28h]
;;   0x017f: movsd xmm15, [rbp-30h]
;;   0x0185: ucomisd xmm0, xmm15
;;   0x018a: jp 1AAh
;;   0x0190: jne 1A0h
;;   0x0196: orpd xmm0, xmm15
;;   0x019b: jmp 1B9h
;;   0x01a0: minsd xmm0, xmm15
;;   0x01a5: jmp 1B9h
;;   0x01aa: mov r11, 7FF8000000000000h
;;   0x01b4: movq xmm0, r11
;;   0x01b9: movsd [rbp-28h], xmm0
;;   0x01be: movsd xmm0, [rbp-28h]
;;   0x01c3: mov rbx, [rbp-10h]
;;   0x01c7: mov rsp, rbp
;;   0x01ca: pop rbp
;;   0x01cb: ret 18h
;;   0x01ce: ud2
