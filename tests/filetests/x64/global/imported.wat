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
;; function 1 (set_imported):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 80h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov ebx, [rbp+10h]
;;   0x006c: mov eax, ebx
;;   0x006e: mov r11, [r14+18h]
;;   0x0072: mov [r11], eax
;;   0x0075: mov rbx, [rbp-10h]
;;   0x0079: mov rsp, rbp
;;   0x007c: pop rbp
;;   0x007d: ret 8
;;   0x0080: ud2
;; function 2 (get_imported_const):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0C3h
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov r11, [r14+20h]
;;   0x00b9: movsd xmm0, [r11]
;;   0x00be: mov rsp, rbp
;;   0x00c1: pop rbp
;;   0x00c2: ret
;;   0x00c3: ud2
;; function 3 (mix):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 126h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov r11, [r14+30h]
;;   0x00f9: movss xmm0, [r11]
;;   0x00fe: mov r11, [r14+20h]
;;   0x0102: movsd xmm1, [r11]
;;   0x0107: cvtsd2ss xmm1, xmm1
;;   0x010b: addss xmm0, xmm1
;;   0x010f: mov r11, [r14+30h]
;;   0x0113: movss [r11], xmm0
;;   0x0118: mov r11, [r14+30h]
;;   0x011c: movss xmm0, [r11]
;;   0x0121: mov rsp, rbp
;;   0x0124: pop rbp
;;   0x0125: ret
;;   0x0126: ud2
;; function 4 (i64_plus):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 30h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 165h
;;   0x014a: sub rsp, 30h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov r11, [r14+28h]
;;   0x0159: mov rax, [r11]
;;   0x015c: add rax, 1
;;   0x0160: mov rsp, rbp
;;   0x0163: pop rbp
;;   0x0164: ret
;;   0x0165: ud2
