;;! target = "x86_64"

;; Constant counts are immediates, masked to 6 bits.
(module
  (func (export "shl_40") (param i64) (result i64) (i64.shl (local.get 0) (i64.const 40)))
  (func (export "shr_s_65") (param i64) (result i64) (i64.shr_s (local.get 0) (i64.const 65)))
  (func (export "shr_u_63") (param i64) (result i64) (i64.shr_u (local.get 0) (i64.const 63)))
  (func (export "rotl_big") (param i64) (result i64) (i64.rotl (local.get 0) (i64.const 0x100000001)))
  (func (export "rotr_0") (param i64) (result i64) (i64.rotr (local.get 0) (i64.const 0))))
;; function 0 (shl_40):
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
;;   0x0029: shl rax, 28h
;;   0x002d: mov rsp, rbp
;;   0x0030: pop rbp
;;   0x0031: ret 8
;;   0x0034: ud2
;; function 1 (shr_s_65):
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
;;   0x0069: sar rax, 1
;;   0x006d: mov rsp, rbp
;;   0x0070: pop rbp
;;   0x0071: ret 8
;;   0x0074: ud2
;; function 2 (shr_u_63):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B4h
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov rax, [rbp+10h]
;;   0x00a9: shr rax, 3Fh
;;   0x00ad: mov rsp, rbp
;;   0x00b0: pop rbp
;;   0x00b1: ret 8
;;   0x00b4: ud2
;; function 3 (rotl_big):
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
;;   0x00e9: rol rax, 1
;;   0x00ed: mov rsp, rbp
;;   0x00f0: pop rbp
;;   0x00f1: ret 8
;;   0x00f4: ud2
;; function 4 (rotr_0):
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
;;   0x0129: ror rax, 0
;;   0x012d: mov rsp, rbp
;;   0x0130: pop rbp
;;   0x0131: ret 8
;;   0x0134: ud2
