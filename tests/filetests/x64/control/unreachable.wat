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
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Ah
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: jmp 2Ch
;;   0x002a: ud2
;;   0x002c: ud2
;; function 1 (cond_trap):
;;   0x0030: push rbp
;;   0x0031: mov rbp, rsp
;;   0x0034: mov r11, [r14]
;;   0x0037: mov r11, [r11]
;;   0x003a: add r11, 10h
;;   0x0041: cmp rsp, r11
;;   0x0044: jb 6Fh
;;   0x004a: sub rsp, 10h
;;   0x0051: mov [rbp-8], r14
;;   0x0055: mov eax, [rbp+10h]
;;   0x0058: test eax, eax
;;   0x005a: je 65h
;;   0x0060: jmp 71h
;;   0x0065: mov eax, [rbp+10h]
;;   0x0068: mov rsp, rbp
;;   0x006b: pop rbp
;;   0x006c: ret 8
;;   0x006f: ud2
;;   0x0071: ud2
;; function 2 (after):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0AAh
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: jmp 0ACh
;;   0x00aa: ud2
;;   0x00ac: ud2
