;;! target = "x86_64"

;; All registers are caller-saved: live register values are spilled before a
;; call, while locals and constants stay lazy.
(module
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "live") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))
    (local.get 1)
    (i32.const 5)
    (call $id (i32.mul (local.get 0) (i32.const 3)))
    i32.add
    i32.add
    i32.add)
  (func (export "nested") (param i32) (result i32)
    (call $id (call $id (local.get 0)))))
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
;; function 1 (live):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 38h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 94h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov eax, [rbp+10h]
;;   0x0068: add eax, [rbp+18h]
;;   0x006b: mov ecx, [rbp+10h]
;;   0x006e: imul ecx, 3
;;   0x0071: sub rsp, 8
;;   0x0075: mov [rsp], ecx
;;   0x0078: mov [rbp-10h], eax
;;   0x007b: call 0
;;   0x0080: add eax, 5
;;   0x0083: mov ecx, [rbp+18h]
;;   0x0086: add ecx, eax
;;   0x0088: mov eax, [rbp-10h]
;;   0x008b: add eax, ecx
;;   0x008d: mov rsp, rbp
;;   0x0090: pop rbp
;;   0x0091: ret 10h
;;   0x0094: ud2
;; function 2 (nested):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 18h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0E9h
;;   0x00ba: sub rsp, 10h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: sub rsp, 8
;;   0x00c9: mov r11d, [rbp+10h]
;;   0x00cd: mov [rsp], r11d
;;   0x00d1: call 0
;;   0x00d6: sub rsp, 8
;;   0x00da: mov [rsp], eax
;;   0x00dd: call 0
;;   0x00e2: mov rsp, rbp
;;   0x00e5: pop rbp
;;   0x00e6: ret 8
;;   0x00e9: ud2
