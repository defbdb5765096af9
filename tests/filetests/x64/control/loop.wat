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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 53h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov dword ptr [rbp-10h], 0
;;   0x002c: mov eax, [rbp-10h]
;;   0x002f: add eax, [rbp+10h]
;;   0x0032: mov [rbp-10h], eax
;;   0x0035: mov eax, [rbp+10h]
;;   0x0038: sub eax, 1
;;   0x003b: mov [rbp+10h], eax
;;   0x003e: mov eax, [rbp+10h]
;;   0x0041: test eax, eax
;;   0x0043: jne 2Ch
;;   0x0049: mov eax, [rbp-10h]
;;   0x004c: mov rsp, rbp
;;   0x004f: pop rbp
;;   0x0050: ret 8
;;   0x0053: ud2
