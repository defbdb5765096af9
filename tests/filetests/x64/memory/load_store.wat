;;! target = "x86_64"

;; Memory accesses with the default (explicit) bounds checks.
(module
  (memory 1)
  (func (export "load") (param i32) (result i32)
    (i32.load (local.get 0)))
  (func (export "load_offset") (param i32) (result i64)
    (i64.load offset=16 (local.get 0)))
  (func (export "store") (param i32 i32)
    (i32.store (local.get 0) (local.get 1)))
  (func (export "load8_s") (param i32) (result i32)
    (i32.load8_s offset=3 (local.get 0))))
;; function 0 (load):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Dh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, [rbp+10h]
;;   0x002f: mov r11, [r14+18h]
;;   0x0033: lea rcx, [rax+4]
;;   0x0037: cmp rcx, [r11+8]
;;   0x003b: ja 4Fh
;;   0x0041: add rax, r15
;;   0x0044: mov eax, [rax]
;;   0x0046: mov rsp, rbp
;;   0x0049: pop rbp
;;   0x004a: ret 8
;;   0x004d: ud2
;;   0x004f: ud2
;; function 1 (load_offset):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 10h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0AFh
;;   0x007a: sub rsp, 10h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov r15, [r14+18h]
;;   0x0089: mov r15, [r15]
;;   0x008c: mov eax, [rbp+10h]
;;   0x008f: mov r11, [r14+18h]
;;   0x0093: lea rcx, [rax+18h]
;;   0x0097: cmp rcx, [r11+8]
;;   0x009b: ja 0B1h
;;   0x00a1: add rax, r15
;;   0x00a4: mov rax, [rax+10h]
;;   0x00a8: mov rsp, rbp
;;   0x00ab: pop rbp
;;   0x00ac: ret 8
;;   0x00af: ud2
;;   0x00b1: ud2
;; function 2 (store):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 110h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov r15, [r14+18h]
;;   0x00e9: mov r15, [r15]
;;   0x00ec: mov eax, [rbp+18h]
;;   0x00ef: mov ecx, [rbp+10h]
;;   0x00f2: mov r11, [r14+18h]
;;   0x00f6: lea rdx, [rcx+4]
;;   0x00fa: cmp rdx, [r11+8]
;;   0x00fe: ja 112h
;;   0x0104: add rcx, r15
;;   0x0107: mov [rcx], eax
;;   0x0109: mov rsp, rbp
;;   0x010c: pop rbp
;;   0x010d: ret 10h
;;   0x0110: ud2
;;   0x0112: ud2
;; function 3 (load8_s):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 10h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 16Fh
;;   0x013a: sub rsp, 10h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov r15, [r14+18h]
;;   0x0149: mov r15, [r15]
;;   0x014c: mov eax, [rbp+10h]
;;   0x014f: mov r11, [r14+18h]
;;   0x0153: lea rcx, [rax+4]
;;   0x0157: cmp rcx, [r11+8]
;;   0x015b: ja 171h
;;   0x0161: add rax, r15
;;   0x0164: movsx eax, byte ptr [rax+3]
;;   0x0168: mov rsp, rbp
;;   0x016b: pop rbp
;;   0x016c: ret 8
;;   0x016f: ud2
;;   0x0171: ud2
