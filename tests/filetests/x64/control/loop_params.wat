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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 51h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r11d, [rbp+10h]
;;   0x0029: mov [rbp-10h], r11d
;;   0x002d: mov eax, [rbp-10h]
;;   0x0030: shr eax, 1
;;   0x0033: mov [rbp+10h], eax
;;   0x0036: mov ecx, [rbp+10h]
;;   0x0039: cmp ecx, 0Ah
;;   0x003c: jbe 4Ah
;;   0x0042: mov [rbp-10h], eax
;;   0x0045: jmp 2Dh
;;   0x004a: mov rsp, rbp
;;   0x004d: pop rbp
;;   0x004e: ret 8
;;   0x0051: ud2
