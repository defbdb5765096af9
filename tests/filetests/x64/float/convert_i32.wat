;;! target = "x86_64"

;; i32 to float: signed with a 32-bit cvtsi2s; unsigned with the 64-bit one,
;; exact because an i32 in a register is zero-extended.
(module
  (func (export "f32_s") (param i32) (result f32) (f32.convert_i32_s (local.get 0)))
  (func (export "f32_u") (param i32) (result f32) (f32.convert_i32_u (local.get 0)))
  (func (export "f64_s") (param i32) (result f64) (f64.convert_i32_s (local.get 0)))
  (func (export "f64_u") (param i32) (result f64) (f64.convert_i32_u (local.get 0)))
  (func (export "f64_u_computed") (param i32 i32) (result f64)
    (f64.convert_i32_u (i32.sub (local.get 0) (local.get 1)))))
;; function 0 (f32_s):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 33h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: cvtsi2ss xmm0, eax
;;   0x002c: mov rsp, rbp
;;   0x002f: pop rbp
;;   0x0030: ret 8
;;   0x0033: mov r11, [r14]
;;   0x0036: mov eax, 0Ah
;;   0x003b: mov rsp, [r11+8]
;;   0x003f: jmp qword ptr [r11+10h]
;; function 1 (f32_u):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 84h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: cvtsi2ss xmm0, rax
;;   0x007d: mov rsp, rbp
;;   0x0080: pop rbp
;;   0x0081: ret 8
;;   0x0084: mov r11, [r14]
;;   0x0087: mov eax, 0Ah
;;   0x008c: mov rsp, [r11+8]
;;   0x0090: jmp qword ptr [r11+10h]
;; function 2 (f64_s):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D3h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, [rbp+10h]
;;   0x00c8: cvtsi2sd xmm0, eax
;;   0x00cc: mov rsp, rbp
;;   0x00cf: pop rbp
;;   0x00d0: ret 8
;;   0x00d3: mov r11, [r14]
;;   0x00d6: mov eax, 0Ah
;;   0x00db: mov rsp, [r11+8]
;;   0x00df: jmp qword ptr [r11+10h]
;; function 3 (f64_u):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 10h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 124h
;;   0x010a: sub rsp, 10h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov eax, [rbp+10h]
;;   0x0118: cvtsi2sd xmm0, rax
;;   0x011d: mov rsp, rbp
;;   0x0120: pop rbp
;;   0x0121: ret 8
;;   0x0124: mov r11, [r14]
;;   0x0127: mov eax, 0Ah
;;   0x012c: mov rsp, [r11+8]
;;   0x0130: jmp qword ptr [r11+10h]
;; function 4 (f64_u_computed):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 20h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 177h
;;   0x015a: sub rsp, 20h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov eax, [rbp+10h]
;;   0x0168: sub eax, [rbp+18h]
;;   0x016b: cvtsi2sd xmm0, rax
;;   0x0170: mov rsp, rbp
;;   0x0173: pop rbp
;;   0x0174: ret 10h
;;   0x0177: mov r11, [r14]
;;   0x017a: mov eax, 0Ah
;;   0x017f: mov rsp, [r11+8]
;;   0x0183: jmp qword ptr [r11+10h]
