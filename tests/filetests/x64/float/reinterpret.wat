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
;;   0x002f: ud2
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
;;   0x0071: ud2
;; function 2 (i64_from_f64):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B0h
;;   0x009a: sub rsp, 10h
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
;;   0x00ca: add r11, 10h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F1h
;;   0x00da: sub rsp, 10h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: movsd xmm0, [rbp+10h]
;;   0x00ea: mov rsp, rbp
;;   0x00ed: pop rbp
;;   0x00ee: ret 8
;;   0x00f1: ud2
;; function 4 (from_regs):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 14Ch
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: movss xmm0, [rbp+10h]
;;   0x012a: addss xmm0, [rbp+10h]
;;   0x012f: movd eax, xmm0
;;   0x0133: mov rcx, [rbp+18h]
;;   0x0137: add rcx, [rbp+18h]
;;   0x013b: movq xmm0, rcx
;;   0x0140: movsd [rbp+20h], xmm0
;;   0x0145: mov rsp, rbp
;;   0x0148: pop rbp
;;   0x0149: ret 10h
;;   0x014c: ud2
;; function 5 (consts):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 20h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 18Dh
;;   0x016a: sub rsp, 20h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov r11, 4000000000000000h
;;   0x017f: mov [rbp+10h], r11
;;   0x0183: mov eax, 0BF800000h
;;   0x0188: mov rsp, rbp
;;   0x018b: pop rbp
;;   0x018c: ret
;;   0x018d: ud2
