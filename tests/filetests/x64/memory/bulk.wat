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
;;   0x0014: jb 5Eh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov esi, 0
;;   0x002a: mov edx, [rbp+10h]
;;   0x002d: mov ecx, [rbp+18h]
;;   0x0030: mov r8d, [rbp+20h]
;;   0x0034: mov rdi, r14
;;   0x0037: mov r11, rsp
;;   0x003a: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x003e: push r11
;;   0x0040: push r11
;;   0x0042: mov r11, [r14+8]
;;   0x0046: call qword ptr [r11+8]
;;   0x004a: mov rsp, [rsp+8]
;;   0x004f: test eax, eax
;;   0x0051: jne 6Eh
;;   0x0057: mov rsp, rbp
;;   0x005a: pop rbp
;;   0x005b: ret 18h
;;   0x005e: mov r11, [r14]
;;   0x0061: mov eax, 0Ah
;;   0x0066: mov rsp, [r11+8]
;;   0x006a: jmp qword ptr [r11+10h]
;;   0x006e: mov r11, [r14]
;;   0x0071: mov rsp, [r11+8]
;;   0x0075: jmp qword ptr [r11+10h]
;; function 1 (copy):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0E4h
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov esi, 0
;;   0x00aa: mov edx, 0
;;   0x00af: mov ecx, [rbp+10h]
;;   0x00b2: mov r8d, [rbp+18h]
;;   0x00b6: mov r9d, [rbp+20h]
;;   0x00ba: mov rdi, r14
;;   0x00bd: mov r11, rsp
;;   0x00c0: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00c4: push r11
;;   0x00c6: push r11
;;   0x00c8: mov r11, [r14+8]
;;   0x00cc: call qword ptr [r11+10h]
;;   0x00d0: mov rsp, [rsp+8]
;;   0x00d5: test eax, eax
;;   0x00d7: jne 0F4h
;;   0x00dd: mov rsp, rbp
;;   0x00e0: pop rbp
;;   0x00e1: ret 18h
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov eax, 0Ah
;;   0x00ec: mov rsp, [r11+8]
;;   0x00f0: jmp qword ptr [r11+10h]
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov rsp, [r11+8]
;;   0x00fb: jmp qword ptr [r11+10h]
;; function 2 (init):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 168h
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov esi, 0
;;   0x012a: mov edx, 1
;;   0x012f: mov ecx, [rbp+10h]
;;   0x0132: mov r8d, 1
;;   0x0138: mov r9d, 3
;;   0x013e: mov rdi, r14
;;   0x0141: mov r11, rsp
;;   0x0144: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0148: push r11
;;   0x014a: push r11
;;   0x014c: mov r11, [r14+8]
;;   0x0150: call qword ptr [r11+18h]
;;   0x0154: mov rsp, [rsp+8]
;;   0x0159: test eax, eax
;;   0x015b: jne 178h
;;   0x0161: mov rsp, rbp
;;   0x0164: pop rbp
;;   0x0165: ret 8
;;   0x0168: mov r11, [r14]
;;   0x016b: mov eax, 0Ah
;;   0x0170: mov rsp, [r11+8]
;;   0x0174: jmp qword ptr [r11+10h]
;;   0x0178: mov r11, [r14]
;;   0x017b: mov rsp, [r11+8]
;;   0x017f: jmp qword ptr [r11+10h]
;; function 3 (drop):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 10h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1DCh
;;   0x01aa: sub rsp, 10h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov esi, 0
;;   0x01ba: mov rdi, r14
;;   0x01bd: mov r11, rsp
;;   0x01c0: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01c4: push r11
;;   0x01c6: push r11
;;   0x01c8: mov r11, [r14+8]
;;   0x01cc: call qword ptr [r11+20h]
;;   0x01d0: mov rsp, [rsp+8]
;;   0x01d5: mov eax, eax
;;   0x01d7: mov rsp, rbp
;;   0x01da: pop rbp
;;   0x01db: ret
;;   0x01dc: mov r11, [r14]
;;   0x01df: mov eax, 0Ah
;;   0x01e4: mov rsp, [r11+8]
;;   0x01e8: jmp qword ptr [r11+10h]
;; function 4 (fill_neg_consts):
;;   0x01f0: push rbp
;;   0x01f1: mov rbp, rsp
;;   0x01f4: mov r11, [r14]
;;   0x01f7: mov r11, [r11]
;;   0x01fa: add r11, 20h
;;   0x0201: cmp rsp, r11
;;   0x0204: jb 252h
;;   0x020a: sub rsp, 20h
;;   0x0211: mov [rbp-8], r14
;;   0x0215: mov esi, 0
;;   0x021a: mov edx, 0FFFFFFF0h
;;   0x021f: mov ecx, 0FFFFFFFFh
;;   0x0224: mov r8d, 0FFFFFFFEh
;;   0x022a: mov rdi, r14
;;   0x022d: mov r11, rsp
;;   0x0230: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0234: push r11
;;   0x0236: push r11
;;   0x0238: mov r11, [r14+8]
;;   0x023c: call qword ptr [r11+8]
;;   0x0240: mov rsp, [rsp+8]
;;   0x0245: test eax, eax
;;   0x0247: jne 262h
;;   0x024d: mov rsp, rbp
;;   0x0250: pop rbp
;;   0x0251: ret
;;   0x0252: mov r11, [r14]
;;   0x0255: mov eax, 0Ah
;;   0x025a: mov rsp, [r11+8]
;;   0x025e: jmp qword ptr [r11+10h]
;;   0x0262: mov r11, [r14]
;;   0x0265: mov rsp, [r11+8]
;;   0x0269: jmp qword ptr [r11+10h]
;; function 5 (fill_live):
;;   0x0270: push rbp
;;   0x0271: mov rbp, rsp
;;   0x0274: mov r11, [r14]
;;   0x0277: mov r11, [r11]
;;   0x027a: add r11, 30h
;;   0x0281: cmp rsp, r11
;;   0x0284: jb 2DEh
;;   0x028a: sub rsp, 30h
;;   0x0291: mov [rbp-8], r14
;;   0x0295: mov eax, [rbp+10h]
;;   0x0298: add eax, 1
;;   0x029b: mov [rbp-10h], eax
;;   0x029e: mov esi, 0
;;   0x02a3: mov edx, [rbp+10h]
;;   0x02a6: mov ecx, 0
;;   0x02ab: mov r8d, 10h
;;   0x02b1: mov rdi, r14
;;   0x02b4: mov r11, rsp
;;   0x02b7: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x02bb: push r11
;;   0x02bd: push r11
;;   0x02bf: mov r11, [r14+8]
;;   0x02c3: call qword ptr [r11+8]
;;   0x02c7: mov rsp, [rsp+8]
;;   0x02cc: test eax, eax
;;   0x02ce: jne 2EEh
;;   0x02d4: mov eax, [rbp-10h]
;;   0x02d7: mov rsp, rbp
;;   0x02da: pop rbp
;;   0x02db: ret 8
;;   0x02de: mov r11, [r14]
;;   0x02e1: mov eax, 0Ah
;;   0x02e6: mov rsp, [r11+8]
;;   0x02ea: jmp qword ptr [r11+10h]
;;   0x02ee: mov r11, [r14]
;;   0x02f1: mov rsp, [r11+8]
;;   0x02f5: jmp qword ptr [r11+10h]
