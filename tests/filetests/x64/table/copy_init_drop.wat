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
;; function 1 (copy):
;;   0x0030: push rbp
;;   0x0031: mov rbp, rsp
;;   0x0034: mov r11, [r14]
;;   0x0037: mov r11, [r11]
;;   0x003a: add r11, 20h
;;   0x0041: cmp rsp, r11
;;   0x0044: jb 94h
;;   0x004a: sub rsp, 20h
;;   0x0051: mov [rbp-8], r14
;;   0x0055: mov esi, 0
;;   0x005a: mov edx, 1
;;   0x005f: mov ecx, [rbp+10h]
;;   0x0062: mov r8d, [rbp+18h]
;;   0x0066: mov r9d, [rbp+20h]
;;   0x006a: mov rdi, r14
;;   0x006d: mov r11, rsp
;;   0x0070: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0074: push r11
;;   0x0076: push r11
;;   0x0078: mov r11, [r14+8]
;;   0x007c: call qword ptr [r11+38h]
;;   0x0080: mov rsp, [rsp+8]
;;   0x0085: test eax, eax
;;   0x0087: jne 96h
;;   0x008d: mov rsp, rbp
;;   0x0090: pop rbp
;;   0x0091: ret 18h
;;   0x0094: ud2
;;   0x0096: mov r11, [r14]
;;   0x0099: mov rsp, [r11+8]
;;   0x009d: jmp qword ptr [r11+10h]
;; function 2 (copy_same):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 20h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 118h
;;   0x00ca: sub rsp, 20h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov esi, 1
;;   0x00da: mov edx, 1
;;   0x00df: mov ecx, [rbp+10h]
;;   0x00e2: mov r8d, 0
;;   0x00e8: mov r9d, 1
;;   0x00ee: mov rdi, r14
;;   0x00f1: mov r11, rsp
;;   0x00f4: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00f8: push r11
;;   0x00fa: push r11
;;   0x00fc: mov r11, [r14+8]
;;   0x0100: call qword ptr [r11+38h]
;;   0x0104: mov rsp, [rsp+8]
;;   0x0109: test eax, eax
;;   0x010b: jne 11Ah
;;   0x0111: mov rsp, rbp
;;   0x0114: pop rbp
;;   0x0115: ret 8
;;   0x0118: ud2
;;   0x011a: mov r11, [r14]
;;   0x011d: mov rsp, [r11+8]
;;   0x0121: jmp qword ptr [r11+10h]
;; function 3 (init):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 20h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 194h
;;   0x014a: sub rsp, 20h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov esi, 1
;;   0x015a: mov edx, 1
;;   0x015f: mov ecx, [rbp+10h]
;;   0x0162: mov r8d, [rbp+18h]
;;   0x0166: mov r9d, [rbp+20h]
;;   0x016a: mov rdi, r14
;;   0x016d: mov r11, rsp
;;   0x0170: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0174: push r11
;;   0x0176: push r11
;;   0x0178: mov r11, [r14+8]
;;   0x017c: call qword ptr [r11+40h]
;;   0x0180: mov rsp, [rsp+8]
;;   0x0185: test eax, eax
;;   0x0187: jne 196h
;;   0x018d: mov rsp, rbp
;;   0x0190: pop rbp
;;   0x0191: ret 18h
;;   0x0194: ud2
;;   0x0196: mov r11, [r14]
;;   0x0199: mov rsp, [r11+8]
;;   0x019d: jmp qword ptr [r11+10h]
;; function 4 (drop):
;;   0x01b0: push rbp
;;   0x01b1: mov rbp, rsp
;;   0x01b4: mov r11, [r14]
;;   0x01b7: mov r11, [r11]
;;   0x01ba: add r11, 10h
;;   0x01c1: cmp rsp, r11
;;   0x01c4: jb 1FCh
;;   0x01ca: sub rsp, 10h
;;   0x01d1: mov [rbp-8], r14
;;   0x01d5: mov esi, 0
;;   0x01da: mov rdi, r14
;;   0x01dd: mov r11, rsp
;;   0x01e0: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01e4: push r11
;;   0x01e6: push r11
;;   0x01e8: mov r11, [r14+8]
;;   0x01ec: call qword ptr [r11+48h]
;;   0x01f0: mov rsp, [rsp+8]
;;   0x01f5: mov eax, eax
;;   0x01f7: mov rsp, rbp
;;   0x01fa: pop rbp
;;   0x01fb: ret
;;   0x01fc: ud2
