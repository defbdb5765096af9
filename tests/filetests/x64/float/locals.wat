;;! target = "x86_64"

;; Float params, declared locals (zeroed), local.set/tee and results.
(module
  (func (export "swap_sum") (param f32 f64) (result f64)
    (local f32 f64)
    (local.set 2 (local.get 0))
    (local.set 3 (local.tee 1 (f64.add (local.get 1) (f64.const 1))))
    (f64.add (f64.promote_f32 (local.get 2)) (local.get 3)))
  (func (export "set_hazard") (param f32) (result f32)
    (local.get 0)
    (local.set 0 (f32.const 2))
    (local.get 0)
    f32.sub)
  (func (export "zeroed") (result f64)
    (local f64)
    (local.get 0)))
;; function 0 (swap_sum):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 73h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov dword ptr [rbp-28h], 0
;;   0x002c: mov qword ptr [rbp-30h], 0
;;   0x0034: mov r11d, [rbp+10h]
;;   0x0038: mov [rbp-28h], r11d
;;   0x003c: mov r11, 3FF0000000000000h
;;   0x0046: movq xmm0, r11
;;   0x004b: movsd xmm1, [rbp+18h]
;;   0x0050: addsd xmm1, xmm0
;;   0x0054: movsd [rbp+18h], xmm1
;;   0x0059: movsd [rbp-30h], xmm1
;;   0x005e: movss xmm0, [rbp-28h]
;;   0x0063: cvtss2sd xmm0, xmm0
;;   0x0067: addsd xmm0, [rbp-30h]
;;   0x006c: mov rsp, rbp
;;   0x006f: pop rbp
;;   0x0070: ret 10h
;;   0x0073: ud2
;; function 1 (set_hazard):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0C5h
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov r11d, [rbp+10h]
;;   0x00a9: mov [rbp-28h], r11d
;;   0x00ad: mov dword ptr [rbp+10h], 40000000h
;;   0x00b4: movss xmm0, [rbp-28h]
;;   0x00b9: subss xmm0, [rbp+10h]
;;   0x00be: mov rsp, rbp
;;   0x00c1: pop rbp
;;   0x00c2: ret 8
;;   0x00c5: ud2
;; function 2 (zeroed):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 107h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov qword ptr [rbp-28h], 0
;;   0x00fd: movsd xmm0, [rbp-28h]
;;   0x0102: mov rsp, rbp
;;   0x0105: pop rbp
;;   0x0106: ret
;;   0x0107: ud2
