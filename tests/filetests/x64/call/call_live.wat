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
;; function 0 (id):
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
;; function 1 (live):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 58h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 0A7h
;;   0x005a: sub rsp, 50h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov [rbp-18h], r12
;;   0x006d: mov ebx, [rbp+10h]
;;   0x0070: mov r12d, [rbp+18h]
;;   0x0074: mov eax, ebx
;;   0x0076: add eax, r12d
;;   0x0079: imul ecx, ebx, 3
;;   0x007c: sub rsp, 8
;;   0x0080: mov [rsp], ecx
;;   0x0083: mov [rbp-28h], eax
;;   0x0086: call 0
;;   0x008b: add eax, 5
;;   0x008e: add eax, r12d
;;   0x0091: mov ecx, [rbp-28h]
;;   0x0094: add ecx, eax
;;   0x0096: mov eax, ecx
;;   0x0098: mov rbx, [rbp-10h]
;;   0x009c: mov r12, [rbp-18h]
;;   0x00a0: mov rsp, rbp
;;   0x00a3: pop rbp
;;   0x00a4: ret 10h
;;   0x00a7: ud2
;; function 2 (nested):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 38h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0FFh
;;   0x00ca: sub rsp, 30h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov [rbp-10h], rbx
;;   0x00d9: mov ebx, [rbp+10h]
;;   0x00dc: sub rsp, 8
;;   0x00e0: mov [rsp], ebx
;;   0x00e3: call 0
;;   0x00e8: sub rsp, 8
;;   0x00ec: mov [rsp], eax
;;   0x00ef: call 0
;;   0x00f4: mov rbx, [rbp-10h]
;;   0x00f8: mov rsp, rbp
;;   0x00fb: pop rbp
;;   0x00fc: ret 8
;;   0x00ff: ud2
