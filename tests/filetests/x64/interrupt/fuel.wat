;;! fuel = "on"
;; Fuel: the block that starts at the entry or a loop header is paid for
;; by the check there (add its cost, trap if the counter is then positive):
;; 3 at the entry (local.get, i32.eqz, if), 5 per iteration at the loop
;; header (the body up to its br_if). Other blocks are added before the
;; transfer that ends them: 1 before the return, 2 before the call (loop,
;; end, return are free). The counter lives in r13 across calls between
;; Wasm functions: nothing loads or stores it here.
(module
  (func $f (export "f") (param i32) (result i32)
    (if (i32.eqz (local.get 0)) (then (return (i32.const 7))))
    (loop $l
      local.get 0 i32.const 1 i32.sub local.tee 0
      br_if $l)
    (call $f (i32.const 0))))
;; function 0 (f):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 38h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 90h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: add r13, 3
;;   0x0033: jg 92h
;;   0x0039: test ebx, ebx
;;   0x003b: jne 55h
;;   0x0041: add r13, 1
;;   0x0045: mov eax, 7
;;   0x004a: mov rbx, [rbp-10h]
;;   0x004e: mov rsp, rbp
;;   0x0051: pop rbp
;;   0x0052: ret 8
;;   0x0055: add r13, 5
;;   0x005c: jg 92h
;;   0x0062: mov eax, ebx
;;   0x0064: sub eax, 1
;;   0x0067: mov ebx, eax
;;   0x0069: test ebx, ebx
;;   0x006b: jne 55h
;;   0x0071: add r13, 2
;;   0x0075: sub rsp, 8
;;   0x0079: mov dword ptr [rsp], 0
;;   0x0080: call 0
;;   0x0085: mov rbx, [rbp-10h]
;;   0x0089: mov rsp, rbp
;;   0x008c: pop rbp
;;   0x008d: ret 8
;;   0x0090: ud2
;;   0x0092: ud2
