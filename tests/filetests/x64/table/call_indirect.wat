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
;;   0x0054: jb 0CDh
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov [rbp-18h], r12
;;   0x006d: mov ebx, [rbp+10h]
;;   0x0070: mov r12d, [rbp+18h]
;;   0x0074: mov eax, r12d
;;   0x0077: mov r11, [r14+18h]
;;   0x007b: cmp rax, [r11+8]
;;   0x007f: jae 0CFh
;;   0x0085: shl rax, 3
;;   0x0089: add rax, [r11]
;;   0x008c: mov rax, [rax]
;;   0x008f: test rax, rax
;;   0x0092: je 0D1h
;;   0x0098: mov r11d, [r14+20h]
;;   0x009c: cmp r11d, [rax+10h]
;;   0x00a0: jne 0D3h
;;   0x00a6: sub rsp, 8
;;   0x00aa: mov [rsp], ebx
;;   0x00ad: mov r11, rax
;;   0x00b0: mov rsi, r14
;;   0x00b3: mov r14, [r11+8]
;;   0x00b7: call qword ptr [r11]
;;   0x00ba: mov r14, [rbp-8]
;;   0x00be: mov rbx, [rbp-10h]
;;   0x00c2: mov r12, [rbp-18h]
;;   0x00c6: mov rsp, rbp
;;   0x00c9: pop rbp
;;   0x00ca: ret 10h
;;   0x00cd: ud2
;;   0x00cf: ud2
;;   0x00d1: ud2
;;   0x00d3: ud2
