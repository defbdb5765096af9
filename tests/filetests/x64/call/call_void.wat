;;! target = "x86_64"

(module
  (func $noop)
  (func $sink (param i64))
  (func (export "caller") (param i64)
    (call $noop)
    (call $sink (local.get 0))
    (call $sink (i64.const -1))))
;; function 0 (noop):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Ah
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rsp, rbp
;;   0x0028: pop rbp
;;   0x0029: ret
;;   0x002a: ud2
;; function 1 (sink):
;;   0x0030: push rbp
;;   0x0031: mov rbp, rsp
;;   0x0034: mov r11, [r14]
;;   0x0037: mov r11, [r11]
;;   0x003a: add r11, 20h
;;   0x0041: cmp rsp, r11
;;   0x0044: jb 68h
;;   0x004a: sub rsp, 20h
;;   0x0051: mov [rbp-8], r14
;;   0x0055: mov [rbp-10h], rbx
;;   0x0059: mov rbx, [rbp+10h]
;;   0x005d: mov rbx, [rbp-10h]
;;   0x0061: mov rsp, rbp
;;   0x0064: pop rbp
;;   0x0065: ret 8
;;   0x0068: ud2
;; function 2 (caller):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 38h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0CBh
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov rbx, [rbp+10h]
;;   0x009d: call 0
;;   0x00a2: sub rsp, 8
;;   0x00a6: mov [rsp], rbx
;;   0x00aa: call 30h
;;   0x00af: sub rsp, 8
;;   0x00b3: mov qword ptr [rsp], 0FFFFFFFFFFFFFFFFh
;;   0x00bb: call 30h
;;   0x00c0: mov rbx, [rbp-10h]
;;   0x00c4: mov rsp, rbp
;;   0x00c7: pop rbp
;;   0x00c8: ret 8
;;   0x00cb: ud2
