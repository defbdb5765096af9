;;! target = "x86_64"

;; Float params, declared locals (zeroed), local.set/tee and results.
(module
  (func (export "swap_sum") (param f32 f64) (result f64)
    (local f32 f64)
    (local.set 2 (local.get 0))
    (local.set 3 (local.tee 1 (f64.add (local.get 1) (f64.const 1))))
    (f64.add (f64.promote_f32 (local.get 2)) (local.get 3)))
  (func (export "set_hazard") (param f32) (result f32)
    (local.get 0)
    (local.set 0 (f32.const 2))
    (local.get 0)
    f32.sub)
  (func (export "zeroed") (result f64)
    (local f64)
    (local.get 0)))
;; function 0 (swap_sum):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 73h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov dword ptr [rbp-10h], 0
;;   0x002c: mov qword ptr [rbp-18h], 0
;;   0x0034: mov r11d, [rbp+10h]
;;   0x0038: mov [rbp-10h], r11d
;;   0x003c: mov r11, 3FF0000000000000h
;;   0x0046: movq xmm0, r11
;;   0x004b: movsd xmm1, [rbp+18h]
;;   0x0050: addsd xmm1, xmm0
;;   0x0054: movsd [rbp+18h], xmm1
;;   0x0059: movsd [rbp-18h], xmm1
;;   0x005e: movss xmm0, [rbp-10h]
;;   0x0063: cvtss2sd xmm0, xmm0
;;   0x0067: addsd xmm0, [rbp-18h]
;;   0x006c: mov rsp, rbp
;;   0x006f: pop rbp
;;   0x0070: ret 10h
;;   0x0073: mov r11, [r14]
;;   0x0076: mov eax, 0Ah
;;   0x007b: mov rsp, [r11+8]
;;   0x007f: jmp qword ptr [r11+10h]
;; function 1 (set_hazard):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 20h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0D5h
;;   0x00aa: sub rsp, 20h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov r11d, [rbp+10h]
;;   0x00b9: mov [rbp-10h], r11d
;;   0x00bd: mov dword ptr [rbp+10h], 40000000h
;;   0x00c4: movss xmm0, [rbp-10h]
;;   0x00c9: subss xmm0, [rbp+10h]
;;   0x00ce: mov rsp, rbp
;;   0x00d1: pop rbp
;;   0x00d2: ret 8
;;   0x00d5: mov r11, [r14]
;;   0x00d8: mov eax, 0Ah
;;   0x00dd: mov rsp, [r11+8]
;;   0x00e1: jmp qword ptr [r11+10h]
;; function 2 (zeroed):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 127h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov qword ptr [rbp-10h], 0
;;   0x011d: movsd xmm0, [rbp-10h]
;;   0x0122: mov rsp, rbp
;;   0x0125: pop rbp
;;   0x0126: ret
;;   0x0127: mov r11, [r14]
;;   0x012a: mov eax, 0Ah
;;   0x012f: mov rsp, [r11+8]
;;   0x0133: jmp qword ptr [r11+10h]
