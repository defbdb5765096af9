;;! target = "x86_64"

;; table.grow (vmctx, table, init, delta) returns an i32 (zero-extended after
;; the call); table.fill (vmctx, table, dst, value, len) returns a trap code.
(module
  (table $t 1 10 funcref)
  (table $x 0 externref)
  (func $f)
  (elem declare func $f)
  (func (export "grow") (param i32) (result i32) (table.grow $t (ref.null func) (local.get 0)))
  (func (export "grow_func") (result i32) (table.grow $t (ref.func $f) (i32.const 2)))
  (func (export "grow_extern") (param externref i32) (result i32)
    (table.grow $x (local.get 0) (local.get 1)))
  (func (export "fill") (param i32 i32) (table.fill $t (local.get 0) (ref.func $f) (local.get 1)))
  (func (export "fill_extern") (param i32 externref i32)
    (table.fill $x (local.get 0) (local.get 1) (local.get 2))))
;; function 0:
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Ah
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rsp, rbp
;;   0x0028: pop rbp
;;   0x0029: ret
;;   0x002a: ud2
;; function 1 (grow):
;;   0x0030: push rbp
;;   0x0031: mov rbp, rsp
;;   0x0034: mov r11, [r14]
;;   0x0037: mov r11, [r11]
;;   0x003a: add r11, 20h
;;   0x0041: cmp rsp, r11
;;   0x0044: jb 86h
;;   0x004a: sub rsp, 20h
;;   0x0051: mov [rbp-8], r14
;;   0x0055: mov esi, 0
;;   0x005a: mov edx, 0
;;   0x005f: mov ecx, [rbp+10h]
;;   0x0062: mov rdi, r14
;;   0x0065: mov r11, rsp
;;   0x0068: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x006c: push r11
;;   0x006e: push r11
;;   0x0070: mov r11, [r14+8]
;;   0x0074: call qword ptr [r11+28h]
;;   0x0078: mov rsp, [rsp+8]
;;   0x007d: mov eax, eax
;;   0x007f: mov rsp, rbp
;;   0x0082: pop rbp
;;   0x0083: ret 8
;;   0x0086: ud2
;; function 2 (grow_func):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 20h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0EDh
;;   0x00aa: sub rsp, 20h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: lea rax, [r14+40h]
;;   0x00b9: mov [rbp-10h], rax
;;   0x00bd: mov esi, 0
;;   0x00c2: mov rdx, [rbp-10h]
;;   0x00c6: mov ecx, 2
;;   0x00cb: mov rdi, r14
;;   0x00ce: mov r11, rsp
;;   0x00d1: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00d5: push r11
;;   0x00d7: push r11
;;   0x00d9: mov r11, [r14+8]
;;   0x00dd: call qword ptr [r11+28h]
;;   0x00e1: mov rsp, [rsp+8]
;;   0x00e6: mov eax, eax
;;   0x00e8: mov rsp, rbp
;;   0x00eb: pop rbp
;;   0x00ec: ret
;;   0x00ed: ud2
;; function 3 (grow_extern):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 145h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov esi, 1
;;   0x011a: mov rdx, [rbp+10h]
;;   0x011e: mov ecx, [rbp+18h]
;;   0x0121: mov rdi, r14
;;   0x0124: mov r11, rsp
;;   0x0127: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x012b: push r11
;;   0x012d: push r11
;;   0x012f: mov r11, [r14+8]
;;   0x0133: call qword ptr [r11+28h]
;;   0x0137: mov rsp, [rsp+8]
;;   0x013c: mov eax, eax
;;   0x013e: mov rsp, rbp
;;   0x0141: pop rbp
;;   0x0142: ret 10h
;;   0x0145: ud2
;; function 4 (fill):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 20h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1B7h
;;   0x016a: sub rsp, 20h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: lea rax, [r14+40h]
;;   0x0179: mov [rbp-18h], rax
;;   0x017d: mov esi, 0
;;   0x0182: mov edx, [rbp+10h]
;;   0x0185: mov rcx, [rbp-18h]
;;   0x0189: mov r8d, [rbp+18h]
;;   0x018d: mov rdi, r14
;;   0x0190: mov r11, rsp
;;   0x0193: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0197: push r11
;;   0x0199: push r11
;;   0x019b: mov r11, [r14+8]
;;   0x019f: call qword ptr [r11+30h]
;;   0x01a3: mov rsp, [rsp+8]
;;   0x01a8: test eax, eax
;;   0x01aa: jne 1B9h
;;   0x01b0: mov rsp, rbp
;;   0x01b3: pop rbp
;;   0x01b4: ret 10h
;;   0x01b7: ud2
;;   0x01b9: mov r11, [r14]
;;   0x01bc: mov rsp, [r11+8]
;;   0x01c0: jmp qword ptr [r11+10h]
;; function 5 (fill_extern):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 20h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 22Fh
;;   0x01ea: sub rsp, 20h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov esi, 1
;;   0x01fa: mov edx, [rbp+10h]
;;   0x01fd: mov rcx, [rbp+18h]
;;   0x0201: mov r8d, [rbp+20h]
;;   0x0205: mov rdi, r14
;;   0x0208: mov r11, rsp
;;   0x020b: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x020f: push r11
;;   0x0211: push r11
;;   0x0213: mov r11, [r14+8]
;;   0x0217: call qword ptr [r11+30h]
;;   0x021b: mov rsp, [rsp+8]
;;   0x0220: test eax, eax
;;   0x0222: jne 231h
;;   0x0228: mov rsp, rbp
;;   0x022b: pop rbp
;;   0x022c: ret 18h
;;   0x022f: ud2
;;   0x0231: mov r11, [r14]
;;   0x0234: mov rsp, [r11+8]
;;   0x0238: jmp qword ptr [r11+10h]
