;;! target = "x86_64"

;; Reinterpretations move the bits between register classes (movd/movq);
;; from a local they are a load into the new class; constants stay constants.
(module
  (func (export "i32_from_f32") (param f32) (result i32) (i32.reinterpret_f32 (local.get 0)))
  (func (export "f32_from_i32") (param i32) (result f32) (f32.reinterpret_i32 (local.get 0)))
  (func (export "i64_from_f64") (param f64) (result i64) (i64.reinterpret_f64 (local.get 0)))
  (func (export "f64_from_i64") (param i64) (result f64) (f64.reinterpret_i64 (local.get 0)))
  (func (export "from_regs") (param f32 i64) (result i32 f64)
    (i32.reinterpret_f32 (f32.add (local.get 0) (local.get 0)))
    (f64.reinterpret_i64 (i64.add (local.get 1) (local.get 1))))
  (func (export "consts") (result i32 f64)
    (i32.reinterpret_f32 (f32.const -1))
    (f64.reinterpret_i64 (i64.const 0x4000000000000000))))
;; function 0 (i32_from_f32):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Fh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: mov rsp, rbp
;;   0x002b: pop rbp
;;   0x002c: ret 8
;;   0x002f: mov r11, [r14]
;;   0x0032: mov eax, 0Ah
;;   0x0037: mov rsp, [r11+8]
;;   0x003b: jmp qword ptr [r11+10h]
;; function 1 (f32_from_i32):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 71h
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: movss xmm0, [rbp+10h]
;;   0x006a: mov rsp, rbp
;;   0x006d: pop rbp
;;   0x006e: ret 8
;;   0x0071: mov r11, [r14]
;;   0x0074: mov eax, 0Ah
;;   0x0079: mov rsp, [r11+8]
;;   0x007d: jmp qword ptr [r11+10h]
;; function 2 (i64_from_f64):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 10h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0C0h
;;   0x00aa: sub rsp, 10h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov rax, [rbp+10h]
;;   0x00b9: mov rsp, rbp
;;   0x00bc: pop rbp
;;   0x00bd: ret 8
;;   0x00c0: mov r11, [r14]
;;   0x00c3: mov eax, 0Ah
;;   0x00c8: mov rsp, [r11+8]
;;   0x00cc: jmp qword ptr [r11+10h]
;; function 3 (f64_from_i64):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 10h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 101h
;;   0x00ea: sub rsp, 10h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: movsd xmm0, [rbp+10h]
;;   0x00fa: mov rsp, rbp
;;   0x00fd: pop rbp
;;   0x00fe: ret 8
;;   0x0101: mov r11, [r14]
;;   0x0104: mov eax, 0Ah
;;   0x0109: mov rsp, [r11+8]
;;   0x010d: jmp qword ptr [r11+10h]
;; function 4 (from_regs):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 20h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 16Ch
;;   0x013a: sub rsp, 20h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: movss xmm0, [rbp+10h]
;;   0x014a: addss xmm0, [rbp+10h]
;;   0x014f: movd eax, xmm0
;;   0x0153: mov rcx, [rbp+18h]
;;   0x0157: add rcx, [rbp+18h]
;;   0x015b: movq xmm0, rcx
;;   0x0160: movsd [rbp+20h], xmm0
;;   0x0165: mov rsp, rbp
;;   0x0168: pop rbp
;;   0x0169: ret 10h
;;   0x016c: mov r11, [r14]
;;   0x016f: mov eax, 0Ah
;;   0x0174: mov rsp, [r11+8]
;;   0x0178: jmp qword ptr [r11+10h]
;; function 5 (consts):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 20h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1BDh
;;   0x019a: sub rsp, 20h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov r11, 4000000000000000h
;;   0x01af: mov [rbp+10h], r11
;;   0x01b3: mov eax, 0BF800000h
;;   0x01b8: mov rsp, rbp
;;   0x01bb: pop rbp
;;   0x01bc: ret
;;   0x01bd: mov r11, [r14]
;;   0x01c0: mov eax, 0Ah
;;   0x01c5: mov rsp, [r11+8]
;;   0x01c9: jmp qword ptr [r11+10h]
