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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 70h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov dword ptr [rbp-10h], 0
;;   0x002c: mov qword ptr [rbp-18h], 0
;;   0x0034: mov dword ptr [rbp-20h], 0
;;   0x003b: mov eax, [rbp+10h]
;;   0x003e: add eax, 1
;;   0x0041: mov [rbp-10h], eax
;;   0x0044: mov r11, 1122334455667788h
;;   0x004e: mov [rbp-18h], r11
;;   0x0052: mov r11d, [rbp-10h]
;;   0x0056: mov [rbp-20h], r11d
;;   0x005a: mov eax, [rbp-20h]
;;   0x005d: mov eax, eax
;;   0x005f: mov rcx, [rbp-18h]
;;   0x0063: add rcx, rax
;;   0x0066: mov rax, rcx
;;   0x0069: mov rsp, rbp
;;   0x006c: pop rbp
;;   0x006d: ret 8
;;   0x0070: ud2
