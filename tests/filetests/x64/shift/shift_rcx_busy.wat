;;! target = "x86_64"

;; The count must be in rcx: whatever value holds rcx is spilled first, and
;; a value shifted by a constant need not involve rcx at all.
(module
  (func (export "busy") (param i32 i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))   ;; rax
    (i32.add (local.get 1) (local.get 2))   ;; rcx
    (i32.shl (local.get 0) (local.get 2))   ;; count needs rcx
    i32.add
    i32.add)
  (func (export "count_in_reg") (param i32 i32) (result i32)
    (i32.shr_u (local.get 0) (i32.add (local.get 1) (i32.const 1))))
  (func (export "const_value") (param i32) (result i32)
    (i32.shl (i32.const 1) (local.get 0))))
;; function 0 (busy):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Ah
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: add eax, [rbp+18h]
;;   0x002b: mov ecx, [rbp+18h]
;;   0x002e: add ecx, [rbp+20h]
;;   0x0031: mov [rbp-18h], ecx
;;   0x0034: mov ecx, [rbp+20h]
;;   0x0037: mov edx, [rbp+10h]
;;   0x003a: shl edx, cl
;;   0x003c: mov ecx, [rbp-18h]
;;   0x003f: add ecx, edx
;;   0x0041: add eax, ecx
;;   0x0043: mov rsp, rbp
;;   0x0046: pop rbp
;;   0x0047: ret 18h
;;   0x004a: mov r11, [r14]
;;   0x004d: mov eax, 0Ah
;;   0x0052: mov rsp, [r11+8]
;;   0x0056: jmp qword ptr [r11+10h]
;; function 1 (count_in_reg):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 99h
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov eax, [rbp+18h]
;;   0x0088: add eax, 1
;;   0x008b: mov ecx, eax
;;   0x008d: mov eax, [rbp+10h]
;;   0x0090: shr eax, cl
;;   0x0092: mov rsp, rbp
;;   0x0095: pop rbp
;;   0x0096: ret 10h
;;   0x0099: mov r11, [r14]
;;   0x009c: mov eax, 0Ah
;;   0x00a1: mov rsp, [r11+8]
;;   0x00a5: jmp qword ptr [r11+10h]
;; function 2 (const_value):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 20h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0E6h
;;   0x00ca: sub rsp, 20h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov ecx, [rbp+10h]
;;   0x00d8: mov eax, 1
;;   0x00dd: shl eax, cl
;;   0x00df: mov rsp, rbp
;;   0x00e2: pop rbp
;;   0x00e3: ret 8
;;   0x00e6: mov r11, [r14]
;;   0x00e9: mov eax, 0Ah
;;   0x00ee: mov rsp, [r11+8]
;;   0x00f2: jmp qword ptr [r11+10h]
