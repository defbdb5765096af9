;;! target = "x86_64"

;; Bulk memory through builtins that return a trap code (checked after the
;; call): fill (vmctx, memory, dst, byte, len), copy (vmctx, dst memory, src
;; memory, dst, src, len), init (vmctx, memory, segment, dst, src, len);
;; data.drop (vmctx, segment) returns nothing.
(module
  (memory 1)
  (data $d "hello")
  (data $e "world")
  (func (export "fill") (param i32 i32 i32)
    (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy") (param i32 i32 i32)
    (memory.copy (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init") (param i32)
    (memory.init $e (local.get 0) (i32.const 1) (i32.const 3)))
  (func (export "drop")
    (data.drop $d))
  (func (export "fill_neg_consts")
    (memory.fill (i32.const -16) (i32.const -1) (i32.const -2)))
  (func (export "fill_live") (param i32) (result i32)
    (i32.add (local.get 0) (i32.const 1))
    (memory.fill (local.get 0) (i32.const 0) (i32.const 16))))
;; function 0 (fill):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 86h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12d, [rbp+18h]
;;   0x0038: mov r13d, [rbp+20h]
;;   0x003c: mov r15, [r14+18h]
;;   0x0040: mov r15, [r15]
;;   0x0043: mov esi, 0
;;   0x0048: mov edx, ebx
;;   0x004a: mov ecx, r12d
;;   0x004d: mov r8d, r13d
;;   0x0050: mov rdi, r14
;;   0x0053: mov r11, rsp
;;   0x0056: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x005a: push r11
;;   0x005c: push r11
;;   0x005e: mov r11, [r14+8]
;;   0x0062: call qword ptr [r11+8]
;;   0x0066: mov rsp, [rsp+8]
;;   0x006b: test eax, eax
;;   0x006d: jne 88h
;;   0x0073: mov rbx, [rbp-10h]
;;   0x0077: mov r12, [rbp-18h]
;;   0x007b: mov r13, [rbp-20h]
;;   0x007f: mov rsp, rbp
;;   0x0082: pop rbp
;;   0x0083: ret 18h
;;   0x0086: ud2
;;   0x0088: mov r11, [r14]
;;   0x008b: mov rsp, [r11+8]
;;   0x008f: jmp qword ptr [r11+10h]
;; function 1 (copy):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 40h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 12Bh
;;   0x00ba: sub rsp, 40h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov [rbp-18h], r12
;;   0x00cd: mov [rbp-20h], r13
;;   0x00d1: mov ebx, [rbp+10h]
;;   0x00d4: mov r12d, [rbp+18h]
;;   0x00d8: mov r13d, [rbp+20h]
;;   0x00dc: mov r15, [r14+18h]
;;   0x00e0: mov r15, [r15]
;;   0x00e3: mov esi, 0
;;   0x00e8: mov edx, 0
;;   0x00ed: mov ecx, ebx
;;   0x00ef: mov r8d, r12d
;;   0x00f2: mov r9d, r13d
;;   0x00f5: mov rdi, r14
;;   0x00f8: mov r11, rsp
;;   0x00fb: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00ff: push r11
;;   0x0101: push r11
;;   0x0103: mov r11, [r14+8]
;;   0x0107: call qword ptr [r11+10h]
;;   0x010b: mov rsp, [rsp+8]
;;   0x0110: test eax, eax
;;   0x0112: jne 12Dh
;;   0x0118: mov rbx, [rbp-10h]
;;   0x011c: mov r12, [rbp-18h]
;;   0x0120: mov r13, [rbp-20h]
;;   0x0124: mov rsp, rbp
;;   0x0127: pop rbp
;;   0x0128: ret 18h
;;   0x012b: ud2
;;   0x012d: mov r11, [r14]
;;   0x0130: mov rsp, [r11+8]
;;   0x0134: jmp qword ptr [r11+10h]
;; function 2 (init):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 40h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 1B9h
;;   0x015a: sub rsp, 40h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov ebx, [rbp+10h]
;;   0x016c: mov r15, [r14+18h]
;;   0x0170: mov r15, [r15]
;;   0x0173: mov esi, 0
;;   0x0178: mov edx, 1
;;   0x017d: mov ecx, ebx
;;   0x017f: mov r8d, 1
;;   0x0185: mov r9d, 3
;;   0x018b: mov rdi, r14
;;   0x018e: mov r11, rsp
;;   0x0191: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0195: push r11
;;   0x0197: push r11
;;   0x0199: mov r11, [r14+8]
;;   0x019d: call qword ptr [r11+18h]
;;   0x01a1: mov rsp, [rsp+8]
;;   0x01a6: test eax, eax
;;   0x01a8: jne 1BBh
;;   0x01ae: mov rbx, [rbp-10h]
;;   0x01b2: mov rsp, rbp
;;   0x01b5: pop rbp
;;   0x01b6: ret 8
;;   0x01b9: ud2
;;   0x01bb: mov r11, [r14]
;;   0x01be: mov rsp, [r11+8]
;;   0x01c2: jmp qword ptr [r11+10h]
;; function 3 (drop):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 20h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 223h
;;   0x01ea: sub rsp, 20h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov r15, [r14+18h]
;;   0x01f9: mov r15, [r15]
;;   0x01fc: mov esi, 0
;;   0x0201: mov rdi, r14
;;   0x0204: mov r11, rsp
;;   0x0207: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x020b: push r11
;;   0x020d: push r11
;;   0x020f: mov r11, [r14+8]
;;   0x0213: call qword ptr [r11+20h]
;;   0x0217: mov rsp, [rsp+8]
;;   0x021c: mov eax, eax
;;   0x021e: mov rsp, rbp
;;   0x0221: pop rbp
;;   0x0222: ret
;;   0x0223: ud2
;; function 4 (fill_neg_consts):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 40h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 299h
;;   0x024a: sub rsp, 40h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov r15, [r14+18h]
;;   0x0259: mov r15, [r15]
;;   0x025c: mov esi, 0
;;   0x0261: mov edx, 0FFFFFFF0h
;;   0x0266: mov ecx, 0FFFFFFFFh
;;   0x026b: mov r8d, 0FFFFFFFEh
;;   0x0271: mov rdi, r14
;;   0x0274: mov r11, rsp
;;   0x0277: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x027b: push r11
;;   0x027d: push r11
;;   0x027f: mov r11, [r14+8]
;;   0x0283: call qword ptr [r11+8]
;;   0x0287: mov rsp, [rsp+8]
;;   0x028c: test eax, eax
;;   0x028e: jne 29Bh
;;   0x0294: mov rsp, rbp
;;   0x0297: pop rbp
;;   0x0298: ret
;;   0x0299: ud2
;;   0x029b: mov r11, [r14]
;;   0x029e: mov rsp, [r11+8]
;;   0x02a2: jmp qword ptr [r11+10h]
;; function 5 (fill_live):
;;   0x02b0: push rbp
;;   0x02b1: mov rbp, rsp
;;   0x02b4: mov r11, [r14]
;;   0x02b7: mov r11, [r11]
;;   0x02ba: add r11, 40h
;;   0x02c1: cmp rsp, r11
;;   0x02c4: jb 32Eh
;;   0x02ca: sub rsp, 40h
;;   0x02d1: mov [rbp-8], r14
;;   0x02d5: mov [rbp-10h], rbx
;;   0x02d9: mov ebx, [rbp+10h]
;;   0x02dc: mov r15, [r14+18h]
;;   0x02e0: mov r15, [r15]
;;   0x02e3: mov eax, ebx
;;   0x02e5: add eax, 1
;;   0x02e8: mov [rbp-28h], eax
;;   0x02eb: mov esi, 0
;;   0x02f0: mov edx, ebx
;;   0x02f2: mov ecx, 0
;;   0x02f7: mov r8d, 10h
;;   0x02fd: mov rdi, r14
;;   0x0300: mov r11, rsp
;;   0x0303: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0307: push r11
;;   0x0309: push r11
;;   0x030b: mov r11, [r14+8]
;;   0x030f: call qword ptr [r11+8]
;;   0x0313: mov rsp, [rsp+8]
;;   0x0318: test eax, eax
;;   0x031a: jne 330h
;;   0x0320: mov eax, [rbp-28h]
;;   0x0323: mov rbx, [rbp-10h]
;;   0x0327: mov rsp, rbp
;;   0x032a: pop rbp
;;   0x032b: ret 8
;;   0x032e: ud2
;;   0x0330: mov r11, [r14]
;;   0x0333: mov rsp, [r11+8]
;;   0x0337: jmp qword ptr [r11+10h]
