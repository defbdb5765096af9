;;! target = "x86_64"

;; call_ref and return_call_ref: a null check (inline trap), then the call or
;; tail call through the funcref with its own vmctx, as call_indirect's.
(module
  (type $t (func (param i32) (result i32)))
  (func $inc (type $t) (i32.add (local.get 0) (i32.const 1)))
  (func (param i32) (result i32)
    (call_ref $t (local.get 0) (ref.func $inc)))
  (func (param i32) (result i32)
    (return_call_ref $t (local.get 0) (ref.func $inc)))
  (elem declare func $inc))
;; function 0 (inc):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Ch
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: add eax, 1
;;   0x0031: mov rbx, [rbp-10h]
;;   0x0035: mov rsp, rbp
;;   0x0038: pop rbp
;;   0x0039: ret 8
;;   0x003c: ud2
;; function 1:
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 38h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 9Ch
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov ebx, [rbp+10h]
;;   0x006c: lea rax, [r14+20h]
;;   0x0070: test rax, rax
;;   0x0073: je 9Eh
;;   0x0079: sub rsp, 8
;;   0x007d: mov [rsp], ebx
;;   0x0080: mov r11, rax
;;   0x0083: mov rsi, r14
;;   0x0086: mov r14, [r11+8]
;;   0x008a: call qword ptr [r11]
;;   0x008d: mov r14, [rbp-8]
;;   0x0091: mov rbx, [rbp-10h]
;;   0x0095: mov rsp, rbp
;;   0x0098: pop rbp
;;   0x0099: ret 8
;;   0x009c: ud2
;;   0x009e: ud2
;; function 2:
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 38h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0FCh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov ebx, [rbp+10h]
;;   0x00cc: lea rax, [r14+20h]
;;   0x00d0: test rax, rax
;;   0x00d3: je 0FEh
;;   0x00d9: sub rsp, 8
;;   0x00dd: mov [rsp], ebx
;;   0x00e0: mov rbx, [rbp-10h]
;;   0x00e4: mov rsi, r14
;;   0x00e7: mov r14, [rax+8]
;;   0x00eb: mov rax, [rax]
;;   0x00ee: mov r11, [rsp]
;;   0x00f2: mov [rbp+10h], r11
;;   0x00f6: mov rsp, rbp
;;   0x00f9: pop rbp
;;   0x00fa: jmp rax
;;   0x00fc: ud2
;;   0x00fe: ud2
