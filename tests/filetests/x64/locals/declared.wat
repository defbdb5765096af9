;;! target = "x86_64"

;; Declared locals live below the vmctx slot and are zeroed in the prologue.
(module
  (func (export "locals") (param i32) (result i64)
    (local i32 i64 i32)
    (local.set 1 (i32.add (local.get 0) (i32.const 1)))
    (local.set 2 (i64.const 0x1122334455667788))
    (local.set 3 (local.get 1))
    (i64.add (local.get 2) (i64.extend_i32_u (local.get 3)))))
;; function 0 (locals):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 50h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 78h
;;   0x001a: sub rsp, 50h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov dword ptr [rbp-38h], 0
;;   0x002c: mov [rbp-10h], rbx
;;   0x0030: mov [rbp-18h], r12
;;   0x0034: mov [rbp-20h], r13
;;   0x0038: mov ebx, [rbp+10h]
;;   0x003b: mov r12d, 0
;;   0x0041: mov r13d, 0
;;   0x0047: mov eax, ebx
;;   0x0049: add eax, 1
;;   0x004c: mov r12d, eax
;;   0x004f: mov r13, 1122334455667788h
;;   0x0059: mov [rbp-38h], r12d
;;   0x005d: mov eax, [rbp-38h]
;;   0x0060: mov eax, eax
;;   0x0062: add rax, r13
;;   0x0065: mov rbx, [rbp-10h]
;;   0x0069: mov r12, [rbp-18h]
;;   0x006d: mov r13, [rbp-20h]
;;   0x0071: mov rsp, rbp
;;   0x0074: pop rbp
;;   0x0075: ret 8
;;   0x0078: ud2
