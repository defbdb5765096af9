;;! target = "x86_64"

(module
  (func (export "sub") (param i32 i32) (result i32)
    (i32.sub (local.get 0) (local.get 1)))
  (func (export "mul") (param i32 i32) (result i32)
    (i32.mul (local.get 0) (local.get 1)))
  (func (export "and") (param i32 i32) (result i32)
    (i32.and (local.get 0) (local.get 1)))
  (func (export "or") (param i32 i32) (result i32)
    (i32.or (local.get 0) (local.get 1)))
  (func (export "xor") (param i32 i32) (result i32)
    (i32.xor (local.get 0) (local.get 1))))
;; function 0 (sub):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 32h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: sub eax, [rbp+18h]
;;   0x002b: mov rsp, rbp
;;   0x002e: pop rbp
;;   0x002f: ret 10h
;;   0x0032: ud2
;; function 1 (mul):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 73h
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, [rbp+10h]
;;   0x0068: imul eax, [rbp+18h]
;;   0x006c: mov rsp, rbp
;;   0x006f: pop rbp
;;   0x0070: ret 10h
;;   0x0073: ud2
;; function 2 (and):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B2h
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, [rbp+10h]
;;   0x00a8: and eax, [rbp+18h]
;;   0x00ab: mov rsp, rbp
;;   0x00ae: pop rbp
;;   0x00af: ret 10h
;;   0x00b2: ud2
;; function 3 (or):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F2h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov eax, [rbp+10h]
;;   0x00e8: or eax, [rbp+18h]
;;   0x00eb: mov rsp, rbp
;;   0x00ee: pop rbp
;;   0x00ef: ret 10h
;;   0x00f2: ud2
;; function 4 (xor):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 132h
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov eax, [rbp+10h]
;;   0x0128: xor eax, [rbp+18h]
;;   0x012b: mov rsp, rbp
;;   0x012e: pop rbp
;;   0x012f: ret 10h
;;   0x0132: ud2
