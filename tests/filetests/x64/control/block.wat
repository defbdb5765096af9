;;! target = "x86_64"

;; An empty block emits nothing but spills live values to their slots.
(module
  (func (export "block") (param i32) (result i32)
    (i32.add (local.get 0) (i32.const 1))
    (block
      nop)
    (i32.const 2)
    i32.add))
;; function 0 (block):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 45h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: add eax, 1
;;   0x0031: mov [rbp-28h], eax
;;   0x0034: mov eax, [rbp-28h]
;;   0x0037: add eax, 2
;;   0x003a: mov rbx, [rbp-10h]
;;   0x003e: mov rsp, rbp
;;   0x0041: pop rbp
;;   0x0042: ret 8
;;   0x0045: ud2
