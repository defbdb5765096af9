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
;; function 0 (f):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Ah
;;   0x001a: sub rsp, 20h
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
;;   0x003a: add r11, 30h
;;   0x0041: cmp rsp, r11
;;   0x0044: jb 99h
;;   0x004a: sub rsp, 30h
;;   0x0051: mov [rbp-8], r14
;;   0x0055: mov [rbp-10h], rbx
;;   0x0059: mov ebx, [rbp+10h]
;;   0x005c: mov esi, 0
;;   0x0061: mov edx, 0
;;   0x0066: mov ecx, ebx
;;   0x0068: mov rdi, r14
;;   0x006b: mov r11, rsp
;;   0x006e: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0072: push r11
;;   0x0074: push r11
;;   0x0076: mov r11, [r14+8]
;;   0x007a: call qword ptr [r11+28h]
;;   0x007e: mov rsp, [rsp+8]
;;   0x0083: test eax, eax
;;   0x0085: jne 9Bh
;;   0x008b: mov rax, rdx
;;   0x008e: mov rbx, [rbp-10h]
;;   0x0092: mov rsp, rbp
;;   0x0095: pop rbp
;;   0x0096: ret 8
;;   0x0099: ud2
;;   0x009b: mov r11, [r14]
;;   0x009e: mov rsp, [r11+8]
;;   0x00a2: jmp qword ptr [r11+10h]
;; function 2 (grow_func):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 30h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 116h
;;   0x00ca: sub rsp, 30h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: lea rax, [r14+40h]
;;   0x00d9: mov [rbp-28h], rax
;;   0x00dd: mov esi, 0
;;   0x00e2: mov rdx, [rbp-28h]
;;   0x00e6: mov ecx, 2
;;   0x00eb: mov rdi, r14
;;   0x00ee: mov r11, rsp
;;   0x00f1: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00f5: push r11
;;   0x00f7: push r11
;;   0x00f9: mov r11, [r14+8]
;;   0x00fd: call qword ptr [r11+28h]
;;   0x0101: mov rsp, [rsp+8]
;;   0x0106: test eax, eax
;;   0x0108: jne 118h
;;   0x010e: mov rax, rdx
;;   0x0111: mov rsp, rbp
;;   0x0114: pop rbp
;;   0x0115: ret
;;   0x0116: ud2
;;   0x0118: mov r11, [r14]
;;   0x011b: mov rsp, [r11+8]
;;   0x011f: jmp qword ptr [r11+10h]
;; function 3 (grow_extern):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 30h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 1A5h
;;   0x014a: sub rsp, 30h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov [rbp-10h], rbx
;;   0x0159: mov [rbp-18h], r12
;;   0x015d: mov rbx, [rbp+10h]
;;   0x0161: mov r12d, [rbp+18h]
;;   0x0165: mov esi, 1
;;   0x016a: mov rdx, rbx
;;   0x016d: mov ecx, r12d
;;   0x0170: mov rdi, r14
;;   0x0173: mov r11, rsp
;;   0x0176: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x017a: push r11
;;   0x017c: push r11
;;   0x017e: mov r11, [r14+8]
;;   0x0182: call qword ptr [r11+28h]
;;   0x0186: mov rsp, [rsp+8]
;;   0x018b: test eax, eax
;;   0x018d: jne 1A7h
;;   0x0193: mov rax, rdx
;;   0x0196: mov rbx, [rbp-10h]
;;   0x019a: mov r12, [rbp-18h]
;;   0x019e: mov rsp, rbp
;;   0x01a1: pop rbp
;;   0x01a2: ret 10h
;;   0x01a5: ud2
;;   0x01a7: mov r11, [r14]
;;   0x01aa: mov rsp, [r11+8]
;;   0x01ae: jmp qword ptr [r11+10h]
;; function 4 (fill):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 40h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 23Ch
;;   0x01da: sub rsp, 40h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: mov [rbp-10h], rbx
;;   0x01e9: mov [rbp-18h], r12
;;   0x01ed: mov ebx, [rbp+10h]
;;   0x01f0: mov r12d, [rbp+18h]
;;   0x01f4: lea rax, [r14+40h]
;;   0x01f8: mov [rbp-30h], rax
;;   0x01fc: mov esi, 0
;;   0x0201: mov edx, ebx
;;   0x0203: mov rcx, [rbp-30h]
;;   0x0207: mov r8d, r12d
;;   0x020a: mov rdi, r14
;;   0x020d: mov r11, rsp
;;   0x0210: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0214: push r11
;;   0x0216: push r11
;;   0x0218: mov r11, [r14+8]
;;   0x021c: call qword ptr [r11+30h]
;;   0x0220: mov rsp, [rsp+8]
;;   0x0225: test eax, eax
;;   0x0227: jne 23Eh
;;   0x022d: mov rbx, [rbp-10h]
;;   0x0231: mov r12, [rbp-18h]
;;   0x0235: mov rsp, rbp
;;   0x0238: pop rbp
;;   0x0239: ret 10h
;;   0x023c: ud2
;;   0x023e: mov r11, [r14]
;;   0x0241: mov rsp, [r11+8]
;;   0x0245: jmp qword ptr [r11+10h]
;; function 5 (fill_extern):
;;   0x0250: push rbp
;;   0x0251: mov rbp, rsp
;;   0x0254: mov r11, [r14]
;;   0x0257: mov r11, [r11]
;;   0x025a: add r11, 40h
;;   0x0261: cmp rsp, r11
;;   0x0264: jb 2CFh
;;   0x026a: sub rsp, 40h
;;   0x0271: mov [rbp-8], r14
;;   0x0275: mov [rbp-10h], rbx
;;   0x0279: mov [rbp-18h], r12
;;   0x027d: mov [rbp-20h], r13
;;   0x0281: mov ebx, [rbp+10h]
;;   0x0284: mov r12, [rbp+18h]
;;   0x0288: mov r13d, [rbp+20h]
;;   0x028c: mov esi, 1
;;   0x0291: mov edx, ebx
;;   0x0293: mov rcx, r12
;;   0x0296: mov r8d, r13d
;;   0x0299: mov rdi, r14
;;   0x029c: mov r11, rsp
;;   0x029f: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x02a3: push r11
;;   0x02a5: push r11
;;   0x02a7: mov r11, [r14+8]
;;   0x02ab: call qword ptr [r11+30h]
;;   0x02af: mov rsp, [rsp+8]
;;   0x02b4: test eax, eax
;;   0x02b6: jne 2D1h
;;   0x02bc: mov rbx, [rbp-10h]
;;   0x02c0: mov r12, [rbp-18h]
;;   0x02c4: mov r13, [rbp-20h]
;;   0x02c8: mov rsp, rbp
;;   0x02cb: pop rbp
;;   0x02cc: ret 18h
;;   0x02cf: ud2
;;   0x02d1: mov r11, [r14]
;;   0x02d4: mov rsp, [r11+8]
;;   0x02d8: jmp qword ptr [r11+10h]
