;;! target = "x86_64"

(module
  (func $noop)
  (func $sink (param i64))
  (func (export "caller") (param i64)
    (call $noop)
    (call $sink (local.get 0))
    (call $sink (i64.const -1))))
;; function 0:
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Ah
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rsp, rbp
;;   0x0028: pop rbp
;;   0x0029: ret
;;   0x002a: ud2
;; function 1:
;;   0x0030: push rbp
;;   0x0031: mov rbp, rsp
;;   0x0034: mov r11, [r14]
;;   0x0037: mov r11, [r11]
;;   0x003a: add r11, 10h
;;   0x0041: cmp rsp, r11
;;   0x0044: jb 5Ch
;;   0x004a: sub rsp, 10h
;;   0x0051: mov [rbp-8], r14
;;   0x0055: mov rsp, rbp
;;   0x0058: pop rbp
;;   0x0059: ret 8
;;   0x005c: ud2
;; function 2 (caller):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 18h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0B3h
;;   0x007a: sub rsp, 10h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: call 0
;;   0x008a: sub rsp, 8
;;   0x008e: mov r11, [rbp+10h]
;;   0x0092: mov [rsp], r11
;;   0x0096: call 30h
;;   0x009b: sub rsp, 8
;;   0x009f: mov qword ptr [rsp], 0FFFFFFFFFFFFFFFFh
;;   0x00a7: call 30h
;;   0x00ac: mov rsp, rbp
;;   0x00af: pop rbp
;;   0x00b0: ret 8
;;   0x00b3: ud2
