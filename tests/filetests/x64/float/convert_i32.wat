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
;;   0x0033: ud2
;; function 1 (f32_u):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 74h
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, [rbp+10h]
;;   0x0068: cvtsi2ss xmm0, rax
;;   0x006d: mov rsp, rbp
;;   0x0070: pop rbp
;;   0x0071: ret 8
;;   0x0074: ud2
;; function 2 (f64_s):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B3h
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, [rbp+10h]
;;   0x00a8: cvtsi2sd xmm0, eax
;;   0x00ac: mov rsp, rbp
;;   0x00af: pop rbp
;;   0x00b0: ret 8
;;   0x00b3: ud2
;; function 3 (f64_u):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 10h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F4h
;;   0x00da: sub rsp, 10h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov eax, [rbp+10h]
;;   0x00e8: cvtsi2sd xmm0, rax
;;   0x00ed: mov rsp, rbp
;;   0x00f0: pop rbp
;;   0x00f1: ret 8
;;   0x00f4: ud2
;; function 4 (f64_u_computed):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 137h
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov eax, [rbp+10h]
;;   0x0128: sub eax, [rbp+18h]
;;   0x012b: cvtsi2sd xmm0, rax
;;   0x0130: mov rsp, rbp
;;   0x0133: pop rbp
;;   0x0134: ret 10h
;;   0x0137: ud2
