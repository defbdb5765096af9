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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Fh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: mov rsp, rbp
;;   0x002b: pop rbp
;;   0x002c: ret 8
;;   0x002f: ud2
;; function 1 (f32_from_i32):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Bh
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov ebx, [rbp+10h]
;;   0x006c: movd xmm0, ebx
;;   0x0070: mov rbx, [rbp-10h]
;;   0x0074: mov rsp, rbp
;;   0x0077: pop rbp
;;   0x0078: ret 8
;;   0x007b: ud2
;; function 2 (i64_from_f64):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B0h
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov rax, [rbp+10h]
;;   0x00a9: mov rsp, rbp
;;   0x00ac: pop rbp
;;   0x00ad: ret 8
;;   0x00b0: ud2
;; function 3 (f64_from_i64):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0FDh
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov rbx, [rbp+10h]
;;   0x00ed: movq xmm0, rbx
;;   0x00f2: mov rbx, [rbp-10h]
;;   0x00f6: mov rsp, rbp
;;   0x00f9: pop rbp
;;   0x00fa: ret 8
;;   0x00fd: ud2
;; function 4 (from_regs):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 40h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 156h
;;   0x011a: sub rsp, 40h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov [rbp-10h], rbx
;;   0x0129: mov rbx, [rbp+18h]
;;   0x012d: movss xmm0, [rbp+10h]
;;   0x0132: addss xmm0, [rbp+10h]
;;   0x0137: movd eax, xmm0
;;   0x013b: mov rcx, rbx
;;   0x013e: add rcx, rbx
;;   0x0141: movq xmm0, rcx
;;   0x0146: movsd [rbp+20h], xmm0
;;   0x014b: mov rbx, [rbp-10h]
;;   0x014f: mov rsp, rbp
;;   0x0152: pop rbp
;;   0x0153: ret 10h
;;   0x0156: ud2
;; function 5 (consts):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 30h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 19Dh
;;   0x017a: sub rsp, 30h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov r11, 4000000000000000h
;;   0x018f: mov [rbp+10h], r11
;;   0x0193: mov eax, 0BF800000h
;;   0x0198: mov rsp, rbp
;;   0x019b: pop rbp
;;   0x019c: ret
;;   0x019d: ud2
