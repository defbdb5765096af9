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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 65h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov esi, 0
;;   0x0031: mov edx, [rbp+10h]
;;   0x0034: mov ecx, [rbp+18h]
;;   0x0037: mov r8d, [rbp+20h]
;;   0x003b: mov rdi, r14
;;   0x003e: mov r11, rsp
;;   0x0041: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0045: push r11
;;   0x0047: push r11
;;   0x0049: mov r11, [r14+8]
;;   0x004d: call qword ptr [r11+8]
;;   0x0051: mov rsp, [rsp+8]
;;   0x0056: test eax, eax
;;   0x0058: jne 67h
;;   0x005e: mov rsp, rbp
;;   0x0061: pop rbp
;;   0x0062: ret 18h
;;   0x0065: ud2
;;   0x0067: mov r11, [r14]
;;   0x006a: mov rsp, [r11+8]
;;   0x006e: jmp qword ptr [r11+10h]
;; function 1 (copy):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0EBh
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov r15, [r14+18h]
;;   0x00a9: mov r15, [r15]
;;   0x00ac: mov esi, 0
;;   0x00b1: mov edx, 0
;;   0x00b6: mov ecx, [rbp+10h]
;;   0x00b9: mov r8d, [rbp+18h]
;;   0x00bd: mov r9d, [rbp+20h]
;;   0x00c1: mov rdi, r14
;;   0x00c4: mov r11, rsp
;;   0x00c7: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00cb: push r11
;;   0x00cd: push r11
;;   0x00cf: mov r11, [r14+8]
;;   0x00d3: call qword ptr [r11+10h]
;;   0x00d7: mov rsp, [rsp+8]
;;   0x00dc: test eax, eax
;;   0x00de: jne 0EDh
;;   0x00e4: mov rsp, rbp
;;   0x00e7: pop rbp
;;   0x00e8: ret 18h
;;   0x00eb: ud2
;;   0x00ed: mov r11, [r14]
;;   0x00f0: mov rsp, [r11+8]
;;   0x00f4: jmp qword ptr [r11+10h]
;; function 2 (init):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 16Fh
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov r15, [r14+18h]
;;   0x0129: mov r15, [r15]
;;   0x012c: mov esi, 0
;;   0x0131: mov edx, 1
;;   0x0136: mov ecx, [rbp+10h]
;;   0x0139: mov r8d, 1
;;   0x013f: mov r9d, 3
;;   0x0145: mov rdi, r14
;;   0x0148: mov r11, rsp
;;   0x014b: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x014f: push r11
;;   0x0151: push r11
;;   0x0153: mov r11, [r14+8]
;;   0x0157: call qword ptr [r11+18h]
;;   0x015b: mov rsp, [rsp+8]
;;   0x0160: test eax, eax
;;   0x0162: jne 171h
;;   0x0168: mov rsp, rbp
;;   0x016b: pop rbp
;;   0x016c: ret 8
;;   0x016f: ud2
;;   0x0171: mov r11, [r14]
;;   0x0174: mov rsp, [r11+8]
;;   0x0178: jmp qword ptr [r11+10h]
;; function 3 (drop):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 10h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1D3h
;;   0x019a: sub rsp, 10h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov r15, [r14+18h]
;;   0x01a9: mov r15, [r15]
;;   0x01ac: mov esi, 0
;;   0x01b1: mov rdi, r14
;;   0x01b4: mov r11, rsp
;;   0x01b7: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01bb: push r11
;;   0x01bd: push r11
;;   0x01bf: mov r11, [r14+8]
;;   0x01c3: call qword ptr [r11+20h]
;;   0x01c7: mov rsp, [rsp+8]
;;   0x01cc: mov eax, eax
;;   0x01ce: mov rsp, rbp
;;   0x01d1: pop rbp
;;   0x01d2: ret
;;   0x01d3: ud2
;; function 4 (fill_neg_consts):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 20h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 249h
;;   0x01fa: sub rsp, 20h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov r15, [r14+18h]
;;   0x0209: mov r15, [r15]
;;   0x020c: mov esi, 0
;;   0x0211: mov edx, 0FFFFFFF0h
;;   0x0216: mov ecx, 0FFFFFFFFh
;;   0x021b: mov r8d, 0FFFFFFFEh
;;   0x0221: mov rdi, r14
;;   0x0224: mov r11, rsp
;;   0x0227: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x022b: push r11
;;   0x022d: push r11
;;   0x022f: mov r11, [r14+8]
;;   0x0233: call qword ptr [r11+8]
;;   0x0237: mov rsp, [rsp+8]
;;   0x023c: test eax, eax
;;   0x023e: jne 24Bh
;;   0x0244: mov rsp, rbp
;;   0x0247: pop rbp
;;   0x0248: ret
;;   0x0249: ud2
;;   0x024b: mov r11, [r14]
;;   0x024e: mov rsp, [r11+8]
;;   0x0252: jmp qword ptr [r11+10h]
;; function 5 (fill_live):
;;   0x0260: push rbp
;;   0x0261: mov rbp, rsp
;;   0x0264: mov r11, [r14]
;;   0x0267: mov r11, [r11]
;;   0x026a: add r11, 30h
;;   0x0271: cmp rsp, r11
;;   0x0274: jb 2D5h
;;   0x027a: sub rsp, 30h
;;   0x0281: mov [rbp-8], r14
;;   0x0285: mov r15, [r14+18h]
;;   0x0289: mov r15, [r15]
;;   0x028c: mov eax, [rbp+10h]
;;   0x028f: add eax, 1
;;   0x0292: mov [rbp-10h], eax
;;   0x0295: mov esi, 0
;;   0x029a: mov edx, [rbp+10h]
;;   0x029d: mov ecx, 0
;;   0x02a2: mov r8d, 10h
;;   0x02a8: mov rdi, r14
;;   0x02ab: mov r11, rsp
;;   0x02ae: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x02b2: push r11
;;   0x02b4: push r11
;;   0x02b6: mov r11, [r14+8]
;;   0x02ba: call qword ptr [r11+8]
;;   0x02be: mov rsp, [rsp+8]
;;   0x02c3: test eax, eax
;;   0x02c5: jne 2D7h
;;   0x02cb: mov eax, [rbp-10h]
;;   0x02ce: mov rsp, rbp
;;   0x02d1: pop rbp
;;   0x02d2: ret 8
;;   0x02d5: ud2
;;   0x02d7: mov r11, [r14]
;;   0x02da: mov rsp, [r11+8]
;;   0x02de: jmp qword ptr [r11+10h]
