;;! target = "x86_64"
;;! flags = ["popcnt"]

;; Only popcnt: clz and ctz still use the fallbacks.
(module
  (func (export "mix") (param i32) (result i32)
    (i32.add
      (i32.popcnt (local.get 0))
      (i32.add (i32.clz (local.get 0)) (i32.ctz (local.get 0))))))
;; function 0 (mix):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Ch
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: popcnt eax, ebx
;;   0x0030: bsr ecx, ebx
;;   0x0033: mov r11d, 3Fh
;;   0x0039: cmove ecx, r11d
;;   0x003d: xor ecx, 1Fh
;;   0x0040: bsf edx, ebx
;;   0x0043: mov r11d, 20h
;;   0x0049: cmove edx, r11d
;;   0x004d: add ecx, edx
;;   0x004f: add eax, ecx
;;   0x0051: mov rbx, [rbp-10h]
;;   0x0055: mov rsp, rbp
;;   0x0058: pop rbp
;;   0x0059: ret 8
;;   0x005c: ud2
