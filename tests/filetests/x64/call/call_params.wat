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
;; function 0:
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 34h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+18h]
;;   0x0029: add rax, [rbp+28h]
;;   0x002d: mov rsp, rbp
;;   0x0030: pop rbp
;;   0x0031: ret 20h
;;   0x0034: ud2
;; function 1 (caller):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 50h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 9Fh
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, [rbp+10h]
;;   0x0068: add eax, 1
;;   0x006b: sub rsp, 20h
;;   0x006f: mov r11d, [rbp+10h]
;;   0x0073: mov [rsp], r11d
;;   0x0077: mov r11, [rbp+18h]
;;   0x007b: mov [rsp+8], r11
;;   0x0080: mov [rsp+10h], eax
;;   0x0084: mov r11, 100000000h
;;   0x008e: mov [rsp+18h], r11
;;   0x0093: call 0
;;   0x0098: mov rsp, rbp
;;   0x009b: pop rbp
;;   0x009c: ret 10h
;;   0x009f: ud2
