;;! fuel = "on"
;; Fuel: a check at the entry and at the loop header (trap unless the
;; counter is negative); each block's operator count is added before the
;; control transfer that ends it: 3 before the if's branch (local.get,
;; i32.eqz, if), 1 before the return, 5 per iteration before the br_if,
;; 2 before the call (loop, end, return are free).
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
;;   0x0014: jb 0AAh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r11, [r14]
;;   0x002f: cmp qword ptr [r11+18h], 0
;;   0x0034: jge 0ACh
;;   0x003a: mov r11, [r14]
;;   0x003d: add qword ptr [r11+18h], 3
;;   0x0042: test ebx, ebx
;;   0x0044: jne 62h
;;   0x004a: mov r11, [r14]
;;   0x004d: add qword ptr [r11+18h], 1
;;   0x0052: mov eax, 7
;;   0x0057: mov rbx, [rbp-10h]
;;   0x005b: mov rsp, rbp
;;   0x005e: pop rbp
;;   0x005f: ret 8
;;   0x0062: mov r11, [r14]
;;   0x0065: cmp qword ptr [r11+18h], 0
;;   0x006a: jge 0ACh
;;   0x0070: mov eax, ebx
;;   0x0072: sub eax, 1
;;   0x0075: mov ebx, eax
;;   0x0077: mov r11, [r14]
;;   0x007a: add qword ptr [r11+18h], 5
;;   0x007f: test ebx, ebx
;;   0x0081: jne 62h
;;   0x0087: mov r11, [r14]
;;   0x008a: add qword ptr [r11+18h], 2
;;   0x008f: sub rsp, 8
;;   0x0093: mov dword ptr [rsp], 0
;;   0x009a: call 0
;;   0x009f: mov rbx, [rbp-10h]
;;   0x00a3: mov rsp, rbp
;;   0x00a6: pop rbp
;;   0x00a7: ret 8
;;   0x00aa: ud2
;;   0x00ac: ud2
