;;! target = "x86_64"

(module
  (func (export "promote") (param f32) (result f64) (f64.promote_f32 (local.get 0)))
  (func (export "demote") (param f64) (result f32) (f32.demote_f64 (local.get 0)))
  (func (export "round_trip") (param f32) (result f32)
    (f32.demote_f64 (f64.promote_f32 (local.get 0)))))
;; function 0 (promote):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 35h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: movss xmm0, [rbp+10h]
;;   0x002a: cvtss2sd xmm0, xmm0
;;   0x002e: mov rsp, rbp
;;   0x0031: pop rbp
;;   0x0032: ret 8
;;   0x0035: ud2
;; function 1 (demote):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 75h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: movsd xmm0, [rbp+10h]
;;   0x006a: cvtsd2ss xmm0, xmm0
;;   0x006e: mov rsp, rbp
;;   0x0071: pop rbp
;;   0x0072: ret 8
;;   0x0075: ud2
;; function 2 (round_trip):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 30h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0B9h
;;   0x009a: sub rsp, 30h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: movss xmm0, [rbp+10h]
;;   0x00aa: cvtss2sd xmm0, xmm0
;;   0x00ae: cvtsd2ss xmm0, xmm0
;;   0x00b2: mov rsp, rbp
;;   0x00b5: pop rbp
;;   0x00b6: ret 8
;;   0x00b9: ud2
