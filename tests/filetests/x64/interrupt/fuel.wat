;;! fuel = "on"
;; Fuel: the block that starts at the entry or a loop header is paid for
;; by the check there (add its cost, trap if the counter is then positive):
;; 3 at the entry (local.get, i32.eqz, if), 5 per iteration at the loop
;; header (the body up to its br_if). Other blocks are added before the
;; transfer that ends them: 1 before the return, 2 before the call (loop,
;; end, return are free). The counter lives in r13 (loaded by the prologue;
;; written back before the call and the return, reloaded after the call).
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
;;   0x0007: mov r13, [r11+18h]
;;   0x000b: mov r11, [r11]
;;   0x000e: add r11, 38h
;;   0x0015: cmp rsp, r11
;;   0x0018: jb 0B0h
;;   0x001e: sub rsp, 30h
;;   0x0025: mov [rbp-8], r14
;;   0x0029: mov [rbp-10h], rbx
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: add r13, 3
;;   0x0037: jg 0B2h
;;   0x003d: test ebx, ebx
;;   0x003f: jne 60h
;;   0x0045: add r13, 1
;;   0x0049: mov eax, 7
;;   0x004e: mov rbx, [rbp-10h]
;;   0x0052: mov r11, [r14]
;;   0x0055: mov [r11+18h], r13
;;   0x0059: mov rsp, rbp
;;   0x005c: pop rbp
;;   0x005d: ret 8
;;   0x0060: add r13, 5
;;   0x0067: jg 0B2h
;;   0x006d: mov eax, ebx
;;   0x006f: sub eax, 1
;;   0x0072: mov ebx, eax
;;   0x0074: test ebx, ebx
;;   0x0076: jne 60h
;;   0x007c: add r13, 2
;;   0x0080: sub rsp, 8
;;   0x0084: mov dword ptr [rsp], 0
;;   0x008b: mov r11, [r14]
;;   0x008e: mov [r11+18h], r13
;;   0x0092: call 0
;;   0x0097: mov r11, [r14]
;;   0x009a: mov r13, [r11+18h]
;;   0x009e: mov rbx, [rbp-10h]
;;   0x00a2: mov r11, [r14]
;;   0x00a5: mov [r11+18h], r13
;;   0x00a9: mov rsp, rbp
;;   0x00ac: pop rbp
;;   0x00ad: ret 8
;;   0x00b0: ud2
;;   0x00b2: ud2
