;;! target = "x86_64"

;; Constant counts are immediates, masked to 5 bits like Wasm does.
(module
  (func (export "shl_3") (param i32) (result i32) (i32.shl (local.get 0) (i32.const 3)))
  (func (export "shr_s_33") (param i32) (result i32) (i32.shr_s (local.get 0) (i32.const 33)))
  (func (export "shr_u_31") (param i32) (result i32) (i32.shr_u (local.get 0) (i32.const 31)))
  (func (export "rotl_neg1") (param i32) (result i32) (i32.rotl (local.get 0) (i32.const -1)))
  (func (export "rotr_32") (param i32) (result i32) (i32.rotr (local.get 0) (i32.const 32))))
;; function 0 (shl_3):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Ch
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: shl eax, 3
;;   0x0031: mov rbx, [rbp-10h]
;;   0x0035: mov rsp, rbp
;;   0x0038: pop rbp
;;   0x0039: ret 8
;;   0x003c: ud2
;; function 1 (shr_s_33):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 7Ch
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov ebx, [rbp+10h]
;;   0x006c: mov eax, ebx
;;   0x006e: sar eax, 1
;;   0x0071: mov rbx, [rbp-10h]
;;   0x0075: mov rsp, rbp
;;   0x0078: pop rbp
;;   0x0079: ret 8
;;   0x007c: ud2
;; function 2 (shr_u_31):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0BCh
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov ebx, [rbp+10h]
;;   0x00ac: mov eax, ebx
;;   0x00ae: shr eax, 1Fh
;;   0x00b1: mov rbx, [rbp-10h]
;;   0x00b5: mov rsp, rbp
;;   0x00b8: pop rbp
;;   0x00b9: ret 8
;;   0x00bc: ud2
;; function 3 (rotl_neg1):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0FCh
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov ebx, [rbp+10h]
;;   0x00ec: mov eax, ebx
;;   0x00ee: rol eax, 1Fh
;;   0x00f1: mov rbx, [rbp-10h]
;;   0x00f5: mov rsp, rbp
;;   0x00f8: pop rbp
;;   0x00f9: ret 8
;;   0x00fc: ud2
;; function 4 (rotr_32):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 30h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 13Ch
;;   0x011a: sub rsp, 30h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov [rbp-10h], rbx
;;   0x0129: mov ebx, [rbp+10h]
;;   0x012c: mov eax, ebx
;;   0x012e: ror eax, 0
;;   0x0131: mov rbx, [rbp-10h]
;;   0x0135: mov rsp, rbp
;;   0x0138: pop rbp
;;   0x0139: ret 8
;;   0x013c: ud2
