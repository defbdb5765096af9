;;! target = "x86_64"

;; local.tee has the same hazard as local.set.
(module
  (func (export "tee_hazard") (param i32) (result i32)
    (local.get 0)
    (local.tee 0 (i32.const 5))
    i32.add
    (local.get 0)
    i32.mul)
  (func (export "hazard_in_block") (param i32) (result i32)
    (local.get 0)
    (block
      (local.set 0 (i32.const 1)))
    (local.get 0)
    i32.sub))
;; function 0 (tee_hazard):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 45h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r11d, [rbp+10h]
;;   0x0029: mov [rbp-10h], r11d
;;   0x002d: mov dword ptr [rbp+10h], 5
;;   0x0034: mov eax, [rbp-10h]
;;   0x0037: add eax, [rbp+10h]
;;   0x003a: imul eax, [rbp+10h]
;;   0x003e: mov rsp, rbp
;;   0x0041: pop rbp
;;   0x0042: ret 8
;;   0x0045: ud2
;; function 1 (hazard_in_block):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 91h
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov r11d, [rbp+10h]
;;   0x0079: mov [rbp-10h], r11d
;;   0x007d: mov dword ptr [rbp+10h], 1
;;   0x0084: mov eax, [rbp-10h]
;;   0x0087: sub eax, [rbp+10h]
;;   0x008a: mov rsp, rbp
;;   0x008d: pop rbp
;;   0x008e: ret 8
;;   0x0091: ud2
