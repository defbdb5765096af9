;;! target = "x86_64"

;; Constant operands and conditions are materialised into registers.
(module
  (func (export "max0") (param i32) (result i32)
    (select (local.get 0) (i32.const 0) (i32.gt_s (local.get 0) (i32.const 0))))
  (func (export "const_cond") (param i64 i64) (result i64)
    (select (local.get 0) (local.get 1) (i32.const 1)))
  (func (export "big") (param i32) (result i64)
    (select (i64.const 0x100000000) (i64.const -1) (local.get 0))))
;; function 0 (max0):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 47h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: cmp eax, 0
;;   0x002b: setg al
;;   0x002e: movzx eax, al
;;   0x0031: mov ecx, 0
;;   0x0036: mov edx, [rbp+10h]
;;   0x0039: test eax, eax
;;   0x003b: cmove edx, ecx
;;   0x003e: mov eax, edx
;;   0x0040: mov rsp, rbp
;;   0x0043: pop rbp
;;   0x0044: ret 8
;;   0x0047: mov r11, [r14]
;;   0x004a: mov eax, 0Ah
;;   0x004f: mov rsp, [r11+8]
;;   0x0053: jmp qword ptr [r11+10h]
;; function 1 (const_cond):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0A2h
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov eax, 1
;;   0x008a: mov rcx, [rbp+18h]
;;   0x008e: mov rdx, [rbp+10h]
;;   0x0092: test eax, eax
;;   0x0094: cmove rdx, rcx
;;   0x0098: mov rax, rdx
;;   0x009b: mov rsp, rbp
;;   0x009e: pop rbp
;;   0x009f: ret 10h
;;   0x00a2: mov r11, [r14]
;;   0x00a5: mov eax, 0Ah
;;   0x00aa: mov rsp, [r11+8]
;;   0x00ae: jmp qword ptr [r11+10h]
;; function 2 (big):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 109h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov eax, [rbp+10h]
;;   0x00e8: mov rcx, 0FFFFFFFFFFFFFFFFh
;;   0x00ef: mov rdx, 100000000h
;;   0x00f9: test eax, eax
;;   0x00fb: cmove rdx, rcx
;;   0x00ff: mov rax, rdx
;;   0x0102: mov rsp, rbp
;;   0x0105: pop rbp
;;   0x0106: ret 8
;;   0x0109: mov r11, [r14]
;;   0x010c: mov eax, 0Ah
;;   0x0111: mov rsp, [r11+8]
;;   0x0115: jmp qword ptr [r11+10h]
