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
;;   0x0032: mov r11, [r14]
;;   0x0035: mov eax, 0Ah
;;   0x003a: mov rsp, [r11+8]
;;   0x003e: jmp qword ptr [r11+10h]
;; function 1 (mul):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 83h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: imul eax, [rbp+18h]
;;   0x007c: mov rsp, rbp
;;   0x007f: pop rbp
;;   0x0080: ret 10h
;;   0x0083: mov r11, [r14]
;;   0x0086: mov eax, 0Ah
;;   0x008b: mov rsp, [r11+8]
;;   0x008f: jmp qword ptr [r11+10h]
;; function 2 (and):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 20h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0D2h
;;   0x00ba: sub rsp, 20h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov eax, [rbp+10h]
;;   0x00c8: and eax, [rbp+18h]
;;   0x00cb: mov rsp, rbp
;;   0x00ce: pop rbp
;;   0x00cf: ret 10h
;;   0x00d2: mov r11, [r14]
;;   0x00d5: mov eax, 0Ah
;;   0x00da: mov rsp, [r11+8]
;;   0x00de: jmp qword ptr [r11+10h]
;; function 3 (or):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 20h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 122h
;;   0x010a: sub rsp, 20h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov eax, [rbp+10h]
;;   0x0118: or eax, [rbp+18h]
;;   0x011b: mov rsp, rbp
;;   0x011e: pop rbp
;;   0x011f: ret 10h
;;   0x0122: mov r11, [r14]
;;   0x0125: mov eax, 0Ah
;;   0x012a: mov rsp, [r11+8]
;;   0x012e: jmp qword ptr [r11+10h]
;; function 4 (xor):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 20h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 172h
;;   0x015a: sub rsp, 20h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov eax, [rbp+10h]
;;   0x0168: xor eax, [rbp+18h]
;;   0x016b: mov rsp, rbp
;;   0x016e: pop rbp
;;   0x016f: ret 10h
;;   0x0172: mov r11, [r14]
;;   0x0175: mov eax, 0Ah
;;   0x017a: mov rsp, [r11+8]
;;   0x017e: jmp qword ptr [r11+10h]
