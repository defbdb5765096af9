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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 31h
;;   0x001a: sub rsp, 10h
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
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 76h
;;   0x005a: sub rsp, 10h
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
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B1h
;;   0x009a: sub rsp, 10h
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
;;   0x00ca: add r11, 10h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F7h
;;   0x00da: sub rsp, 10h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov rax, [rbp+10h]
;;   0x00e9: mov r11, [r14+20h]
;;   0x00ed: mov [r11], rax
;;   0x00f0: mov rsp, rbp
;;   0x00f3: pop rbp
;;   0x00f4: ret 8
;;   0x00f7: ud2
;; function 4 (get_f32):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 10h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 133h
;;   0x011a: sub rsp, 10h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov r11, [r14+28h]
;;   0x0129: movss xmm0, [r11]
;;   0x012e: mov rsp, rbp
;;   0x0131: pop rbp
;;   0x0132: ret
;;   0x0133: ud2
;; function 5 (set_f32):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 10h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 17Ah
;;   0x015a: sub rsp, 10h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: movss xmm0, [rbp+10h]
;;   0x016a: mov r11, [r14+28h]
;;   0x016e: movss [r11], xmm0
;;   0x0173: mov rsp, rbp
;;   0x0176: pop rbp
;;   0x0177: ret 8
;;   0x017a: ud2
;; function 6 (get_f64):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 10h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1B3h
;;   0x019a: sub rsp, 10h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov r11, [r14+30h]
;;   0x01a9: movsd xmm0, [r11]
;;   0x01ae: mov rsp, rbp
;;   0x01b1: pop rbp
;;   0x01b2: ret
;;   0x01b3: ud2
;; function 7 (set_f64_const):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 10h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 202h
;;   0x01da: sub rsp, 10h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov r11, 0C000000000000000h
;;   0x01ef: movq xmm0, r11
;;   0x01f4: mov r11, [r14+30h]
;;   0x01f8: movsd [r11], xmm0
;;   0x01fd: mov rsp, rbp
;;   0x0200: pop rbp
;;   0x0201: ret
;;   0x0202: ud2
;; function 8 (get_consts):
;;   0x0210: push rbp
;;   0x0211: mov rbp, rsp
;;   0x0214: mov r11, [r14]
;;   0x0217: mov r11, [r11]
;;   0x021a: add r11, 20h
;;   0x0221: cmp rsp, r11
;;   0x0224: jb 24Fh
;;   0x022a: sub rsp, 20h
;;   0x0231: mov [rbp-8], r14
;;   0x0235: mov r11, [r14+38h]
;;   0x0239: mov eax, [r11]
;;   0x023c: mov r11, [r14+40h]
;;   0x0240: movsd xmm0, [r11]
;;   0x0245: movsd [rbp+10h], xmm0
;;   0x024a: mov rsp, rbp
;;   0x024d: pop rbp
;;   0x024e: ret
;;   0x024f: ud2
;; function 9 (incr):
;;   0x0260: push rbp
;;   0x0261: mov rbp, rsp
;;   0x0264: mov r11, [r14]
;;   0x0267: mov r11, [r11]
;;   0x026a: add r11, 20h
;;   0x0271: cmp rsp, r11
;;   0x0274: jb 29Bh
;;   0x027a: sub rsp, 20h
;;   0x0281: mov [rbp-8], r14
;;   0x0285: mov r11, [r14+18h]
;;   0x0289: mov eax, [r11]
;;   0x028c: add eax, 1
;;   0x028f: mov r11, [r14+18h]
;;   0x0293: mov [r11], eax
;;   0x0296: mov rsp, rbp
;;   0x0299: pop rbp
;;   0x029a: ret
;;   0x029b: ud2
