;;! target = "x86_64"

;; Defined globals of every number type, mutable and immutable: each is a
;; 16-byte cell reached through its pointer in the vmctx (global i at
;; 0x18 + 8*i here); i32/f32 are 4-byte accesses, i64/f64 8-byte ones.
(module
  (global $i32 (mut i32) (i32.const 1))
  (global $i64 (mut i64) (i64.const 2))
  (global $f32 (mut f32) (f32.const 3))
  (global $f64 (mut f64) (f64.const 4))
  (global $ci32 i32 (i32.const -1))
  (global $cf64 f64 (f64.const 0.5))
  (func (export "get_i32") (result i32) (global.get $i32))
  (func (export "set_i32_const") (global.set $i32 (i32.const 7)))
  (func (export "get_i64") (result i64) (global.get $i64))
  (func (export "set_i64") (param i64) (global.set $i64 (local.get 0)))
  (func (export "get_f32") (result f32) (global.get $f32))
  (func (export "set_f32") (param f32) (global.set $f32 (local.get 0)))
  (func (export "get_f64") (result f64) (global.get $f64))
  (func (export "set_f64_const") (global.set $f64 (f64.const -2)))
  (func (export "get_consts") (result i32 f64) (global.get $ci32) (global.get $cf64))
  (func (export "incr") (global.set $i32 (i32.add (global.get $i32) (i32.const 1)))))
;; function 0 (get_i32):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 31h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r11, [r14+18h]
;;   0x0029: mov eax, [r11]
;;   0x002c: mov rsp, rbp
;;   0x002f: pop rbp
;;   0x0030: ret
;;   0x0031: ud2
;; function 1 (set_i32_const):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 76h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, 7
;;   0x006a: mov r11, [r14+18h]
;;   0x006e: mov [r11], eax
;;   0x0071: mov rsp, rbp
;;   0x0074: pop rbp
;;   0x0075: ret
;;   0x0076: ud2
;; function 2 (get_i64):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B1h
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov r11, [r14+20h]
;;   0x00a9: mov rax, [r11]
;;   0x00ac: mov rsp, rbp
;;   0x00af: pop rbp
;;   0x00b0: ret
;;   0x00b1: ud2
;; function 3 (set_i64):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 102h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov rbx, [rbp+10h]
;;   0x00ed: mov rax, rbx
;;   0x00f0: mov r11, [r14+20h]
;;   0x00f4: mov [r11], rax
;;   0x00f7: mov rbx, [rbp-10h]
;;   0x00fb: mov rsp, rbp
;;   0x00fe: pop rbp
;;   0x00ff: ret 8
;;   0x0102: ud2
;; function 4 (get_f32):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 30h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 143h
;;   0x012a: sub rsp, 30h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov r11, [r14+28h]
;;   0x0139: movss xmm0, [r11]
;;   0x013e: mov rsp, rbp
;;   0x0141: pop rbp
;;   0x0142: ret
;;   0x0143: ud2
;; function 5 (set_f32):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 18Ah
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: movss xmm0, [rbp+10h]
;;   0x017a: mov r11, [r14+28h]
;;   0x017e: movss [r11], xmm0
;;   0x0183: mov rsp, rbp
;;   0x0186: pop rbp
;;   0x0187: ret 8
;;   0x018a: ud2
;; function 6 (get_f64):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1C3h
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov r11, [r14+30h]
;;   0x01b9: movsd xmm0, [r11]
;;   0x01be: mov rsp, rbp
;;   0x01c1: pop rbp
;;   0x01c2: ret
;;   0x01c3: ud2
;; function 7 (set_f64_const):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 30h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 212h
;;   0x01ea: sub rsp, 30h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov r11, 0C000000000000000h
;;   0x01ff: movq xmm0, r11
;;   0x0204: mov r11, [r14+30h]
;;   0x0208: movsd [r11], xmm0
;;   0x020d: mov rsp, rbp
;;   0x0210: pop rbp
;;   0x0211: ret
;;   0x0212: ud2
;; function 8 (get_consts):
;;   0x0220: push rbp
;;   0x0221: mov rbp, rsp
;;   0x0224: mov r11, [r14]
;;   0x0227: mov r11, [r11]
;;   0x022a: add r11, 30h
;;   0x0231: cmp rsp, r11
;;   0x0234: jb 25Fh
;;   0x023a: sub rsp, 30h
;;   0x0241: mov [rbp-8], r14
;;   0x0245: mov r11, [r14+38h]
;;   0x0249: mov eax, [r11]
;;   0x024c: mov r11, [r14+40h]
;;   0x0250: movsd xmm0, [r11]
;;   0x0255: movsd [rbp+10h], xmm0
;;   0x025a: mov rsp, rbp
;;   0x025d: pop rbp
;;   0x025e: ret
;;   0x025f: ud2
;; function 9 (incr):
;;   0x0270: push rbp
;;   0x0271: mov rbp, rsp
;;   0x0274: mov r11, [r14]
;;   0x0277: mov r11, [r11]
;;   0x027a: add r11, 30h
;;   0x0281: cmp rsp, r11
;;   0x0284: jb 2ABh
;;   0x028a: sub rsp, 30h
;;   0x0291: mov [rbp-8], r14
;;   0x0295: mov r11, [r14+18h]
;;   0x0299: mov eax, [r11]
;;   0x029c: add eax, 1
;;   0x029f: mov r11, [r14+18h]
;;   0x02a3: mov [r11], eax
;;   0x02a6: mov rsp, rbp
;;   0x02a9: pop rbp
;;   0x02aa: ret
;;   0x02ab: ud2
