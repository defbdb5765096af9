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
;;   0x0030: jae 57h
;;   0x0036: shl rax, 3
;;   0x003a: add rax, [r11]
;;   0x003d: mov rax, [rax]
;;   0x0040: mov rsp, rbp
;;   0x0043: pop rbp
;;   0x0044: ret 8
;;   0x0047: mov r11, [r14]
;;   0x004a: mov eax, 0Ah
;;   0x004f: mov rsp, [r11+8]
;;   0x0053: jmp qword ptr [r11+10h]
;;   0x0057: mov r11, [r14]
;;   0x005a: mov eax, 6
;;   0x005f: mov rsp, [r11+8]
;;   0x0063: jmp qword ptr [r11+10h]
;; function 1 (set):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 20h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0BBh
;;   0x008a: sub rsp, 20h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov rax, [rbp+18h]
;;   0x0099: mov ecx, [rbp+10h]
;;   0x009c: mov r11, [r14+20h]
;;   0x00a0: cmp rcx, [r11+8]
;;   0x00a4: jae 0CBh
;;   0x00aa: shl rcx, 3
;;   0x00ae: add rcx, [r11]
;;   0x00b1: mov [rcx], rax
;;   0x00b4: mov rsp, rbp
;;   0x00b7: pop rbp
;;   0x00b8: ret 10h
;;   0x00bb: mov r11, [r14]
;;   0x00be: mov eax, 0Ah
;;   0x00c3: mov rsp, [r11+8]
;;   0x00c7: jmp qword ptr [r11+10h]
;;   0x00cb: mov r11, [r14]
;;   0x00ce: mov eax, 6
;;   0x00d3: mov rsp, [r11+8]
;;   0x00d7: jmp qword ptr [r11+10h]
;; function 2 (set_null):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 20h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 12Ch
;;   0x00fa: sub rsp, 20h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov eax, 0
;;   0x010a: mov ecx, [rbp+10h]
;;   0x010d: mov r11, [r14+18h]
;;   0x0111: cmp rcx, [r11+8]
;;   0x0115: jae 13Ch
;;   0x011b: shl rcx, 3
;;   0x011f: add rcx, [r11]
;;   0x0122: mov [rcx], rax
;;   0x0125: mov rsp, rbp
;;   0x0128: pop rbp
;;   0x0129: ret 8
;;   0x012c: mov r11, [r14]
;;   0x012f: mov eax, 0Ah
;;   0x0134: mov rsp, [r11+8]
;;   0x0138: jmp qword ptr [r11+10h]
;;   0x013c: mov r11, [r14]
;;   0x013f: mov eax, 6
;;   0x0144: mov rsp, [r11+8]
;;   0x0148: jmp qword ptr [r11+10h]
;; function 3 (copy_elem):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 20h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1B2h
;;   0x016a: sub rsp, 20h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov eax, [rbp+18h]
;;   0x0178: mov r11, [r14+18h]
;;   0x017c: cmp rax, [r11+8]
;;   0x0180: jae 1C2h
;;   0x0186: shl rax, 3
;;   0x018a: add rax, [r11]
;;   0x018d: mov rax, [rax]
;;   0x0190: mov ecx, [rbp+10h]
;;   0x0193: mov r11, [r14+18h]
;;   0x0197: cmp rcx, [r11+8]
;;   0x019b: jae 1C2h
;;   0x01a1: shl rcx, 3
;;   0x01a5: add rcx, [r11]
;;   0x01a8: mov [rcx], rax
;;   0x01ab: mov rsp, rbp
;;   0x01ae: pop rbp
;;   0x01af: ret 10h
;;   0x01b2: mov r11, [r14]
;;   0x01b5: mov eax, 0Ah
;;   0x01ba: mov rsp, [r11+8]
;;   0x01be: jmp qword ptr [r11+10h]
;;   0x01c2: mov r11, [r14]
;;   0x01c5: mov eax, 6
;;   0x01ca: mov rsp, [r11+8]
;;   0x01ce: jmp qword ptr [r11+10h]
;; function 4 (size_f):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 10h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 212h
;;   0x01fa: sub rsp, 10h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov r11, [r14+18h]
;;   0x0209: mov eax, [r11+8]
;;   0x020d: mov rsp, rbp
;;   0x0210: pop rbp
;;   0x0211: ret
;;   0x0212: mov r11, [r14]
;;   0x0215: mov eax, 0Ah
;;   0x021a: mov rsp, [r11+8]
;;   0x021e: jmp qword ptr [r11+10h]
;; function 5 (size_e):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 10h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 262h
;;   0x024a: sub rsp, 10h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov r11, [r14+20h]
;;   0x0259: mov eax, [r11+8]
;;   0x025d: mov rsp, rbp
;;   0x0260: pop rbp
;;   0x0261: ret
;;   0x0262: mov r11, [r14]
;;   0x0265: mov eax, 0Ah
;;   0x026a: mov rsp, [r11+8]
;;   0x026e: jmp qword ptr [r11+10h]
