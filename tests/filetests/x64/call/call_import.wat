;;! target = "x86_64"

;; Imported functions are called through the vmctx; the caller's vmctx is
;; reloaded from its frame slot afterwards.
(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (func (export "caller") (param i32) (result i32)
    (i32.add (call $f (local.get 0)) (i32.const 1))))
;; function 1 (caller):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 28h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Dh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: sub rsp, 8
;;   0x0029: mov r11d, [rbp+10h]
;;   0x002d: mov [rsp], r11d
;;   0x0031: mov rsi, r14
;;   0x0034: mov r11, [r14+18h]
;;   0x0038: mov r14, [r14+20h]
;;   0x003c: call r11
;;   0x003f: mov r14, [rbp-8]
;;   0x0043: add eax, 1
;;   0x0046: mov rsp, rbp
;;   0x0049: pop rbp
;;   0x004a: ret 8
;;   0x004d: ud2
