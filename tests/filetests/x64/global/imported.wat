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
;;   0x0031: ud2
;; function 1 (set_imported):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 76h
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, [rbp+10h]
;;   0x0068: mov r11, [r14+18h]
;;   0x006c: mov [r11], eax
;;   0x006f: mov rsp, rbp
;;   0x0072: pop rbp
;;   0x0073: ret 8
;;   0x0076: ud2
;; function 2 (get_imported_const):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B3h
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov r11, [r14+20h]
;;   0x00a9: movsd xmm0, [r11]
;;   0x00ae: mov rsp, rbp
;;   0x00b1: pop rbp
;;   0x00b2: ret
;;   0x00b3: ud2
;; function 3 (mix):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 116h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov r11, [r14+30h]
;;   0x00e9: movss xmm0, [r11]
;;   0x00ee: mov r11, [r14+20h]
;;   0x00f2: movsd xmm1, [r11]
;;   0x00f7: cvtsd2ss xmm1, xmm1
;;   0x00fb: addss xmm0, xmm1
;;   0x00ff: mov r11, [r14+30h]
;;   0x0103: movss [r11], xmm0
;;   0x0108: mov r11, [r14+30h]
;;   0x010c: movss xmm0, [r11]
;;   0x0111: mov rsp, rbp
;;   0x0114: pop rbp
;;   0x0115: ret
;;   0x0116: ud2
;; function 4 (i64_plus):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 20h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 155h
;;   0x013a: sub rsp, 20h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov r11, [r14+28h]
;;   0x0149: mov rax, [r11]
;;   0x014c: add rax, 1
;;   0x0150: mov rsp, rbp
;;   0x0153: pop rbp
;;   0x0154: ret
;;   0x0155: ud2
