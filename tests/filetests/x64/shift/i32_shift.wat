;;! target = "x86_64"

;; Register shift counts go through cl.
(module
  (func (export "shl") (param i32 i32) (result i32) (i32.shl (local.get 0) (local.get 1)))
  (func (export "shr_s") (param i32 i32) (result i32) (i32.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_u") (param i32 i32) (result i32) (i32.shr_u (local.get 0) (local.get 1)))
  (func (export "rotl") (param i32 i32) (result i32) (i32.rotl (local.get 0) (local.get 1)))
  (func (export "rotr") (param i32 i32) (result i32) (i32.rotr (local.get 0) (local.get 1))))
;; function 0 (shl):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Ah
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov ecx, r12d
;;   0x0037: mov eax, ebx
;;   0x0039: shl eax, cl
;;   0x003b: mov rbx, [rbp-10h]
;;   0x003f: mov r12, [rbp-18h]
;;   0x0043: mov rsp, rbp
;;   0x0046: pop rbp
;;   0x0047: ret 10h
;;   0x004a: ud2
;; function 1 (shr_s):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 9Ah
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov [rbp-18h], r12
;;   0x007d: mov ebx, [rbp+10h]
;;   0x0080: mov r12d, [rbp+18h]
;;   0x0084: mov ecx, r12d
;;   0x0087: mov eax, ebx
;;   0x0089: sar eax, cl
;;   0x008b: mov rbx, [rbp-10h]
;;   0x008f: mov r12, [rbp-18h]
;;   0x0093: mov rsp, rbp
;;   0x0096: pop rbp
;;   0x0097: ret 10h
;;   0x009a: ud2
;; function 2 (shr_u):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0EAh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov [rbp-18h], r12
;;   0x00cd: mov ebx, [rbp+10h]
;;   0x00d0: mov r12d, [rbp+18h]
;;   0x00d4: mov ecx, r12d
;;   0x00d7: mov eax, ebx
;;   0x00d9: shr eax, cl
;;   0x00db: mov rbx, [rbp-10h]
;;   0x00df: mov r12, [rbp-18h]
;;   0x00e3: mov rsp, rbp
;;   0x00e6: pop rbp
;;   0x00e7: ret 10h
;;   0x00ea: ud2
;; function 3 (rotl):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 13Ah
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov [rbp-18h], r12
;;   0x011d: mov ebx, [rbp+10h]
;;   0x0120: mov r12d, [rbp+18h]
;;   0x0124: mov ecx, r12d
;;   0x0127: mov eax, ebx
;;   0x0129: rol eax, cl
;;   0x012b: mov rbx, [rbp-10h]
;;   0x012f: mov r12, [rbp-18h]
;;   0x0133: mov rsp, rbp
;;   0x0136: pop rbp
;;   0x0137: ret 10h
;;   0x013a: ud2
;; function 4 (rotr):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 18Ah
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov [rbp-18h], r12
;;   0x016d: mov ebx, [rbp+10h]
;;   0x0170: mov r12d, [rbp+18h]
;;   0x0174: mov ecx, r12d
;;   0x0177: mov eax, ebx
;;   0x0179: ror eax, cl
;;   0x017b: mov rbx, [rbp-10h]
;;   0x017f: mov r12, [rbp-18h]
;;   0x0183: mov rsp, rbp
;;   0x0186: pop rbp
;;   0x0187: ret 10h
;;   0x018a: ud2
