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
;;   0x0014: jb 46h
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: mov r11, [r14+18h]
;;   0x002c: lea rcx, [rax+4]
;;   0x0030: cmp rcx, [r11+8]
;;   0x0034: ja 56h
;;   0x003a: add rax, [r11]
;;   0x003d: mov eax, [rax]
;;   0x003f: mov rsp, rbp
;;   0x0042: pop rbp
;;   0x0043: ret 8
;;   0x0046: mov r11, [r14]
;;   0x0049: mov eax, 0Ah
;;   0x004e: mov rsp, [r11+8]
;;   0x0052: jmp qword ptr [r11+10h]
;;   0x0056: mov r11, [r14]
;;   0x0059: mov eax, 5
;;   0x005e: mov rsp, [r11+8]
;;   0x0062: jmp qword ptr [r11+10h]
;; function 1 (load_offset):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 10h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0B8h
;;   0x008a: sub rsp, 10h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov eax, [rbp+10h]
;;   0x0098: mov r11, [r14+18h]
;;   0x009c: lea rcx, [rax+18h]
;;   0x00a0: cmp rcx, [r11+8]
;;   0x00a4: ja 0C8h
;;   0x00aa: add rax, [r11]
;;   0x00ad: mov rax, [rax+10h]
;;   0x00b1: mov rsp, rbp
;;   0x00b4: pop rbp
;;   0x00b5: ret 8
;;   0x00b8: mov r11, [r14]
;;   0x00bb: mov eax, 0Ah
;;   0x00c0: mov rsp, [r11+8]
;;   0x00c4: jmp qword ptr [r11+10h]
;;   0x00c8: mov r11, [r14]
;;   0x00cb: mov eax, 5
;;   0x00d0: mov rsp, [r11+8]
;;   0x00d4: jmp qword ptr [r11+10h]
;; function 2 (store):
;;   0x00e0: push rbp
;;   0x00e1: mov rbp, rsp
;;   0x00e4: mov r11, [r14]
;;   0x00e7: mov r11, [r11]
;;   0x00ea: add r11, 20h
;;   0x00f1: cmp rsp, r11
;;   0x00f4: jb 129h
;;   0x00fa: sub rsp, 20h
;;   0x0101: mov [rbp-8], r14
;;   0x0105: mov eax, [rbp+18h]
;;   0x0108: mov ecx, [rbp+10h]
;;   0x010b: mov r11, [r14+18h]
;;   0x010f: lea rdx, [rcx+4]
;;   0x0113: cmp rdx, [r11+8]
;;   0x0117: ja 139h
;;   0x011d: add rcx, [r11]
;;   0x0120: mov [rcx], eax
;;   0x0122: mov rsp, rbp
;;   0x0125: pop rbp
;;   0x0126: ret 10h
;;   0x0129: mov r11, [r14]
;;   0x012c: mov eax, 0Ah
;;   0x0131: mov rsp, [r11+8]
;;   0x0135: jmp qword ptr [r11+10h]
;;   0x0139: mov r11, [r14]
;;   0x013c: mov eax, 5
;;   0x0141: mov rsp, [r11+8]
;;   0x0145: jmp qword ptr [r11+10h]
;; function 3 (load8_s):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 10h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 198h
;;   0x016a: sub rsp, 10h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov eax, [rbp+10h]
;;   0x0178: mov r11, [r14+18h]
;;   0x017c: lea rcx, [rax+4]
;;   0x0180: cmp rcx, [r11+8]
;;   0x0184: ja 1A8h
;;   0x018a: add rax, [r11]
;;   0x018d: movsx eax, byte ptr [rax+3]
;;   0x0191: mov rsp, rbp
;;   0x0194: pop rbp
;;   0x0195: ret 8
;;   0x0198: mov r11, [r14]
;;   0x019b: mov eax, 0Ah
;;   0x01a0: mov rsp, [r11+8]
;;   0x01a4: jmp qword ptr [r11+10h]
;;   0x01a8: mov r11, [r14]
;;   0x01ab: mov eax, 5
;;   0x01b0: mov rsp, [r11+8]
;;   0x01b4: jmp qword ptr [r11+10h]
