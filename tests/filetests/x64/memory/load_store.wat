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
;;   0x003b: ja 5Dh
;;   0x0041: add rax, r15
;;   0x0044: mov eax, [rax]
;;   0x0046: mov rsp, rbp
;;   0x0049: pop rbp
;;   0x004a: ret 8
;;   0x004d: mov r11, [r14]
;;   0x0050: mov eax, 0Ah
;;   0x0055: mov rsp, [r11+8]
;;   0x0059: jmp qword ptr [r11+10h]
;;   0x005d: mov r11, [r14]
;;   0x0060: mov eax, 5
;;   0x0065: mov rsp, [r11+8]
;;   0x0069: jmp qword ptr [r11+10h]
;; function 1 (load_offset):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 10h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0BFh
;;   0x008a: sub rsp, 10h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov r15, [r14+18h]
;;   0x0099: mov r15, [r15]
;;   0x009c: mov eax, [rbp+10h]
;;   0x009f: mov r11, [r14+18h]
;;   0x00a3: lea rcx, [rax+18h]
;;   0x00a7: cmp rcx, [r11+8]
;;   0x00ab: ja 0CFh
;;   0x00b1: add rax, r15
;;   0x00b4: mov rax, [rax+10h]
;;   0x00b8: mov rsp, rbp
;;   0x00bb: pop rbp
;;   0x00bc: ret 8
;;   0x00bf: mov r11, [r14]
;;   0x00c2: mov eax, 0Ah
;;   0x00c7: mov rsp, [r11+8]
;;   0x00cb: jmp qword ptr [r11+10h]
;;   0x00cf: mov r11, [r14]
;;   0x00d2: mov eax, 5
;;   0x00d7: mov rsp, [r11+8]
;;   0x00db: jmp qword ptr [r11+10h]
;; function 2 (store):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 20h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 130h
;;   0x00fa: sub rsp, 20h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov r15, [r14+18h]
;;   0x0109: mov r15, [r15]
;;   0x010c: mov eax, [rbp+18h]
;;   0x010f: mov ecx, [rbp+10h]
;;   0x0112: mov r11, [r14+18h]
;;   0x0116: lea rdx, [rcx+4]
;;   0x011a: cmp rdx, [r11+8]
;;   0x011e: ja 140h
;;   0x0124: add rcx, r15
;;   0x0127: mov [rcx], eax
;;   0x0129: mov rsp, rbp
;;   0x012c: pop rbp
;;   0x012d: ret 10h
;;   0x0130: mov r11, [r14]
;;   0x0133: mov eax, 0Ah
;;   0x0138: mov rsp, [r11+8]
;;   0x013c: jmp qword ptr [r11+10h]
;;   0x0140: mov r11, [r14]
;;   0x0143: mov eax, 5
;;   0x0148: mov rsp, [r11+8]
;;   0x014c: jmp qword ptr [r11+10h]
;; function 3 (load8_s):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 10h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 19Fh
;;   0x016a: sub rsp, 10h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov r15, [r14+18h]
;;   0x0179: mov r15, [r15]
;;   0x017c: mov eax, [rbp+10h]
;;   0x017f: mov r11, [r14+18h]
;;   0x0183: lea rcx, [rax+4]
;;   0x0187: cmp rcx, [r11+8]
;;   0x018b: ja 1AFh
;;   0x0191: add rax, r15
;;   0x0194: movsx eax, byte ptr [rax+3]
;;   0x0198: mov rsp, rbp
;;   0x019b: pop rbp
;;   0x019c: ret 8
;;   0x019f: mov r11, [r14]
;;   0x01a2: mov eax, 0Ah
;;   0x01a7: mov rsp, [r11+8]
;;   0x01ab: jmp qword ptr [r11+10h]
;;   0x01af: mov r11, [r14]
;;   0x01b2: mov eax, 5
;;   0x01b7: mov rsp, [r11+8]
;;   0x01bb: jmp qword ptr [r11+10h]
