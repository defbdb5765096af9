;;! target = "x86_64"

;; Arguments are stored at [rsp+8*i] in an area reserved before the call;
;; the callee pops them (ret imm16).
(module
  (func $f (param i32 i64 i32 i64) (result i64)
    (i64.add (local.get 1) (local.get 3)))
  (func (export "caller") (param i32 i64) (result i64)
    (call $f
      (local.get 0)
      (local.get 1)
      (i32.add (local.get 0) (i32.const 1))
      (i64.const 0x100000000))))
;; function 0 (f):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 56h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov ebx, [rbp+10h]
;;   0x0034: mov r12, [rbp+18h]
;;   0x0038: mov r13d, [rbp+20h]
;;   0x003c: mov rax, r12
;;   0x003f: add rax, [rbp+28h]
;;   0x0043: mov rbx, [rbp-10h]
;;   0x0047: mov r12, [rbp-18h]
;;   0x004b: mov r13, [rbp-20h]
;;   0x004f: mov rsp, rbp
;;   0x0052: pop rbp
;;   0x0053: ret 20h
;;   0x0056: ud2
;; function 1 (caller):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 60h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0CCh
;;   0x007a: sub rsp, 40h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov [rbp-18h], r12
;;   0x008d: mov ebx, [rbp+10h]
;;   0x0090: mov r12, [rbp+18h]
;;   0x0094: mov eax, ebx
;;   0x0096: add eax, 1
;;   0x0099: sub rsp, 20h
;;   0x009d: mov [rsp], ebx
;;   0x00a0: mov [rsp+8], r12
;;   0x00a5: mov [rsp+10h], eax
;;   0x00a9: mov r11, 100000000h
;;   0x00b3: mov [rsp+18h], r11
;;   0x00b8: call 0
;;   0x00bd: mov rbx, [rbp-10h]
;;   0x00c1: mov r12, [rbp-18h]
;;   0x00c5: mov rsp, rbp
;;   0x00c8: pop rbp
;;   0x00c9: ret 10h
;;   0x00cc: ud2
