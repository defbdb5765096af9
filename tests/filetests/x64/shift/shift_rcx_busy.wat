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
;;   0x004a: ud2
;; function 1 (count_in_reg):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 89h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov eax, [rbp+18h]
;;   0x0078: add eax, 1
;;   0x007b: mov ecx, eax
;;   0x007d: mov eax, [rbp+10h]
;;   0x0080: shr eax, cl
;;   0x0082: mov rsp, rbp
;;   0x0085: pop rbp
;;   0x0086: ret 10h
;;   0x0089: ud2
;; function 2 (const_value):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 20h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0C6h
;;   0x00aa: sub rsp, 20h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov ecx, [rbp+10h]
;;   0x00b8: mov eax, 1
;;   0x00bd: shl eax, cl
;;   0x00bf: mov rsp, rbp
;;   0x00c2: pop rbp
;;   0x00c3: ret 8
;;   0x00c6: ud2
