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
;;   0x002a: mov r11, [r14]
;;   0x002d: mov eax, 0Ah
;;   0x0032: mov rsp, [r11+8]
;;   0x0036: jmp qword ptr [r11+10h]
;; function 1 (copy):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 0A4h
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov esi, 0
;;   0x006a: mov edx, 1
;;   0x006f: mov ecx, [rbp+10h]
;;   0x0072: mov r8d, [rbp+18h]
;;   0x0076: mov r9d, [rbp+20h]
;;   0x007a: mov rdi, r14
;;   0x007d: mov r11, rsp
;;   0x0080: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0084: push r11
;;   0x0086: push r11
;;   0x0088: mov r11, [r14+8]
;;   0x008c: call qword ptr [r11+38h]
;;   0x0090: mov rsp, [rsp+8]
;;   0x0095: test eax, eax
;;   0x0097: jne 0B4h
;;   0x009d: mov rsp, rbp
;;   0x00a0: pop rbp
;;   0x00a1: ret 18h
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov eax, 0Ah
;;   0x00ac: mov rsp, [r11+8]
;;   0x00b0: jmp qword ptr [r11+10h]
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov rsp, [r11+8]
;;   0x00bb: jmp qword ptr [r11+10h]
;; function 2 (copy_same):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 128h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov esi, 1
;;   0x00ea: mov edx, 1
;;   0x00ef: mov ecx, [rbp+10h]
;;   0x00f2: mov r8d, 0
;;   0x00f8: mov r9d, 1
;;   0x00fe: mov rdi, r14
;;   0x0101: mov r11, rsp
;;   0x0104: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0108: push r11
;;   0x010a: push r11
;;   0x010c: mov r11, [r14+8]
;;   0x0110: call qword ptr [r11+38h]
;;   0x0114: mov rsp, [rsp+8]
;;   0x0119: test eax, eax
;;   0x011b: jne 138h
;;   0x0121: mov rsp, rbp
;;   0x0124: pop rbp
;;   0x0125: ret 8
;;   0x0128: mov r11, [r14]
;;   0x012b: mov eax, 0Ah
;;   0x0130: mov rsp, [r11+8]
;;   0x0134: jmp qword ptr [r11+10h]
;;   0x0138: mov r11, [r14]
;;   0x013b: mov rsp, [r11+8]
;;   0x013f: jmp qword ptr [r11+10h]
;; function 3 (init):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 20h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1B4h
;;   0x016a: sub rsp, 20h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov esi, 1
;;   0x017a: mov edx, 1
;;   0x017f: mov ecx, [rbp+10h]
;;   0x0182: mov r8d, [rbp+18h]
;;   0x0186: mov r9d, [rbp+20h]
;;   0x018a: mov rdi, r14
;;   0x018d: mov r11, rsp
;;   0x0190: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0194: push r11
;;   0x0196: push r11
;;   0x0198: mov r11, [r14+8]
;;   0x019c: call qword ptr [r11+40h]
;;   0x01a0: mov rsp, [rsp+8]
;;   0x01a5: test eax, eax
;;   0x01a7: jne 1C4h
;;   0x01ad: mov rsp, rbp
;;   0x01b0: pop rbp
;;   0x01b1: ret 18h
;;   0x01b4: mov r11, [r14]
;;   0x01b7: mov eax, 0Ah
;;   0x01bc: mov rsp, [r11+8]
;;   0x01c0: jmp qword ptr [r11+10h]
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov rsp, [r11+8]
;;   0x01cb: jmp qword ptr [r11+10h]
;; function 4 (drop):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 10h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 21Ch
;;   0x01ea: sub rsp, 10h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov esi, 0
;;   0x01fa: mov rdi, r14
;;   0x01fd: mov r11, rsp
;;   0x0200: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0204: push r11
;;   0x0206: push r11
;;   0x0208: mov r11, [r14+8]
;;   0x020c: call qword ptr [r11+48h]
;;   0x0210: mov rsp, [rsp+8]
;;   0x0215: mov eax, eax
;;   0x0217: mov rsp, rbp
;;   0x021a: pop rbp
;;   0x021b: ret
;;   0x021c: mov r11, [r14]
;;   0x021f: mov eax, 0Ah
;;   0x0224: mov rsp, [r11+8]
;;   0x0228: jmp qword ptr [r11+10h]
