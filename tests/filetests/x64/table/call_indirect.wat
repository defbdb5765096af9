;;! target = "x86_64"

(module
  (type $t (func (param i32) (result i32)))
  (table 2 funcref)
  (func $f (type $t) (local.get 0))
  (elem (i32.const 0) $f)
  (func (export "call_indirect") (param i32 i32) (result i32)
    (call_indirect (type $t) (local.get 0) (local.get 1))))
;; function 0:
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Fh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: mov rsp, rbp
;;   0x002b: pop rbp
;;   0x002c: ret 8
;;   0x002f: ud2
;; function 1 (call_indirect):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 28h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 0BBh
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, [rbp+18h]
;;   0x0068: mov r11, [r14+18h]
;;   0x006c: cmp rax, [r11+8]
;;   0x0070: jae 0BDh
;;   0x0076: shl rax, 3
;;   0x007a: add rax, [r11]
;;   0x007d: mov rax, [rax]
;;   0x0080: test rax, rax
;;   0x0083: je 0BFh
;;   0x0089: mov r11d, [r14+20h]
;;   0x008d: cmp r11d, [rax+10h]
;;   0x0091: jne 0C1h
;;   0x0097: sub rsp, 8
;;   0x009b: mov r11d, [rbp+10h]
;;   0x009f: mov [rsp], r11d
;;   0x00a3: mov r11, rax
;;   0x00a6: mov rsi, r14
;;   0x00a9: mov r14, [r11+8]
;;   0x00ad: call qword ptr [r11]
;;   0x00b0: mov r14, [rbp-8]
;;   0x00b4: mov rsp, rbp
;;   0x00b7: pop rbp
;;   0x00b8: ret 10h
;;   0x00bb: ud2
;;   0x00bd: ud2
;;   0x00bf: ud2
;;   0x00c1: ud2
