;;! fuel = "on"
;; Fuel: the block that starts at the entry or a loop header is paid for
;; by the check there (add its cost, trap if the counter is then positive):
;; 3 at the entry (local.get, i32.eqz, if), 5 per iteration at the loop
;; header (the body up to its br_if). Other blocks are added before the
;; transfer that ends them: 1 before the return, 2 before the call (loop,
;; end, return are free).
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
;;   0x0014: jb 0A0h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r11, [r14]
;;   0x002f: add qword ptr [r11+18h], 3
;;   0x0037: jg 0A2h
;;   0x003d: test ebx, ebx
;;   0x003f: jne 5Dh
;;   0x0045: mov r11, [r14]
;;   0x0048: add qword ptr [r11+18h], 1
;;   0x004d: mov eax, 7
;;   0x0052: mov rbx, [rbp-10h]
;;   0x0056: mov rsp, rbp
;;   0x0059: pop rbp
;;   0x005a: ret 8
;;   0x005d: mov r11, [r14]
;;   0x0060: add qword ptr [r11+18h], 5
;;   0x0068: jg 0A2h
;;   0x006e: mov eax, ebx
;;   0x0070: sub eax, 1
;;   0x0073: mov ebx, eax
;;   0x0075: test ebx, ebx
;;   0x0077: jne 5Dh
;;   0x007d: mov r11, [r14]
;;   0x0080: add qword ptr [r11+18h], 2
;;   0x0085: sub rsp, 8
;;   0x0089: mov dword ptr [rsp], 0
;;   0x0090: call 0
;;   0x0095: mov rbx, [rbp-10h]
;;   0x0099: mov rsp, rbp
;;   0x009c: pop rbp
;;   0x009d: ret 8
;;   0x00a0: ud2
;;   0x00a2: ud2
