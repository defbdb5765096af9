;;! target = "x86_64"

;; local.get pushes a lazy reference: a later local.set of the same local
;; must first move the old value out.
(module
  (func (export "swap_sub") (param i32 i32) (result i32)
    local.get 0          ;; old value of local 0
    (local.set 0 (local.get 1))
    local.get 0          ;; new value
    i32.sub)
  (func (export "set_self") (param i32) (result i32)
    local.get 0
    local.get 0
    local.set 0          ;; storing the reference itself
    local.get 0
    i32.add)
  (func (export "two_refs") (param i64) (result i64)
    (local i64)
    local.get 0
    local.get 0
    (local.set 0 (i64.const 9))
    i64.add
    local.get 0
    i64.add))
;; function 0 (swap_sub):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 4Eh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12d, [rbp+18h]
;;   0x0034: mov [rbp-28h], ebx
;;   0x0037: mov ebx, r12d
;;   0x003a: mov eax, [rbp-28h]
;;   0x003d: sub eax, ebx
;;   0x003f: mov rbx, [rbp-10h]
;;   0x0043: mov r12, [rbp-18h]
;;   0x0047: mov rsp, rbp
;;   0x004a: pop rbp
;;   0x004b: ret 10h
;;   0x004e: ud2
;; function 1 (set_self):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 95h
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov ebx, [rbp+10h]
;;   0x007c: mov [rbp-28h], ebx
;;   0x007f: mov [rbp-30h], ebx
;;   0x0082: mov ebx, [rbp-30h]
;;   0x0085: mov eax, [rbp-28h]
;;   0x0088: add eax, ebx
;;   0x008a: mov rbx, [rbp-10h]
;;   0x008e: mov rsp, rbp
;;   0x0091: pop rbp
;;   0x0092: ret 8
;;   0x0095: ud2
;; function 2 (two_refs):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 40h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0FEh
;;   0x00ba: sub rsp, 40h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov [rbp-18h], r12
;;   0x00cd: mov rbx, [rbp+10h]
;;   0x00d1: mov r12d, 0
;;   0x00d7: mov [rbp-30h], rbx
;;   0x00db: mov [rbp-38h], rbx
;;   0x00df: mov ebx, 9
;;   0x00e4: mov rax, [rbp-30h]
;;   0x00e8: add rax, [rbp-38h]
;;   0x00ec: add rax, rbx
;;   0x00ef: mov rbx, [rbp-10h]
;;   0x00f3: mov r12, [rbp-18h]
;;   0x00f7: mov rsp, rbp
;;   0x00fa: pop rbp
;;   0x00fb: ret 8
;;   0x00fe: ud2
