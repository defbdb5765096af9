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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 47h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov [rbp-28h], ebx
;;   0x002f: mov ebx, 5
;;   0x0034: mov eax, [rbp-28h]
;;   0x0037: add eax, ebx
;;   0x0039: imul eax, ebx
;;   0x003c: mov rbx, [rbp-10h]
;;   0x0040: mov rsp, rbp
;;   0x0043: pop rbp
;;   0x0044: ret 8
;;   0x0047: ud2
;; function 1 (hazard_in_block):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 94h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: mov [rbp-28h], ebx
;;   0x007f: mov ebx, 1
;;   0x0084: mov eax, [rbp-28h]
;;   0x0087: sub eax, ebx
;;   0x0089: mov rbx, [rbp-10h]
;;   0x008d: mov rsp, rbp
;;   0x0090: pop rbp
;;   0x0091: ret 8
;;   0x0094: ud2
