;;! target = "x86_64"

(module
  (func (export "trap") (result i32)
    unreachable)
  (func (export "cond_trap") (param i32) (result i32)
    (if (local.get 0) (then unreachable))
    (local.get 0))
  (func (export "after") (param i32) (result i32)
    ;; Code after unreachable is validated but emits nothing.
    unreachable
    (i32.add (local.get 0) (i32.const 1))
    drop
    (block (result i32) (i32.const 1))))
;; function 0 (trap):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Ah
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: jmp 2Ch
;;   0x002a: ud2
;;   0x002c: ud2
;; function 1 (cond_trap):
;;   0x0030: push rbp
;;   0x0031: mov rbp, rsp
;;   0x0034: mov r11, [r14]
;;   0x0037: mov r11, [r11]
;;   0x003a: add r11, 30h
;;   0x0041: cmp rsp, r11
;;   0x0044: jb 76h
;;   0x004a: sub rsp, 30h
;;   0x0051: mov [rbp-8], r14
;;   0x0055: mov [rbp-10h], rbx
;;   0x0059: mov ebx, [rbp+10h]
;;   0x005c: test ebx, ebx
;;   0x005e: je 69h
;;   0x0064: jmp 78h
;;   0x0069: mov eax, ebx
;;   0x006b: mov rbx, [rbp-10h]
;;   0x006f: mov rsp, rbp
;;   0x0072: pop rbp
;;   0x0073: ret 8
;;   0x0076: ud2
;;   0x0078: ud2
;; function 2 (after):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 20h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B1h
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov [rbp-10h], rbx
;;   0x00a9: mov ebx, [rbp+10h]
;;   0x00ac: jmp 0B3h
;;   0x00b1: ud2
;;   0x00b3: ud2
