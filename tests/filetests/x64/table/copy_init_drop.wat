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
;;   0x0044: jb 0B4h
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
;;   0x007e: mov rdi, r14
;;   0x0081: mov r11, rsp
;;   0x0084: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0088: push r11
;;   0x008a: push r11
;;   0x008c: mov r11, [r14+8]
;;   0x0090: call qword ptr [r11+38h]
;;   0x0094: mov rsp, [rsp+8]
;;   0x0099: test eax, eax
;;   0x009b: jne 0B6h
;;   0x00a1: mov rbx, [rbp-10h]
;;   0x00a5: mov r12, [rbp-18h]
;;   0x00a9: mov r13, [rbp-20h]
;;   0x00ad: mov rsp, rbp
;;   0x00b0: pop rbp
;;   0x00b1: ret 18h
;;   0x00b4: ud2
;;   0x00b6: mov r11, [r14]
;;   0x00b9: mov rsp, [r11+8]
;;   0x00bd: jmp qword ptr [r11+10h]
;; function 2 (copy_same):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 40h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 142h
;;   0x00ea: sub rsp, 40h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov ebx, [rbp+10h]
;;   0x00fc: mov esi, 1
;;   0x0101: mov edx, 1
;;   0x0106: mov ecx, ebx
;;   0x0108: mov r8d, 0
;;   0x010e: mov r9d, 1
;;   0x0114: mov rdi, r14
;;   0x0117: mov r11, rsp
;;   0x011a: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x011e: push r11
;;   0x0120: push r11
;;   0x0122: mov r11, [r14+8]
;;   0x0126: call qword ptr [r11+38h]
;;   0x012a: mov rsp, [rsp+8]
;;   0x012f: test eax, eax
;;   0x0131: jne 144h
;;   0x0137: mov rbx, [rbp-10h]
;;   0x013b: mov rsp, rbp
;;   0x013e: pop rbp
;;   0x013f: ret 8
;;   0x0142: ud2
;;   0x0144: mov r11, [r14]
;;   0x0147: mov rsp, [r11+8]
;;   0x014b: jmp qword ptr [r11+10h]
;; function 3 (init):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 40h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1D4h
;;   0x016a: sub rsp, 40h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov [rbp-18h], r12
;;   0x017d: mov [rbp-20h], r13
;;   0x0181: mov ebx, [rbp+10h]
;;   0x0184: mov r12d, [rbp+18h]
;;   0x0188: mov r13d, [rbp+20h]
;;   0x018c: mov esi, 1
;;   0x0191: mov edx, 1
;;   0x0196: mov ecx, ebx
;;   0x0198: mov r8d, r12d
;;   0x019b: mov r9d, r13d
;;   0x019e: mov rdi, r14
;;   0x01a1: mov r11, rsp
;;   0x01a4: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01a8: push r11
;;   0x01aa: push r11
;;   0x01ac: mov r11, [r14+8]
;;   0x01b0: call qword ptr [r11+40h]
;;   0x01b4: mov rsp, [rsp+8]
;;   0x01b9: test eax, eax
;;   0x01bb: jne 1D6h
;;   0x01c1: mov rbx, [rbp-10h]
;;   0x01c5: mov r12, [rbp-18h]
;;   0x01c9: mov r13, [rbp-20h]
;;   0x01cd: mov rsp, rbp
;;   0x01d0: pop rbp
;;   0x01d1: ret 18h
;;   0x01d4: ud2
;;   0x01d6: mov r11, [r14]
;;   0x01d9: mov rsp, [r11+8]
;;   0x01dd: jmp qword ptr [r11+10h]
;; function 4 (drop):
;;   0x01f0: push rbp
;;   0x01f1: mov rbp, rsp
;;   0x01f4: mov r11, [r14]
;;   0x01f7: mov r11, [r11]
;;   0x01fa: add r11, 20h
;;   0x0201: cmp rsp, r11
;;   0x0204: jb 23Ch
;;   0x020a: sub rsp, 20h
;;   0x0211: mov [rbp-8], r14
;;   0x0215: mov esi, 0
;;   0x021a: mov rdi, r14
;;   0x021d: mov r11, rsp
;;   0x0220: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0224: push r11
;;   0x0226: push r11
;;   0x0228: mov r11, [r14+8]
;;   0x022c: call qword ptr [r11+48h]
;;   0x0230: mov rsp, [rsp+8]
;;   0x0235: mov eax, eax
;;   0x0237: mov rsp, rbp
;;   0x023a: pop rbp
;;   0x023b: ret
;;   0x023c: ud2
