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
;;   0x0031: mov r11, [r14]
;;   0x0034: mov eax, 0Ah
;;   0x0039: mov rsp, [r11+8]
;;   0x003d: jmp qword ptr [r11+10h]
;; function 1 (set_i32_const):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 86h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, 7
;;   0x007a: mov r11, [r14+18h]
;;   0x007e: mov [r11], eax
;;   0x0081: mov rsp, rbp
;;   0x0084: pop rbp
;;   0x0085: ret
;;   0x0086: mov r11, [r14]
;;   0x0089: mov eax, 0Ah
;;   0x008e: mov rsp, [r11+8]
;;   0x0092: jmp qword ptr [r11+10h]
;; function 2 (get_i64):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D1h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov r11, [r14+20h]
;;   0x00c9: mov rax, [r11]
;;   0x00cc: mov rsp, rbp
;;   0x00cf: pop rbp
;;   0x00d0: ret
;;   0x00d1: mov r11, [r14]
;;   0x00d4: mov eax, 0Ah
;;   0x00d9: mov rsp, [r11+8]
;;   0x00dd: jmp qword ptr [r11+10h]
;; function 3 (set_i64):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 10h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 127h
;;   0x010a: sub rsp, 10h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov rax, [rbp+10h]
;;   0x0119: mov r11, [r14+20h]
;;   0x011d: mov [r11], rax
;;   0x0120: mov rsp, rbp
;;   0x0123: pop rbp
;;   0x0124: ret 8
;;   0x0127: mov r11, [r14]
;;   0x012a: mov eax, 0Ah
;;   0x012f: mov rsp, [r11+8]
;;   0x0133: jmp qword ptr [r11+10h]
;; function 4 (get_f32):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 10h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 173h
;;   0x015a: sub rsp, 10h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov r11, [r14+28h]
;;   0x0169: movss xmm0, [r11]
;;   0x016e: mov rsp, rbp
;;   0x0171: pop rbp
;;   0x0172: ret
;;   0x0173: mov r11, [r14]
;;   0x0176: mov eax, 0Ah
;;   0x017b: mov rsp, [r11+8]
;;   0x017f: jmp qword ptr [r11+10h]
;; function 5 (set_f32):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 10h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1CAh
;;   0x01aa: sub rsp, 10h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: movss xmm0, [rbp+10h]
;;   0x01ba: mov r11, [r14+28h]
;;   0x01be: movss [r11], xmm0
;;   0x01c3: mov rsp, rbp
;;   0x01c6: pop rbp
;;   0x01c7: ret 8
;;   0x01ca: mov r11, [r14]
;;   0x01cd: mov eax, 0Ah
;;   0x01d2: mov rsp, [r11+8]
;;   0x01d6: jmp qword ptr [r11+10h]
;; function 6 (get_f64):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 10h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 213h
;;   0x01fa: sub rsp, 10h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov r11, [r14+30h]
;;   0x0209: movsd xmm0, [r11]
;;   0x020e: mov rsp, rbp
;;   0x0211: pop rbp
;;   0x0212: ret
;;   0x0213: mov r11, [r14]
;;   0x0216: mov eax, 0Ah
;;   0x021b: mov rsp, [r11+8]
;;   0x021f: jmp qword ptr [r11+10h]
;; function 7 (set_f64_const):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 10h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 272h
;;   0x024a: sub rsp, 10h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov r11, 0C000000000000000h
;;   0x025f: movq xmm0, r11
;;   0x0264: mov r11, [r14+30h]
;;   0x0268: movsd [r11], xmm0
;;   0x026d: mov rsp, rbp
;;   0x0270: pop rbp
;;   0x0271: ret
;;   0x0272: mov r11, [r14]
;;   0x0275: mov eax, 0Ah
;;   0x027a: mov rsp, [r11+8]
;;   0x027e: jmp qword ptr [r11+10h]
;; function 8 (get_consts):
;;   0x0290: push rbp
;;   0x0291: mov rbp, rsp
;;   0x0294: mov r11, [r14]
;;   0x0297: mov r11, [r11]
;;   0x029a: add r11, 20h
;;   0x02a1: cmp rsp, r11
;;   0x02a4: jb 2CFh
;;   0x02aa: sub rsp, 20h
;;   0x02b1: mov [rbp-8], r14
;;   0x02b5: mov r11, [r14+38h]
;;   0x02b9: mov eax, [r11]
;;   0x02bc: mov r11, [r14+40h]
;;   0x02c0: movsd xmm0, [r11]
;;   0x02c5: movsd [rbp+10h], xmm0
;;   0x02ca: mov rsp, rbp
;;   0x02cd: pop rbp
;;   0x02ce: ret
;;   0x02cf: mov r11, [r14]
;;   0x02d2: mov eax, 0Ah
;;   0x02d7: mov rsp, [r11+8]
;;   0x02db: jmp qword ptr [r11+10h]
;; function 9 (incr):
;;   0x02e0: push rbp
;;   0x02e1: mov rbp, rsp
;;   0x02e4: mov r11, [r14]
;;   0x02e7: mov r11, [r11]
;;   0x02ea: add r11, 20h
;;   0x02f1: cmp rsp, r11
;;   0x02f4: jb 31Bh
;;   0x02fa: sub rsp, 20h
;;   0x0301: mov [rbp-8], r14
;;   0x0305: mov r11, [r14+18h]
;;   0x0309: mov eax, [r11]
;;   0x030c: add eax, 1
;;   0x030f: mov r11, [r14+18h]
;;   0x0313: mov [r11], eax
;;   0x0316: mov rsp, rbp
;;   0x0319: pop rbp
;;   0x031a: ret
;;   0x031b: mov r11, [r14]
;;   0x031e: mov eax, 0Ah
;;   0x0323: mov rsp, [r11+8]
;;   0x0327: jmp qword ptr [r11+10h]
