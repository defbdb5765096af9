;;! target = "x86_64"

(module
  (func (export "shl") (param i64 i64) (result i64) (i64.shl (local.get 0) (local.get 1)))
  (func (export "shr_s") (param i64 i64) (result i64) (i64.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_u") (param i64 i64) (result i64) (i64.shr_u (local.get 0) (local.get 1)))
  (func (export "rotl") (param i64 i64) (result i64) (i64.rotl (local.get 0) (local.get 1)))
  (func (export "rotr") (param i64 i64) (result i64) (i64.rotr (local.get 0) (local.get 1))))
;; function 0 (shl):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 37h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rcx, [rbp+18h]
;;   0x0029: mov rax, [rbp+10h]
;;   0x002d: shl rax, cl
;;   0x0030: mov rsp, rbp
;;   0x0033: pop rbp
;;   0x0034: ret 10h
;;   0x0037: mov r11, [r14]
;;   0x003a: mov eax, 0Ah
;;   0x003f: mov rsp, [r11+8]
;;   0x0043: jmp qword ptr [r11+10h]
;; function 1 (shr_s):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 87h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov rcx, [rbp+18h]
;;   0x0079: mov rax, [rbp+10h]
;;   0x007d: sar rax, cl
;;   0x0080: mov rsp, rbp
;;   0x0083: pop rbp
;;   0x0084: ret 10h
;;   0x0087: mov r11, [r14]
;;   0x008a: mov eax, 0Ah
;;   0x008f: mov rsp, [r11+8]
;;   0x0093: jmp qword ptr [r11+10h]
;; function 2 (shr_u):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D7h
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov rcx, [rbp+18h]
;;   0x00c9: mov rax, [rbp+10h]
;;   0x00cd: shr rax, cl
;;   0x00d0: mov rsp, rbp
;;   0x00d3: pop rbp
;;   0x00d4: ret 10h
;;   0x00d7: mov r11, [r14]
;;   0x00da: mov eax, 0Ah
;;   0x00df: mov rsp, [r11+8]
;;   0x00e3: jmp qword ptr [r11+10h]
;; function 3 (rotl):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 127h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov rcx, [rbp+18h]
;;   0x0119: mov rax, [rbp+10h]
;;   0x011d: rol rax, cl
;;   0x0120: mov rsp, rbp
;;   0x0123: pop rbp
;;   0x0124: ret 10h
;;   0x0127: mov r11, [r14]
;;   0x012a: mov eax, 0Ah
;;   0x012f: mov rsp, [r11+8]
;;   0x0133: jmp qword ptr [r11+10h]
;; function 4 (rotr):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 20h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 177h
;;   0x015a: sub rsp, 20h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov rcx, [rbp+18h]
;;   0x0169: mov rax, [rbp+10h]
;;   0x016d: ror rax, cl
;;   0x0170: mov rsp, rbp
;;   0x0173: pop rbp
;;   0x0174: ret 10h
;;   0x0177: mov r11, [r14]
;;   0x017a: mov eax, 0Ah
;;   0x017f: mov rsp, [r11+8]
;;   0x0183: jmp qword ptr [r11+10h]
