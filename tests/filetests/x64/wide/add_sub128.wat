;;! target = "x86_64"

;; 128-bit add and subtract: low halves with add/sub, high halves with
;; adc/sbb on the carry.
(module
  (func (param i64 i64 i64 i64) (result i64 i64)
    (i64.add128 (local.get 0) (local.get 1) (local.get 2) (local.get 3)))
  (func (param i64 i64 i64 i64) (result i64 i64)
    (i64.sub128 (local.get 0) (local.get 1) (local.get 2) (local.get 3))))
;; function 0:
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 6Ah
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov [rbp-20h], r13
;;   0x0031: mov rbx, [rbp+10h]
;;   0x0035: mov r12, [rbp+18h]
;;   0x0039: mov r13, [rbp+20h]
;;   0x003d: mov rax, [rbp+28h]
;;   0x0041: mov rcx, r13
;;   0x0044: mov rdx, r12
;;   0x0047: mov rsi, rbx
;;   0x004a: add rsi, rcx
;;   0x004d: adc rdx, rax
;;   0x0050: mov [rbp+30h], rdx
;;   0x0054: mov rax, rsi
;;   0x0057: mov rbx, [rbp-10h]
;;   0x005b: mov r12, [rbp-18h]
;;   0x005f: mov r13, [rbp-20h]
;;   0x0063: mov rsp, rbp
;;   0x0066: pop rbp
;;   0x0067: ret 20h
;;   0x006a: ud2
;; function 1:
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 40h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0DAh
;;   0x008a: sub rsp, 40h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov [rbp-18h], r12
;;   0x009d: mov [rbp-20h], r13
;;   0x00a1: mov rbx, [rbp+10h]
;;   0x00a5: mov r12, [rbp+18h]
;;   0x00a9: mov r13, [rbp+20h]
;;   0x00ad: mov rax, [rbp+28h]
;;   0x00b1: mov rcx, r13
;;   0x00b4: mov rdx, r12
;;   0x00b7: mov rsi, rbx
;;   0x00ba: sub rsi, rcx
;;   0x00bd: sbb rdx, rax
;;   0x00c0: mov [rbp+30h], rdx
;;   0x00c4: mov rax, rsi
;;   0x00c7: mov rbx, [rbp-10h]
;;   0x00cb: mov r12, [rbp-18h]
;;   0x00cf: mov r13, [rbp-20h]
;;   0x00d3: mov rsp, rbp
;;   0x00d6: pop rbp
;;   0x00d7: ret 20h
;;   0x00da: ud2
