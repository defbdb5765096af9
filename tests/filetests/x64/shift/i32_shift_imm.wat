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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 32h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: shl eax, 3
;;   0x002b: mov rsp, rbp
;;   0x002e: pop rbp
;;   0x002f: ret 8
;;   0x0032: mov r11, [r14]
;;   0x0035: mov eax, 0Ah
;;   0x003a: mov rsp, [r11+8]
;;   0x003e: jmp qword ptr [r11+10h]
;; function 1 (shr_s_33):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 82h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+10h]
;;   0x0078: sar eax, 1
;;   0x007b: mov rsp, rbp
;;   0x007e: pop rbp
;;   0x007f: ret 8
;;   0x0082: mov r11, [r14]
;;   0x0085: mov eax, 0Ah
;;   0x008a: mov rsp, [r11+8]
;;   0x008e: jmp qword ptr [r11+10h]
;; function 2 (shr_u_31):
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
;;   0x00c8: shr eax, 1Fh
;;   0x00cb: mov rsp, rbp
;;   0x00ce: pop rbp
;;   0x00cf: ret 8
;;   0x00d2: mov r11, [r14]
;;   0x00d5: mov eax, 0Ah
;;   0x00da: mov rsp, [r11+8]
;;   0x00de: jmp qword ptr [r11+10h]
;; function 3 (rotl_neg1):
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
;;   0x0118: rol eax, 1Fh
;;   0x011b: mov rsp, rbp
;;   0x011e: pop rbp
;;   0x011f: ret 8
;;   0x0122: mov r11, [r14]
;;   0x0125: mov eax, 0Ah
;;   0x012a: mov rsp, [r11+8]
;;   0x012e: jmp qword ptr [r11+10h]
;; function 4 (rotr_32):
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
;;   0x0168: ror eax, 0
;;   0x016b: mov rsp, rbp
;;   0x016e: pop rbp
;;   0x016f: ret 8
;;   0x0172: mov r11, [r14]
;;   0x0175: mov eax, 0Ah
;;   0x017a: mov rsp, [r11+8]
;;   0x017e: jmp qword ptr [r11+10h]
