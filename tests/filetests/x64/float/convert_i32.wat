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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Dh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: cvtsi2ss xmm0, eax
;;   0x0032: mov rbx, [rbp-10h]
;;   0x0036: mov rsp, rbp
;;   0x0039: pop rbp
;;   0x003a: ret 8
;;   0x003d: ud2
;; function 1 (f32_u):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Eh
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov ebx, [rbp+10h]
;;   0x006c: mov eax, ebx
;;   0x006e: cvtsi2ss xmm0, rax
;;   0x0073: mov rbx, [rbp-10h]
;;   0x0077: mov rsp, rbp
;;   0x007a: pop rbp
;;   0x007b: ret 8
;;   0x007e: ud2
;; function 2 (f64_s):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BDh
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov ebx, [rbp+10h]
;;   0x00ac: mov eax, ebx
;;   0x00ae: cvtsi2sd xmm0, eax
;;   0x00b2: mov rbx, [rbp-10h]
;;   0x00b6: mov rsp, rbp
;;   0x00b9: pop rbp
;;   0x00ba: ret 8
;;   0x00bd: ud2
;; function 3 (f64_u):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0FEh
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov ebx, [rbp+10h]
;;   0x00ec: mov eax, ebx
;;   0x00ee: cvtsi2sd xmm0, rax
;;   0x00f3: mov rbx, [rbp-10h]
;;   0x00f7: mov rsp, rbp
;;   0x00fa: pop rbp
;;   0x00fb: ret 8
;;   0x00fe: ud2
;; function 4 (f64_u_computed):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 30h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 14Dh
;;   0x011a: sub rsp, 30h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov [rbp-10h], rbx
;;   0x0129: mov [rbp-18h], r12
;;   0x012d: mov ebx, [rbp+10h]
;;   0x0130: mov r12d, [rbp+18h]
;;   0x0134: mov eax, ebx
;;   0x0136: sub eax, r12d
;;   0x0139: cvtsi2sd xmm0, rax
;;   0x013e: mov rbx, [rbp-10h]
;;   0x0142: mov r12, [rbp-18h]
;;   0x0146: mov rsp, rbp
;;   0x0149: pop rbp
;;   0x014a: ret 10h
;;   0x014d: ud2
