;;! epoch = "on"
;; Epoch checks: the prologue's stack check is the function entry's (its
;; failure goes to the slow path, which tells an interrupt from an
;; overflow by the limit's sign bit, calls EpochInterrupt and retries);
;; a loop header compares rsp with the stack limit.
(module
  (func (export "spin") (param i32) (result i32)
    (loop $l
      local.get 0 i32.const 1 i32.sub local.tee 0
      br_if $l)
    local.get 0))
;; function 0 (spin):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 54h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r11, [r14]
;;   0x002f: cmp rsp, [r11]
;;   0x0032: jb 9Dh
;;   0x0038: mov eax, ebx
;;   0x003a: sub eax, 1
;;   0x003d: mov ebx, eax
;;   0x003f: test ebx, ebx
;;   0x0041: jne 2Ch
;;   0x0047: mov eax, ebx
;;   0x0049: mov rbx, [rbp-10h]
;;   0x004d: mov rsp, rbp
;;   0x0050: pop rbp
;;   0x0051: ret 8
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: test r11, r11
;;   0x005d: jns 0E6h
;;   0x0063: mov r11, [r14]
;;   0x0066: mov [r11+30h], rbp
;;   0x006a: lea rdi, [8Bh]
;;   0x0071: mov [r11+38h], rdi
;;   0x0075: mov rdi, r14
;;   0x0078: mov r11, rsp
;;   0x007b: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x007f: push r11
;;   0x0081: push r11
;;   0x0083: mov r11, [r14+8]
;;   0x0087: call qword ptr [r11+68h]
;;   0x008b: mov rsp, [rsp+8]
;;   0x0090: test eax, eax
;;   0x0092: jne 0E8h
;;   0x0098: jmp 4
;;   0x009d: mov r11, [r14]
;;   0x00a0: mov r11, [r11]
;;   0x00a3: test r11, r11
;;   0x00a6: jns 0E6h
;;   0x00ac: mov r11, [r14]
;;   0x00af: mov [r11+30h], rbp
;;   0x00b3: lea rdi, [0D4h]
;;   0x00ba: mov [r11+38h], rdi
;;   0x00be: mov rdi, r14
;;   0x00c1: mov r11, rsp
;;   0x00c4: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x00c8: push r11
;;   0x00ca: push r11
;;   0x00cc: mov r11, [r14+8]
;;   0x00d0: call qword ptr [r11+68h]
;;   0x00d4: mov rsp, [rsp+8]
;;   0x00d9: test eax, eax
;;   0x00db: jne 0E8h
;;   0x00e1: jmp 2Ch
;;   0x00e6: ud2
;;   0x00e8: mov r11, [r14]
;;   0x00eb: mov rsp, [r11+8]
;;   0x00ef: jmp qword ptr [r11+10h]
