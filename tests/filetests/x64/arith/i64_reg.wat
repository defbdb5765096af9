;;! target = "x86_64"

(module
  (func (export "add") (param i64 i64) (result i64)
    (i64.add (local.get 0) (local.get 1)))
  (func (export "sub") (param i64 i64) (result i64)
    (i64.sub (local.get 0) (local.get 1)))
  (func (export "mul") (param i64 i64) (result i64)
    (i64.mul (local.get 0) (local.get 1)))
  (func (export "and") (param i64 i64) (result i64)
    (i64.and (local.get 0) (local.get 1)))
  (func (export "or") (param i64 i64) (result i64)
    (i64.or (local.get 0) (local.get 1)))
  (func (export "xor") (param i64 i64) (result i64)
    (i64.xor (local.get 0) (local.get 1))))
;; function 0 (add):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 34h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+10h]
;;   0x0029: add rax, [rbp+18h]
;;   0x002d: mov rsp, rbp
;;   0x0030: pop rbp
;;   0x0031: ret 10h
;;   0x0034: ud2
;; function 1 (sub):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 74h
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rax, [rbp+10h]
;;   0x0069: sub rax, [rbp+18h]
;;   0x006d: mov rsp, rbp
;;   0x0070: pop rbp
;;   0x0071: ret 10h
;;   0x0074: ud2
;; function 2 (mul):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B5h
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov rax, [rbp+10h]
;;   0x00a9: imul rax, [rbp+18h]
;;   0x00ae: mov rsp, rbp
;;   0x00b1: pop rbp
;;   0x00b2: ret 10h
;;   0x00b5: ud2
;; function 3 (and):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F4h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov rax, [rbp+10h]
;;   0x00e9: and rax, [rbp+18h]
;;   0x00ed: mov rsp, rbp
;;   0x00f0: pop rbp
;;   0x00f1: ret 10h
;;   0x00f4: ud2
;; function 4 (or):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 134h
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov rax, [rbp+10h]
;;   0x0129: or rax, [rbp+18h]
;;   0x012d: mov rsp, rbp
;;   0x0130: pop rbp
;;   0x0131: ret 10h
;;   0x0134: ud2
;; function 5 (xor):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 20h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 174h
;;   0x015a: sub rsp, 20h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov rax, [rbp+10h]
;;   0x0169: xor rax, [rbp+18h]
;;   0x016d: mov rsp, rbp
;;   0x0170: pop rbp
;;   0x0171: ret 10h
;;   0x0174: ud2
