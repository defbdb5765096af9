;;! target = "x86_64"

;; A countdown loop: the back edge is a br_if with no moves.
(module
  (func (export "sum_to") (param i32) (result i32)
    (local i32)
    (loop $l
      (local.set 1 (i32.add (local.get 1) (local.get 0)))
      (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
      (br_if $l (local.get 0)))
    (local.get 1)))
;; function 0 (sum_to):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Fh
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, 0
;;   0x0036: mov eax, r12d
;;   0x0039: add eax, ebx
;;   0x003b: mov r12d, eax
;;   0x003e: mov eax, ebx
;;   0x0040: sub eax, 1
;;   0x0043: mov ebx, eax
;;   0x0045: test ebx, ebx
;;   0x0047: jne 36h
;;   0x004d: mov eax, r12d
;;   0x0050: mov rbx, [rbp-10h]
;;   0x0054: mov r12, [rbp-18h]
;;   0x0058: mov rsp, rbp
;;   0x005b: pop rbp
;;   0x005c: ret 8
;;   0x005f: ud2
