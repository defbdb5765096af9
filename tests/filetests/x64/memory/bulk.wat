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
;;   0x0058: jne 75h
;;   0x005e: mov rsp, rbp
;;   0x0061: pop rbp
;;   0x0062: ret 18h
;;   0x0065: mov r11, [r14]
;;   0x0068: mov eax, 0Ah
;;   0x006d: mov rsp, [r11+8]
;;   0x0071: jmp qword ptr [r11+10h]
;;   0x0075: mov r11, [r14]
;;   0x0078: mov rsp, [r11+8]
;;   0x007c: jmp qword ptr [r11+10h]
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
;;   0x00de: jne 0FBh
;;   0x00e4: mov rsp, rbp
;;   0x00e7: pop rbp
;;   0x00e8: ret 18h
;;   0x00eb: mov r11, [r14]
;;   0x00ee: mov eax, 0Ah
;;   0x00f3: mov rsp, [r11+8]
;;   0x00f7: jmp qword ptr [r11+10h]
;;   0x00fb: mov r11, [r14]
;;   0x00fe: mov rsp, [r11+8]
;;   0x0102: jmp qword ptr [r11+10h]
;; function 2 (init):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 20h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 17Fh
;;   0x012a: sub rsp, 20h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov r15, [r14+18h]
;;   0x0139: mov r15, [r15]
;;   0x013c: mov esi, 0
;;   0x0141: mov edx, 1
;;   0x0146: mov ecx, [rbp+10h]
;;   0x0149: mov r8d, 1
;;   0x014f: mov r9d, 3
;;   0x0155: mov rdi, r14
;;   0x0158: mov r11, rsp
;;   0x015b: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x015f: push r11
;;   0x0161: push r11
;;   0x0163: mov r11, [r14+8]
;;   0x0167: call qword ptr [r11+18h]
;;   0x016b: mov rsp, [rsp+8]
;;   0x0170: test eax, eax
;;   0x0172: jne 18Fh
;;   0x0178: mov rsp, rbp
;;   0x017b: pop rbp
;;   0x017c: ret 8
;;   0x017f: mov r11, [r14]
;;   0x0182: mov eax, 0Ah
;;   0x0187: mov rsp, [r11+8]
;;   0x018b: jmp qword ptr [r11+10h]
;;   0x018f: mov r11, [r14]
;;   0x0192: mov rsp, [r11+8]
;;   0x0196: jmp qword ptr [r11+10h]
;; function 3 (drop):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 10h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 1F3h
;;   0x01ba: sub rsp, 10h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov r15, [r14+18h]
;;   0x01c9: mov r15, [r15]
;;   0x01cc: mov esi, 0
;;   0x01d1: mov rdi, r14
;;   0x01d4: mov r11, rsp
;;   0x01d7: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01db: push r11
;;   0x01dd: push r11
;;   0x01df: mov r11, [r14+8]
;;   0x01e3: call qword ptr [r11+20h]
;;   0x01e7: mov rsp, [rsp+8]
;;   0x01ec: mov eax, eax
;;   0x01ee: mov rsp, rbp
;;   0x01f1: pop rbp
;;   0x01f2: ret
;;   0x01f3: mov r11, [r14]
;;   0x01f6: mov eax, 0Ah
;;   0x01fb: mov rsp, [r11+8]
;;   0x01ff: jmp qword ptr [r11+10h]
;; function 4 (fill_neg_consts):
;;   0x0210: push rbp
;;   0x0211: mov rbp, rsp
;;   0x0214: mov r11, [r14]
;;   0x0217: mov r11, [r11]
;;   0x021a: add r11, 20h
;;   0x0221: cmp rsp, r11
;;   0x0224: jb 279h
;;   0x022a: sub rsp, 20h
;;   0x0231: mov [rbp-8], r14
;;   0x0235: mov r15, [r14+18h]
;;   0x0239: mov r15, [r15]
;;   0x023c: mov esi, 0
;;   0x0241: mov edx, 0FFFFFFF0h
;;   0x0246: mov ecx, 0FFFFFFFFh
;;   0x024b: mov r8d, 0FFFFFFFEh
;;   0x0251: mov rdi, r14
;;   0x0254: mov r11, rsp
;;   0x0257: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x025b: push r11
;;   0x025d: push r11
;;   0x025f: mov r11, [r14+8]
;;   0x0263: call qword ptr [r11+8]
;;   0x0267: mov rsp, [rsp+8]
;;   0x026c: test eax, eax
;;   0x026e: jne 289h
;;   0x0274: mov rsp, rbp
;;   0x0277: pop rbp
;;   0x0278: ret
;;   0x0279: mov r11, [r14]
;;   0x027c: mov eax, 0Ah
;;   0x0281: mov rsp, [r11+8]
;;   0x0285: jmp qword ptr [r11+10h]
;;   0x0289: mov r11, [r14]
;;   0x028c: mov rsp, [r11+8]
;;   0x0290: jmp qword ptr [r11+10h]
;; function 5 (fill_live):
;;   0x02a0: push rbp
;;   0x02a1: mov rbp, rsp
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov r11, [r11]
;;   0x02aa: add r11, 30h
;;   0x02b1: cmp rsp, r11
;;   0x02b4: jb 315h
;;   0x02ba: sub rsp, 30h
;;   0x02c1: mov [rbp-8], r14
;;   0x02c5: mov r15, [r14+18h]
;;   0x02c9: mov r15, [r15]
;;   0x02cc: mov eax, [rbp+10h]
;;   0x02cf: add eax, 1
;;   0x02d2: mov [rbp-10h], eax
;;   0x02d5: mov esi, 0
;;   0x02da: mov edx, [rbp+10h]
;;   0x02dd: mov ecx, 0
;;   0x02e2: mov r8d, 10h
;;   0x02e8: mov rdi, r14
;;   0x02eb: mov r11, rsp
;;   0x02ee: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x02f2: push r11
;;   0x02f4: push r11
;;   0x02f6: mov r11, [r14+8]
;;   0x02fa: call qword ptr [r11+8]
;;   0x02fe: mov rsp, [rsp+8]
;;   0x0303: test eax, eax
;;   0x0305: jne 325h
;;   0x030b: mov eax, [rbp-10h]
;;   0x030e: mov rsp, rbp
;;   0x0311: pop rbp
;;   0x0312: ret 8
;;   0x0315: mov r11, [r14]
;;   0x0318: mov eax, 0Ah
;;   0x031d: mov rsp, [r11+8]
;;   0x0321: jmp qword ptr [r11+10h]
;;   0x0325: mov r11, [r14]
;;   0x0328: mov rsp, [r11+8]
;;   0x032c: jmp qword ptr [r11+10h]
