;;! target = "x86_64"

;; table.get/set: an unsigned bounds check against the length (trap
;; TableOutOfBounds), then an 8-byte element; table.size reads the 32-bit
;; length. Table 0 definition pointer at vmctx+0x18, table 1 at +0x20.
(module
  (table $f 4 funcref)
  (table $e 2 externref)
  (func (export "get") (param i32) (result funcref) (table.get $f (local.get 0)))
  (func (export "set") (param i32 externref) (table.set $e (local.get 0) (local.get 1)))
  (func (export "set_null") (param i32) (table.set $f (local.get 0) (ref.null func)))
  (func (export "copy_elem") (param i32 i32)
    (table.set $f (local.get 0) (table.get $f (local.get 1))))
  (func (export "size_f") (result i32) (table.size $f))
  (func (export "size_e") (result i32) (table.size $e)))
;; function 0 (get):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 51h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: mov r11, [r14+18h]
;;   0x0032: cmp rax, [r11+8]
;;   0x0036: jae 53h
;;   0x003c: shl rax, 3
;;   0x0040: add rax, [r11]
;;   0x0043: mov rax, [rax]
;;   0x0046: mov rbx, [rbp-10h]
;;   0x004a: mov rsp, rbp
;;   0x004d: pop rbp
;;   0x004e: ret 8
;;   0x0051: ud2
;;   0x0053: ud2
;; function 1 (set):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0C0h
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov [rbp-18h], r12
;;   0x008d: mov ebx, [rbp+10h]
;;   0x0090: mov r12, [rbp+18h]
;;   0x0094: mov rax, r12
;;   0x0097: mov ecx, ebx
;;   0x0099: mov r11, [r14+20h]
;;   0x009d: cmp rcx, [r11+8]
;;   0x00a1: jae 0C2h
;;   0x00a7: shl rcx, 3
;;   0x00ab: add rcx, [r11]
;;   0x00ae: mov [rcx], rax
;;   0x00b1: mov rbx, [rbp-10h]
;;   0x00b5: mov r12, [rbp-18h]
;;   0x00b9: mov rsp, rbp
;;   0x00bc: pop rbp
;;   0x00bd: ret 10h
;;   0x00c0: ud2
;;   0x00c2: ud2
;; function 2 (set_null):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 126h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov ebx, [rbp+10h]
;;   0x00fc: mov eax, 0
;;   0x0101: mov ecx, ebx
;;   0x0103: mov r11, [r14+18h]
;;   0x0107: cmp rcx, [r11+8]
;;   0x010b: jae 128h
;;   0x0111: shl rcx, 3
;;   0x0115: add rcx, [r11]
;;   0x0118: mov [rcx], rax
;;   0x011b: mov rbx, [rbp-10h]
;;   0x011f: mov rsp, rbp
;;   0x0122: pop rbp
;;   0x0123: ret 8
;;   0x0126: ud2
;;   0x0128: ud2
;; function 3 (copy_elem):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 30h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 1A8h
;;   0x014a: sub rsp, 30h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov [rbp-10h], rbx
;;   0x0159: mov [rbp-18h], r12
;;   0x015d: mov ebx, [rbp+10h]
;;   0x0160: mov r12d, [rbp+18h]
;;   0x0164: mov eax, r12d
;;   0x0167: mov r11, [r14+18h]
;;   0x016b: cmp rax, [r11+8]
;;   0x016f: jae 1AAh
;;   0x0175: shl rax, 3
;;   0x0179: add rax, [r11]
;;   0x017c: mov rax, [rax]
;;   0x017f: mov ecx, ebx
;;   0x0181: mov r11, [r14+18h]
;;   0x0185: cmp rcx, [r11+8]
;;   0x0189: jae 1AAh
;;   0x018f: shl rcx, 3
;;   0x0193: add rcx, [r11]
;;   0x0196: mov [rcx], rax
;;   0x0199: mov rbx, [rbp-10h]
;;   0x019d: mov r12, [rbp-18h]
;;   0x01a1: mov rsp, rbp
;;   0x01a4: pop rbp
;;   0x01a5: ret 10h
;;   0x01a8: ud2
;;   0x01aa: ud2
;; function 4 (size_f):
;;   0x01b0: push rbp
;;   0x01b1: mov rbp, rsp
;;   0x01b4: mov r11, [r14]
;;   0x01b7: mov r11, [r11]
;;   0x01ba: add r11, 30h
;;   0x01c1: cmp rsp, r11
;;   0x01c4: jb 1E2h
;;   0x01ca: sub rsp, 30h
;;   0x01d1: mov [rbp-8], r14
;;   0x01d5: mov r11, [r14+18h]
;;   0x01d9: mov eax, [r11+8]
;;   0x01dd: mov rsp, rbp
;;   0x01e0: pop rbp
;;   0x01e1: ret
;;   0x01e2: ud2
;; function 5 (size_e):
;;   0x01f0: push rbp
;;   0x01f1: mov rbp, rsp
;;   0x01f4: mov r11, [r14]
;;   0x01f7: mov r11, [r11]
;;   0x01fa: add r11, 30h
;;   0x0201: cmp rsp, r11
;;   0x0204: jb 222h
;;   0x020a: sub rsp, 30h
;;   0x0211: mov [rbp-8], r14
;;   0x0215: mov r11, [r14+20h]
;;   0x0219: mov eax, [r11+8]
;;   0x021d: mov rsp, rbp
;;   0x0220: pop rbp
;;   0x0221: ret
;;   0x0222: ud2
