;;! target = "x86_64"

;; table.copy (vmctx, dst table, src table, dst, src, len), table.init
;; (vmctx, table, segment, dst, src, len), elem.drop (vmctx, segment).
(module
  (table $a 4 funcref)
  (table $b 4 funcref)
  (func $f)
  (elem $seg func $f $f)
  (elem $seg2 func $f)
  (func (export "copy") (param i32 i32 i32)
    (table.copy $a $b (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_same") (param i32)
    (table.copy $b $b (local.get 0) (i32.const 0) (i32.const 1)))
  (func (export "init") (param i32 i32 i32)
    (table.init $b $seg2 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "drop") (elem.drop $seg)))
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
;; function 1 (copy):
;;   0x0030: push rbp
;;   0x0031: mov rbp, rsp
;;   0x0034: mov r11, [r14]
;;   0x0037: mov r11, [r11]
;;   0x003a: add r11, 40h
;;   0x0041: cmp rsp, r11
;;   0x0044: jb 0C6h
;;   0x004a: sub rsp, 40h
;;   0x0051: mov [rbp-8], r14
;;   0x0055: mov [rbp-10h], rbx
;;   0x0059: mov [rbp-18h], r12
;;   0x005d: mov [rbp-20h], r13
;;   0x0061: mov ebx, [rbp+10h]
;;   0x0064: mov r12d, [rbp+18h]
;;   0x0068: mov r13d, [rbp+20h]
;;   0x006c: mov esi, 0
;;   0x0071: mov edx, 1
;;   0x0076: mov ecx, ebx
;;   0x0078: mov r8d, r12d
;;   0x007b: mov r9d, r13d
;;   0x007e: mov r11, [r14]
;;   0x0081: mov [r11+30h], rbp
;;   0x0085: lea rdi, [0A6h]
;;   0x008c: mov [r11+38h], rdi
;;   0x0090: mov rdi, r14
;;   0x0093: mov r11, rsp
;;   0x0096: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x009a: push r11
;;   0x009c: push r11
;;   0x009e: mov r11, [r14+8]
;;   0x00a2: call qword ptr [r11+38h]
;;   0x00a6: mov rsp, [rsp+8]
;;   0x00ab: test eax, eax
;;   0x00ad: jne 0C8h
;;   0x00b3: mov rbx, [rbp-10h]
;;   0x00b7: mov r12, [rbp-18h]
;;   0x00bb: mov r13, [rbp-20h]
;;   0x00bf: mov rsp, rbp
;;   0x00c2: pop rbp
;;   0x00c3: ret 18h
;;   0x00c6: ud2
;;   0x00c8: mov r11, [r14]
;;   0x00cb: mov rsp, [r11+8]
;;   0x00cf: jmp qword ptr [r11+10h]
;; function 2 (copy_same):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 40h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 164h
;;   0x00fa: sub rsp, 40h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov [rbp-10h], rbx
;;   0x0109: mov ebx, [rbp+10h]
;;   0x010c: mov esi, 1
;;   0x0111: mov edx, 1
;;   0x0116: mov ecx, ebx
;;   0x0118: mov r8d, 0
;;   0x011e: mov r9d, 1
;;   0x0124: mov r11, [r14]
;;   0x0127: mov [r11+30h], rbp
;;   0x012b: lea rdi, [14Ch]
;;   0x0132: mov [r11+38h], rdi
;;   0x0136: mov rdi, r14
;;   0x0139: mov r11, rsp
;;   0x013c: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0140: push r11
;;   0x0142: push r11
;;   0x0144: mov r11, [r14+8]
;;   0x0148: call qword ptr [r11+38h]
;;   0x014c: mov rsp, [rsp+8]
;;   0x0151: test eax, eax
;;   0x0153: jne 166h
;;   0x0159: mov rbx, [rbp-10h]
;;   0x015d: mov rsp, rbp
;;   0x0160: pop rbp
;;   0x0161: ret 8
;;   0x0164: ud2
;;   0x0166: mov r11, [r14]
;;   0x0169: mov rsp, [r11+8]
;;   0x016d: jmp qword ptr [r11+10h]
;; function 3 (init):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 40h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 216h
;;   0x019a: sub rsp, 40h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov [rbp-10h], rbx
;;   0x01a9: mov [rbp-18h], r12
;;   0x01ad: mov [rbp-20h], r13
;;   0x01b1: mov ebx, [rbp+10h]
;;   0x01b4: mov r12d, [rbp+18h]
;;   0x01b8: mov r13d, [rbp+20h]
;;   0x01bc: mov esi, 1
;;   0x01c1: mov edx, 1
;;   0x01c6: mov ecx, ebx
;;   0x01c8: mov r8d, r12d
;;   0x01cb: mov r9d, r13d
;;   0x01ce: mov r11, [r14]
;;   0x01d1: mov [r11+30h], rbp
;;   0x01d5: lea rdi, [1F6h]
;;   0x01dc: mov [r11+38h], rdi
;;   0x01e0: mov rdi, r14
;;   0x01e3: mov r11, rsp
;;   0x01e6: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01ea: push r11
;;   0x01ec: push r11
;;   0x01ee: mov r11, [r14+8]
;;   0x01f2: call qword ptr [r11+40h]
;;   0x01f6: mov rsp, [rsp+8]
;;   0x01fb: test eax, eax
;;   0x01fd: jne 218h
;;   0x0203: mov rbx, [rbp-10h]
;;   0x0207: mov r12, [rbp-18h]
;;   0x020b: mov r13, [rbp-20h]
;;   0x020f: mov rsp, rbp
;;   0x0212: pop rbp
;;   0x0213: ret 18h
;;   0x0216: ud2
;;   0x0218: mov r11, [r14]
;;   0x021b: mov rsp, [r11+8]
;;   0x021f: jmp qword ptr [r11+10h]
;; function 4 (drop):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 20h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 28Eh
;;   0x024a: sub rsp, 20h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov esi, 0
;;   0x025a: mov r11, [r14]
;;   0x025d: mov [r11+30h], rbp
;;   0x0261: lea rdi, [282h]
;;   0x0268: mov [r11+38h], rdi
;;   0x026c: mov rdi, r14
;;   0x026f: mov r11, rsp
;;   0x0272: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0276: push r11
;;   0x0278: push r11
;;   0x027a: mov r11, [r14+8]
;;   0x027e: call qword ptr [r11+48h]
;;   0x0282: mov rsp, [rsp+8]
;;   0x0287: mov eax, eax
;;   0x0289: mov rsp, rbp
;;   0x028c: pop rbp
;;   0x028d: ret
;;   0x028e: ud2
