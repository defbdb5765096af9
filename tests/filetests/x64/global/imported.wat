;;! target = "x86_64"

;; Imported globals come first in the index space and are reached through
;; the same cell pointers as defined ones (the cell belongs to the owner).
(module
  (import "env" "g_i32" (global $gi (mut i32)))
  (import "env" "g_f64" (global $gf f64))
  (import "env" "g_i64" (global $gl i64))
  (global $own (mut f32) (f32.const 0))
  (func (export "get_imported") (result i32) (global.get $gi))
  (func (export "set_imported") (param i32) (global.set $gi (local.get 0)))
  (func (export "get_imported_const") (result f64) (global.get $gf))
  (func (export "mix") (result f32)
    (global.set $own (f32.add (global.get $own) (f32.demote_f64 (global.get $gf))))
    (global.get $own))
  (func (export "i64_plus") (result i64) (i64.add (global.get $gl) (i64.const 1))))
;; function 0 (get_imported):
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
;; function 1 (set_imported):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 86h
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: mov r11, [r14+18h]
;;   0x007c: mov [r11], eax
;;   0x007f: mov rsp, rbp
;;   0x0082: pop rbp
;;   0x0083: ret 8
;;   0x0086: mov r11, [r14]
;;   0x0089: mov eax, 0Ah
;;   0x008e: mov rsp, [r11+8]
;;   0x0092: jmp qword ptr [r11+10h]
;; function 2 (get_imported_const):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 10h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D3h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov r11, [r14+20h]
;;   0x00c9: movsd xmm0, [r11]
;;   0x00ce: mov rsp, rbp
;;   0x00d1: pop rbp
;;   0x00d2: ret
;;   0x00d3: mov r11, [r14]
;;   0x00d6: mov eax, 0Ah
;;   0x00db: mov rsp, [r11+8]
;;   0x00df: jmp qword ptr [r11+10h]
;; function 3 (mix):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 146h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov r11, [r14+30h]
;;   0x0119: movss xmm0, [r11]
;;   0x011e: mov r11, [r14+20h]
;;   0x0122: movsd xmm1, [r11]
;;   0x0127: cvtsd2ss xmm1, xmm1
;;   0x012b: addss xmm0, xmm1
;;   0x012f: mov r11, [r14+30h]
;;   0x0133: movss [r11], xmm0
;;   0x0138: mov r11, [r14+30h]
;;   0x013c: movss xmm0, [r11]
;;   0x0141: mov rsp, rbp
;;   0x0144: pop rbp
;;   0x0145: ret
;;   0x0146: mov r11, [r14]
;;   0x0149: mov eax, 0Ah
;;   0x014e: mov rsp, [r11+8]
;;   0x0152: jmp qword ptr [r11+10h]
;; function 4 (i64_plus):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 20h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 195h
;;   0x017a: sub rsp, 20h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov r11, [r14+28h]
;;   0x0189: mov rax, [r11]
;;   0x018c: add rax, 1
;;   0x0190: mov rsp, rbp
;;   0x0193: pop rbp
;;   0x0194: ret
;;   0x0195: mov r11, [r14]
;;   0x0198: mov eax, 0Ah
;;   0x019d: mov rsp, [r11+8]
;;   0x01a1: jmp qword ptr [r11+10h]
