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
;;   0x000a: add r11, 20h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Ah
;;   0x001a: sub rsp, 20h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: popcnt eax, eax
;;   0x002c: mov ecx, [rbp+10h]
;;   0x002f: bsr ecx, ecx
;;   0x0032: mov r11d, 3Fh
;;   0x0038: cmove ecx, r11d
;;   0x003c: xor ecx, 1Fh
;;   0x003f: mov edx, [rbp+10h]
;;   0x0042: bsf edx, edx
;;   0x0045: mov r11d, 20h
;;   0x004b: cmove edx, r11d
;;   0x004f: add ecx, edx
;;   0x0051: add eax, ecx
;;   0x0053: mov rsp, rbp
;;   0x0056: pop rbp
;;   0x0057: ret 8
;;   0x005a: ud2
