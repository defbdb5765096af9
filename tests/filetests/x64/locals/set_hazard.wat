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
;;   0x0042: mov r11, [r14]
;;   0x0045: mov eax, 0Ah
;;   0x004a: mov rsp, [r11+8]
;;   0x004e: jmp qword ptr [r11+10h]
;; function 1 (set_self):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 20h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0AAh
;;   0x007a: sub rsp, 20h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov r11d, [rbp+10h]
;;   0x0089: mov [rbp-10h], r11d
;;   0x008d: mov r11d, [rbp+10h]
;;   0x0091: mov [rbp-18h], r11d
;;   0x0095: mov r11d, [rbp-18h]
;;   0x0099: mov [rbp+10h], r11d
;;   0x009d: mov eax, [rbp-10h]
;;   0x00a0: add eax, [rbp+10h]
;;   0x00a3: mov rsp, rbp
;;   0x00a6: pop rbp
;;   0x00a7: ret 8
;;   0x00aa: mov r11, [r14]
;;   0x00ad: mov eax, 0Ah
;;   0x00b2: mov rsp, [r11+8]
;;   0x00b6: jmp qword ptr [r11+10h]
;; function 2 (two_refs):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 118h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov qword ptr [rbp-10h], 0
;;   0x00ed: mov r11, [rbp+10h]
;;   0x00f1: mov [rbp-18h], r11
;;   0x00f5: mov r11, [rbp+10h]
;;   0x00f9: mov [rbp-20h], r11
;;   0x00fd: mov qword ptr [rbp+10h], 9
;;   0x0105: mov rax, [rbp-18h]
;;   0x0109: add rax, [rbp-20h]
;;   0x010d: add rax, [rbp+10h]
;;   0x0111: mov rsp, rbp
;;   0x0114: pop rbp
;;   0x0115: ret 8
;;   0x0118: mov r11, [r14]
;;   0x011b: mov eax, 0Ah
;;   0x0120: mov rsp, [r11+8]
;;   0x0124: jmp qword ptr [r11+10h]
