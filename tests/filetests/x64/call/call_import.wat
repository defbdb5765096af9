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
;;   0x000a: add r11, 38h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 53h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: sub rsp, 8
;;   0x0030: mov [rsp], ebx
;;   0x0033: mov rsi, r14
;;   0x0036: mov r11, [r14+18h]
;;   0x003a: mov r14, [r14+20h]
;;   0x003e: call r11
;;   0x0041: mov r14, [rbp-8]
;;   0x0045: add eax, 1
;;   0x0048: mov rbx, [rbp-10h]
;;   0x004c: mov rsp, rbp
;;   0x004f: pop rbp
;;   0x0050: ret 8
;;   0x0053: ud2
