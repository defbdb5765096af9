;;! target = "x86_64"

;; A loop with a parameter and a result: the back edge moves the new value
;; into the parameter's slot.
(module
  (func (export "halve") (param i32) (result i32)
    (local.get 0)
    (loop $l (param i32) (result i32)
      (i32.shr_u (i32.const 1))
      (local.tee 0)
      (br_if $l (i32.gt_u (local.get 0) (i32.const 10))))))
;; function 0 (halve):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 55h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov [rbp-28h], ebx
;;   0x002f: mov eax, [rbp-28h]
;;   0x0032: shr eax, 1
;;   0x0035: mov ebx, eax
;;   0x0037: cmp ebx, 0Ah
;;   0x003a: jbe 48h
;;   0x0040: mov [rbp-28h], ebx
;;   0x0043: jmp 2Fh
;;   0x0048: mov eax, ebx
;;   0x004a: mov rbx, [rbp-10h]
;;   0x004e: mov rsp, rbp
;;   0x0051: pop rbp
;;   0x0052: ret 8
;;   0x0055: ud2
