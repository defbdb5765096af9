;;! target = "x86_64"

(module
  (func (export "div_s") (param i64 i64) (result i64) (i64.div_s (local.get 0) (local.get 1)))
  (func (export "div_u") (param i64 i64) (result i64) (i64.div_u (local.get 0) (local.get 1)))
  (func (export "rem_s") (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1)))
  (func (export "rem_u") (param i64 i64) (result i64) (i64.rem_u (local.get 0) (local.get 1))))
;; function 0 (div_s):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Fh
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rcx, [rbp+18h]
;;   0x0029: mov rax, [rbp+10h]
;;   0x002d: test rcx, rcx
;;   0x0030: je 61h
;;   0x0036: cmp rcx, 0FFFFFFFFFFFFFFFFh
;;   0x003a: jne 53h
;;   0x0040: mov r11, 8000000000000000h
;;   0x004a: cmp rax, r11
;;   0x004d: je 63h
;;   0x0053: cqo
;;   0x0055: idiv rcx
;;   0x0058: mov rsp, rbp
;;   0x005b: pop rbp
;;   0x005c: ret 10h
;;   0x005f: ud2
;;   0x0061: ud2
;;   0x0063: ud2
;; function 1 (div_u):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 20h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0B2h
;;   0x008a: sub rsp, 20h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov rcx, [rbp+18h]
;;   0x0099: mov rax, [rbp+10h]
;;   0x009d: test rcx, rcx
;;   0x00a0: je 0B4h
;;   0x00a6: xor edx, edx
;;   0x00a8: div rcx
;;   0x00ab: mov rsp, rbp
;;   0x00ae: pop rbp
;;   0x00af: ret 10h
;;   0x00b2: ud2
;;   0x00b4: ud2
;; function 2 (rem_s):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 20h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 116h
;;   0x00da: sub rsp, 20h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov rcx, [rbp+18h]
;;   0x00e9: mov rax, [rbp+10h]
;;   0x00ed: test rcx, rcx
;;   0x00f0: je 118h
;;   0x00f6: cmp rcx, 0FFFFFFFFFFFFFFFFh
;;   0x00fa: je 10Ah
;;   0x0100: cqo
;;   0x0102: idiv rcx
;;   0x0105: jmp 10Ch
;;   0x010a: xor edx, edx
;;   0x010c: mov rax, rdx
;;   0x010f: mov rsp, rbp
;;   0x0112: pop rbp
;;   0x0113: ret 10h
;;   0x0116: ud2
;;   0x0118: ud2
;; function 3 (rem_u):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 20h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 165h
;;   0x013a: sub rsp, 20h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov rcx, [rbp+18h]
;;   0x0149: mov rax, [rbp+10h]
;;   0x014d: test rcx, rcx
;;   0x0150: je 167h
;;   0x0156: xor edx, edx
;;   0x0158: div rcx
;;   0x015b: mov rax, rdx
;;   0x015e: mov rsp, rbp
;;   0x0161: pop rbp
;;   0x0162: ret 10h
;;   0x0165: ud2
;;   0x0167: ud2
