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
;;   0x0014: jb 5Bh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: mov r11, [r14+18h]
;;   0x0032: cmp rax, [r11+8]
;;   0x0036: jae 5Dh
;;   0x003c: mov r11, [r11]
;;   0x003f: lea rax, [r11+rax*8]
;;   0x0043: mov r11d, 0
;;   0x0049: cmovae rax, r11
;;   0x004d: mov rax, [rax]
;;   0x0050: mov rbx, [rbp-10h]
;;   0x0054: mov rsp, rbp
;;   0x0057: pop rbp
;;   0x0058: ret 8
;;   0x005b: ud2
;;   0x005d: ud2
;; function 1 (set):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0BFh
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov ebx, [rbp+10h]
;;   0x008c: mov rax, [rbp+18h]
;;   0x0090: mov ecx, ebx
;;   0x0092: mov r11, [r14+20h]
;;   0x0096: cmp rcx, [r11+8]
;;   0x009a: jae 0C1h
;;   0x00a0: mov r11, [r11]
;;   0x00a3: lea rcx, [r11+rcx*8]
;;   0x00a7: mov r11d, 0
;;   0x00ad: cmovae rcx, r11
;;   0x00b1: mov [rcx], rax
;;   0x00b4: mov rbx, [rbp-10h]
;;   0x00b8: mov rsp, rbp
;;   0x00bb: pop rbp
;;   0x00bc: ret 10h
;;   0x00bf: ud2
;;   0x00c1: ud2
;; function 2 (set_null):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 130h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov ebx, [rbp+10h]
;;   0x00fc: mov eax, 0
;;   0x0101: mov ecx, ebx
;;   0x0103: mov r11, [r14+18h]
;;   0x0107: cmp rcx, [r11+8]
;;   0x010b: jae 132h
;;   0x0111: mov r11, [r11]
;;   0x0114: lea rcx, [r11+rcx*8]
;;   0x0118: mov r11d, 0
;;   0x011e: cmovae rcx, r11
;;   0x0122: mov [rcx], rax
;;   0x0125: mov rbx, [rbp-10h]
;;   0x0129: mov rsp, rbp
;;   0x012c: pop rbp
;;   0x012d: ret 8
;;   0x0130: ud2
;;   0x0132: ud2
;; function 3 (copy_elem):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 1CCh
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov [rbp-18h], r12
;;   0x016d: mov ebx, [rbp+10h]
;;   0x0170: mov r12d, [rbp+18h]
;;   0x0174: mov eax, r12d
;;   0x0177: mov r11, [r14+18h]
;;   0x017b: cmp rax, [r11+8]
;;   0x017f: jae 1CEh
;;   0x0185: mov r11, [r11]
;;   0x0188: lea rax, [r11+rax*8]
;;   0x018c: mov r11d, 0
;;   0x0192: cmovae rax, r11
;;   0x0196: mov rax, [rax]
;;   0x0199: mov ecx, ebx
;;   0x019b: mov r11, [r14+18h]
;;   0x019f: cmp rcx, [r11+8]
;;   0x01a3: jae 1CEh
;;   0x01a9: mov r11, [r11]
;;   0x01ac: lea rcx, [r11+rcx*8]
;;   0x01b0: mov r11d, 0
;;   0x01b6: cmovae rcx, r11
;;   0x01ba: mov [rcx], rax
;;   0x01bd: mov rbx, [rbp-10h]
;;   0x01c1: mov r12, [rbp-18h]
;;   0x01c5: mov rsp, rbp
;;   0x01c8: pop rbp
;;   0x01c9: ret 10h
;;   0x01cc: ud2
;;   0x01ce: ud2
;; function 4 (size_f):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 30h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 202h
;;   0x01ea: sub rsp, 30h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov r11, [r14+18h]
;;   0x01f9: mov eax, [r11+8]
;;   0x01fd: mov rsp, rbp
;;   0x0200: pop rbp
;;   0x0201: ret
;;   0x0202: ud2
;; function 5 (size_e):
;;   0x0210: push rbp
;;   0x0211: mov rbp, rsp
;;   0x0214: mov r11, [r14]
;;   0x0217: mov r11, [r11]
;;   0x021a: add r11, 30h
;;   0x0221: cmp rsp, r11
;;   0x0224: jb 242h
;;   0x022a: sub rsp, 30h
;;   0x0231: mov [rbp-8], r14
;;   0x0235: mov r11, [r14+20h]
;;   0x0239: mov eax, [r11+8]
;;   0x023d: mov rsp, rbp
;;   0x0240: pop rbp
;;   0x0241: ret
;;   0x0242: ud2
