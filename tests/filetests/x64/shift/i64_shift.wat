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
;;   0x0037: ud2
;; function 1 (shr_s):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 77h
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rcx, [rbp+18h]
;;   0x0069: mov rax, [rbp+10h]
;;   0x006d: sar rax, cl
;;   0x0070: mov rsp, rbp
;;   0x0073: pop rbp
;;   0x0074: ret 10h
;;   0x0077: ud2
;; function 2 (shr_u):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B7h
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov rcx, [rbp+18h]
;;   0x00a9: mov rax, [rbp+10h]
;;   0x00ad: shr rax, cl
;;   0x00b0: mov rsp, rbp
;;   0x00b3: pop rbp
;;   0x00b4: ret 10h
;;   0x00b7: ud2
;; function 3 (rotl):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0F7h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov rcx, [rbp+18h]
;;   0x00e9: mov rax, [rbp+10h]
;;   0x00ed: rol rax, cl
;;   0x00f0: mov rsp, rbp
;;   0x00f3: pop rbp
;;   0x00f4: ret 10h
;;   0x00f7: ud2
;; function 4 (rotr):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 20h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 137h
;;   0x011a: sub rsp, 20h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov rcx, [rbp+18h]
;;   0x0129: mov rax, [rbp+10h]
;;   0x012d: ror rax, cl
;;   0x0130: mov rsp, rbp
;;   0x0133: pop rbp
;;   0x0134: ret 10h
;;   0x0137: ud2
