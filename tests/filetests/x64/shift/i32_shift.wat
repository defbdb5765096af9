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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 34h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov ecx, [rbp+18h]
;;   0x0028: mov eax, [rbp+10h]
;;   0x002b: shl eax, cl
;;   0x002d: mov rsp, rbp
;;   0x0030: pop rbp
;;   0x0031: ret 10h
;;   0x0034: ud2
;; function 1 (shr_s):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 74h
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov ecx, [rbp+18h]
;;   0x0068: mov eax, [rbp+10h]
;;   0x006b: sar eax, cl
;;   0x006d: mov rsp, rbp
;;   0x0070: pop rbp
;;   0x0071: ret 10h
;;   0x0074: ud2
;; function 2 (shr_u):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B4h
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov ecx, [rbp+18h]
;;   0x00a8: mov eax, [rbp+10h]
;;   0x00ab: shr eax, cl
;;   0x00ad: mov rsp, rbp
;;   0x00b0: pop rbp
;;   0x00b1: ret 10h
;;   0x00b4: ud2
;; function 3 (rotl):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F4h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov ecx, [rbp+18h]
;;   0x00e8: mov eax, [rbp+10h]
;;   0x00eb: rol eax, cl
;;   0x00ed: mov rsp, rbp
;;   0x00f0: pop rbp
;;   0x00f1: ret 10h
;;   0x00f4: ud2
;; function 4 (rotr):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 134h
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov ecx, [rbp+18h]
;;   0x0128: mov eax, [rbp+10h]
;;   0x012b: ror eax, cl
;;   0x012d: mov rsp, rbp
;;   0x0130: pop rbp
;;   0x0131: ret 10h
;;   0x0134: ud2
