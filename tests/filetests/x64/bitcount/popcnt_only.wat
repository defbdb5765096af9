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
;;   0x0014: jb 62h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: popcnt eax, eax
;;   0x0032: mov ecx, ebx
;;   0x0034: bsr ecx, ecx
;;   0x0037: mov r11d, 3Fh
;;   0x003d: cmove ecx, r11d
;;   0x0041: xor ecx, 1Fh
;;   0x0044: mov edx, ebx
;;   0x0046: bsf edx, edx
;;   0x0049: mov r11d, 20h
;;   0x004f: cmove edx, r11d
;;   0x0053: add ecx, edx
;;   0x0055: add eax, ecx
;;   0x0057: mov rbx, [rbp-10h]
;;   0x005b: mov rsp, rbp
;;   0x005e: pop rbp
;;   0x005f: ret 8
;;   0x0062: ud2
