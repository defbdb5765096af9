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
;;   0x0014: jb 98h
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
;;   0x0050: mov r11, [r14]
;;   0x0053: mov [r11+30h], rbp
;;   0x0057: lea rdi, [78h]
;;   0x005e: mov [r11+38h], rdi
;;   0x0062: mov rdi, r14
;;   0x0065: mov r11, rsp
;;   0x0068: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x006c: push r11
;;   0x006e: push r11
;;   0x0070: mov r11, [r14+8]
;;   0x0074: call qword ptr [r11+8]
;;   0x0078: mov rsp, [rsp+8]
;;   0x007d: test eax, eax
;;   0x007f: jne 9Ah
;;   0x0085: mov rbx, [rbp-10h]
;;   0x0089: mov r12, [rbp-18h]
;;   0x008d: mov r13, [rbp-20h]
;;   0x0091: mov rsp, rbp
;;   0x0094: pop rbp
;;   0x0095: ret 18h
;;   0x0098: ud2
;;   0x009a: mov r11, [r14]
;;   0x009d: mov rsp, [r11+8]
;;   0x00a1: jmp qword ptr [r11+10h]
;; function 1 (copy):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 40h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 14Dh
;;   0x00ca: sub rsp, 40h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov [rbp-10h], rbx
;;   0x00d9: mov [rbp-18h], r12
;;   0x00dd: mov [rbp-20h], r13
;;   0x00e1: mov ebx, [rbp+10h]
;;   0x00e4: mov r12d, [rbp+18h]
;;   0x00e8: mov r13d, [rbp+20h]
;;   0x00ec: mov r15, [r14+18h]
;;   0x00f0: mov r15, [r15]
;;   0x00f3: mov esi, 0
;;   0x00f8: mov edx, 0
;;   0x00fd: mov ecx, ebx
;;   0x00ff: mov r8d, r12d
;;   0x0102: mov r9d, r13d
;;   0x0105: mov r11, [r14]
;;   0x0108: mov [r11+30h], rbp
;;   0x010c: lea rdi, [12Dh]
;;   0x0113: mov [r11+38h], rdi
;;   0x0117: mov rdi, r14
;;   0x011a: mov r11, rsp
;;   0x011d: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0121: push r11
;;   0x0123: push r11
;;   0x0125: mov r11, [r14+8]
;;   0x0129: call qword ptr [r11+10h]
;;   0x012d: mov rsp, [rsp+8]
;;   0x0132: test eax, eax
;;   0x0134: jne 14Fh
;;   0x013a: mov rbx, [rbp-10h]
;;   0x013e: mov r12, [rbp-18h]
;;   0x0142: mov r13, [rbp-20h]
;;   0x0146: mov rsp, rbp
;;   0x0149: pop rbp
;;   0x014a: ret 18h
;;   0x014d: ud2
;;   0x014f: mov r11, [r14]
;;   0x0152: mov rsp, [r11+8]
;;   0x0156: jmp qword ptr [r11+10h]
;; function 2 (init):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 40h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 1EBh
;;   0x017a: sub rsp, 40h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov [rbp-10h], rbx
;;   0x0189: mov ebx, [rbp+10h]
;;   0x018c: mov r15, [r14+18h]
;;   0x0190: mov r15, [r15]
;;   0x0193: mov esi, 0
;;   0x0198: mov edx, 1
;;   0x019d: mov ecx, ebx
;;   0x019f: mov r8d, 1
;;   0x01a5: mov r9d, 3
;;   0x01ab: mov r11, [r14]
;;   0x01ae: mov [r11+30h], rbp
;;   0x01b2: lea rdi, [1D3h]
;;   0x01b9: mov [r11+38h], rdi
;;   0x01bd: mov rdi, r14
;;   0x01c0: mov r11, rsp
;;   0x01c3: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01c7: push r11
;;   0x01c9: push r11
;;   0x01cb: mov r11, [r14+8]
;;   0x01cf: call qword ptr [r11+18h]
;;   0x01d3: mov rsp, [rsp+8]
;;   0x01d8: test eax, eax
;;   0x01da: jne 1EDh
;;   0x01e0: mov rbx, [rbp-10h]
;;   0x01e4: mov rsp, rbp
;;   0x01e7: pop rbp
;;   0x01e8: ret 8
;;   0x01eb: ud2
;;   0x01ed: mov r11, [r14]
;;   0x01f0: mov rsp, [r11+8]
;;   0x01f4: jmp qword ptr [r11+10h]
;; function 3 (drop):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 20h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 265h
;;   0x021a: sub rsp, 20h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: mov r15, [r14+18h]
;;   0x0229: mov r15, [r15]
;;   0x022c: mov esi, 0
;;   0x0231: mov r11, [r14]
;;   0x0234: mov [r11+30h], rbp
;;   0x0238: lea rdi, [259h]
;;   0x023f: mov [r11+38h], rdi
;;   0x0243: mov rdi, r14
;;   0x0246: mov r11, rsp
;;   0x0249: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x024d: push r11
;;   0x024f: push r11
;;   0x0251: mov r11, [r14+8]
;;   0x0255: call qword ptr [r11+20h]
;;   0x0259: mov rsp, [rsp+8]
;;   0x025e: mov eax, eax
;;   0x0260: mov rsp, rbp
;;   0x0263: pop rbp
;;   0x0264: ret
;;   0x0265: ud2
;; function 4 (fill_neg_consts):
;;   0x0270: push rbp
;;   0x0271: mov rbp, rsp
;;   0x0274: mov r11, [r14]
;;   0x0277: mov r11, [r11]
;;   0x027a: add r11, 40h
;;   0x0281: cmp rsp, r11
;;   0x0284: jb 2EBh
;;   0x028a: sub rsp, 40h
;;   0x0291: mov [rbp-8], r14
;;   0x0295: mov r15, [r14+18h]
;;   0x0299: mov r15, [r15]
;;   0x029c: mov esi, 0
;;   0x02a1: mov edx, 0FFFFFFF0h
;;   0x02a6: mov ecx, 0FFFFFFFFh
;;   0x02ab: mov r8d, 0FFFFFFFEh
;;   0x02b1: mov r11, [r14]
;;   0x02b4: mov [r11+30h], rbp
;;   0x02b8: lea rdi, [2D9h]
;;   0x02bf: mov [r11+38h], rdi
;;   0x02c3: mov rdi, r14
;;   0x02c6: mov r11, rsp
;;   0x02c9: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x02cd: push r11
;;   0x02cf: push r11
;;   0x02d1: mov r11, [r14+8]
;;   0x02d5: call qword ptr [r11+8]
;;   0x02d9: mov rsp, [rsp+8]
;;   0x02de: test eax, eax
;;   0x02e0: jne 2EDh
;;   0x02e6: mov rsp, rbp
;;   0x02e9: pop rbp
;;   0x02ea: ret
;;   0x02eb: ud2
;;   0x02ed: mov r11, [r14]
;;   0x02f0: mov rsp, [r11+8]
;;   0x02f4: jmp qword ptr [r11+10h]
;; function 5 (fill_live):
;;   0x0300: push rbp
;;   0x0301: mov rbp, rsp
;;   0x0304: mov r11, [r14]
;;   0x0307: mov r11, [r11]
;;   0x030a: add r11, 40h
;;   0x0311: cmp rsp, r11
;;   0x0314: jb 390h
;;   0x031a: sub rsp, 40h
;;   0x0321: mov [rbp-8], r14
;;   0x0325: mov [rbp-10h], rbx
;;   0x0329: mov ebx, [rbp+10h]
;;   0x032c: mov r15, [r14+18h]
;;   0x0330: mov r15, [r15]
;;   0x0333: mov eax, ebx
;;   0x0335: add eax, 1
;;   0x0338: mov [rbp-28h], eax
;;   0x033b: mov esi, 0
;;   0x0340: mov edx, ebx
;;   0x0342: mov ecx, 0
;;   0x0347: mov r8d, 10h
;;   0x034d: mov r11, [r14]
;;   0x0350: mov [r11+30h], rbp
;;   0x0354: lea rdi, [375h]
;;   0x035b: mov [r11+38h], rdi
;;   0x035f: mov rdi, r14
;;   0x0362: mov r11, rsp
;;   0x0365: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0369: push r11
;;   0x036b: push r11
;;   0x036d: mov r11, [r14+8]
;;   0x0371: call qword ptr [r11+8]
;;   0x0375: mov rsp, [rsp+8]
;;   0x037a: test eax, eax
;;   0x037c: jne 392h
;;   0x0382: mov eax, [rbp-28h]
;;   0x0385: mov rbx, [rbp-10h]
;;   0x0389: mov rsp, rbp
;;   0x038c: pop rbp
;;   0x038d: ret 8
;;   0x0390: ud2
;;   0x0392: mov r11, [r14]
;;   0x0395: mov rsp, [r11+8]
;;   0x0399: jmp qword ptr [r11+10h]
