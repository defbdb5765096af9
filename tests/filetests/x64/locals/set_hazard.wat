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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 42h
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r11d, [rbp+10h]
;;   0x0029: mov [rbp-10h], r11d
;;   0x002d: mov r11d, [rbp+18h]
;;   0x0031: mov [rbp+10h], r11d
;;   0x0035: mov eax, [rbp-10h]
;;   0x0038: sub eax, [rbp+10h]
;;   0x003b: mov rsp, rbp
;;   0x003e: pop rbp
;;   0x003f: ret 10h
;;   0x0042: ud2
;; function 1 (set_self):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 20h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 9Ah
;;   0x006a: sub rsp, 20h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov r11d, [rbp+10h]
;;   0x0079: mov [rbp-10h], r11d
;;   0x007d: mov r11d, [rbp+10h]
;;   0x0081: mov [rbp-18h], r11d
;;   0x0085: mov r11d, [rbp-18h]
;;   0x0089: mov [rbp+10h], r11d
;;   0x008d: mov eax, [rbp-10h]
;;   0x0090: add eax, [rbp+10h]
;;   0x0093: mov rsp, rbp
;;   0x0096: pop rbp
;;   0x0097: ret 8
;;   0x009a: ud2
;; function 2 (two_refs):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0F8h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov qword ptr [rbp-10h], 0
;;   0x00cd: mov r11, [rbp+10h]
;;   0x00d1: mov [rbp-18h], r11
;;   0x00d5: mov r11, [rbp+10h]
;;   0x00d9: mov [rbp-20h], r11
;;   0x00dd: mov qword ptr [rbp+10h], 9
;;   0x00e5: mov rax, [rbp-18h]
;;   0x00e9: add rax, [rbp-20h]
;;   0x00ed: add rax, [rbp+10h]
;;   0x00f1: mov rsp, rbp
;;   0x00f4: pop rbp
;;   0x00f5: ret 8
;;   0x00f8: ud2
