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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 47h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: mov r11, [r14+18h]
;;   0x002c: cmp rax, [r11+8]
;;   0x0030: jae 49h
;;   0x0036: shl rax, 3
;;   0x003a: add rax, [r11]
;;   0x003d: mov rax, [rax]
;;   0x0040: mov rsp, rbp
;;   0x0043: pop rbp
;;   0x0044: ret 8
;;   0x0047: ud2
;;   0x0049: ud2
;; function 1 (set):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 9Bh
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rax, [rbp+18h]
;;   0x0079: mov ecx, [rbp+10h]
;;   0x007c: mov r11, [r14+20h]
;;   0x0080: cmp rcx, [r11+8]
;;   0x0084: jae 9Dh
;;   0x008a: shl rcx, 3
;;   0x008e: add rcx, [r11]
;;   0x0091: mov [rcx], rax
;;   0x0094: mov rsp, rbp
;;   0x0097: pop rbp
;;   0x0098: ret 10h
;;   0x009b: ud2
;;   0x009d: ud2
;; function 2 (set_null):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0ECh
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, 0
;;   0x00ca: mov ecx, [rbp+10h]
;;   0x00cd: mov r11, [r14+18h]
;;   0x00d1: cmp rcx, [r11+8]
;;   0x00d5: jae 0EEh
;;   0x00db: shl rcx, 3
;;   0x00df: add rcx, [r11]
;;   0x00e2: mov [rcx], rax
;;   0x00e5: mov rsp, rbp
;;   0x00e8: pop rbp
;;   0x00e9: ret 8
;;   0x00ec: ud2
;;   0x00ee: ud2
;; function 3 (copy_elem):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 152h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov eax, [rbp+18h]
;;   0x0118: mov r11, [r14+18h]
;;   0x011c: cmp rax, [r11+8]
;;   0x0120: jae 154h
;;   0x0126: shl rax, 3
;;   0x012a: add rax, [r11]
;;   0x012d: mov rax, [rax]
;;   0x0130: mov ecx, [rbp+10h]
;;   0x0133: mov r11, [r14+18h]
;;   0x0137: cmp rcx, [r11+8]
;;   0x013b: jae 154h
;;   0x0141: shl rcx, 3
;;   0x0145: add rcx, [r11]
;;   0x0148: mov [rcx], rax
;;   0x014b: mov rsp, rbp
;;   0x014e: pop rbp
;;   0x014f: ret 10h
;;   0x0152: ud2
;;   0x0154: ud2
;; function 4 (size_f):
;;   0x0160: push rbp
;;   0x0161: mov rbp, rsp
;;   0x0164: mov r11, [r14]
;;   0x0167: mov r11, [r11]
;;   0x016a: add r11, 10h
;;   0x0171: cmp rsp, r11
;;   0x0174: jb 192h
;;   0x017a: sub rsp, 10h
;;   0x0181: mov [rbp-8], r14
;;   0x0185: mov r11, [r14+18h]
;;   0x0189: mov eax, [r11+8]
;;   0x018d: mov rsp, rbp
;;   0x0190: pop rbp
;;   0x0191: ret
;;   0x0192: ud2
;; function 5 (size_e):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 10h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 1D2h
;;   0x01ba: sub rsp, 10h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov r11, [r14+20h]
;;   0x01c9: mov eax, [r11+8]
;;   0x01cd: mov rsp, rbp
;;   0x01d0: pop rbp
;;   0x01d1: ret
;;   0x01d2: ud2
