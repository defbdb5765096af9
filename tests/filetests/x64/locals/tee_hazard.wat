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
;;   0x0045: mov r11, [r14]
;;   0x0048: mov eax, 0Ah
;;   0x004d: mov rsp, [r11+8]
;;   0x0051: jmp qword ptr [r11+10h]
;; function 1 (hazard_in_block):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0A1h
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov r11d, [rbp+10h]
;;   0x0089: mov [rbp-10h], r11d
;;   0x008d: mov dword ptr [rbp+10h], 1
;;   0x0094: mov eax, [rbp-10h]
;;   0x0097: sub eax, [rbp+10h]
;;   0x009a: mov rsp, rbp
;;   0x009d: pop rbp
;;   0x009e: ret 8
;;   0x00a1: mov r11, [r14]
;;   0x00a4: mov eax, 0Ah
;;   0x00a9: mov rsp, [r11+8]
;;   0x00ad: jmp qword ptr [r11+10h]
