;;! target = "x86_64"

(module
  (type $t (func (param i32) (result i32)))
  (table 2 funcref)
  (func $f (type $t) (local.get 0))
  (elem (i32.const 0) $f)
  (func (export "call_indirect") (param i32 i32) (result i32)
    (call_indirect (type $t) (local.get 0) (local.get 1))))
;; function 0 (f):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 39h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: mov rbx, [rbp-10h]
;;   0x0032: mov rsp, rbp
;;   0x0035: pop rbp
;;   0x0036: ret 8
;;   0x0039: ud2
;; function 1 (call_indirect):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 38h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 0D7h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov [rbp-18h], r12
;;   0x006d: mov ebx, [rbp+10h]
;;   0x0070: mov r12d, [rbp+18h]
;;   0x0074: mov eax, r12d
;;   0x0077: mov r11, [r14+18h]
;;   0x007b: cmp rax, [r11+8]
;;   0x007f: jae 0D9h
;;   0x0085: mov r11, [r11]
;;   0x0088: lea rax, [r11+rax*8]
;;   0x008c: mov r11d, 0
;;   0x0092: cmovae rax, r11
;;   0x0096: mov rax, [rax]
;;   0x0099: test rax, rax
;;   0x009c: je 0DBh
;;   0x00a2: mov r11d, [r14+20h]
;;   0x00a6: cmp r11d, [rax+10h]
;;   0x00aa: jne 0DDh
;;   0x00b0: sub rsp, 8
;;   0x00b4: mov [rsp], ebx
;;   0x00b7: mov r11, rax
;;   0x00ba: mov rsi, r14
;;   0x00bd: mov r14, [r11+8]
;;   0x00c1: call qword ptr [r11]
;;   0x00c4: mov r14, [rbp-8]
;;   0x00c8: mov rbx, [rbp-10h]
;;   0x00cc: mov r12, [rbp-18h]
;;   0x00d0: mov rsp, rbp
;;   0x00d3: pop rbp
;;   0x00d4: ret 10h
;;   0x00d7: ud2
;;   0x00d9: ud2
;;   0x00db: ud2
;;   0x00dd: ud2
