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
;;   0x002a: mov r11, [r14]
;;   0x002d: mov eax, 0Ah
;;   0x0032: mov rsp, [r11+8]
;;   0x0036: jmp qword ptr [r11+10h]
;; function 1:
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 6Ch
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rsp, rbp
;;   0x0068: pop rbp
;;   0x0069: ret 8
;;   0x006c: mov r11, [r14]
;;   0x006f: mov eax, 0Ah
;;   0x0074: mov rsp, [r11+8]
;;   0x0078: jmp qword ptr [r11+10h]
;; function 2 (caller):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 18h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0D3h
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: call 0
;;   0x00aa: sub rsp, 8
;;   0x00ae: mov r11, [rbp+10h]
;;   0x00b2: mov [rsp], r11
;;   0x00b6: call 40h
;;   0x00bb: sub rsp, 8
;;   0x00bf: mov qword ptr [rsp], 0FFFFFFFFFFFFFFFFh
;;   0x00c7: call 40h
;;   0x00cc: mov rsp, rbp
;;   0x00cf: pop rbp
;;   0x00d0: ret 8
;;   0x00d3: mov r11, [r14]
;;   0x00d6: mov eax, 0Ah
;;   0x00db: mov rsp, [r11+8]
;;   0x00df: jmp qword ptr [r11+10h]
