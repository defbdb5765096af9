;;! target = "x86_64"

(module
  (func $answer (result i32)
    (i32.const 42))
  (func (export "caller") (result i32)
    (i32.add (call $answer) (i32.const 1))))
;; function 0 (answer):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Fh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, 2Ah
;;   0x002a: mov rsp, rbp
;;   0x002d: pop rbp
;;   0x002e: ret
;;   0x002f: ud2
;; function 1 (caller):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 72h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: call 0
;;   0x006a: add eax, 1
;;   0x006d: mov rsp, rbp
;;   0x0070: pop rbp
;;   0x0071: ret
;;   0x0072: ud2
