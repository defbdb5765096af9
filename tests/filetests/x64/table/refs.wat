;;! target = "x86_64"

;; ref.null is the word 0, ref.is_null a 64-bit test, ref.func the address
;; of the function's VMFuncRef in the vmctx.
(module
  (func $f (result i32) (i32.const 1))
  (func $g)
  (elem declare func $f $g)
  (func (export "null_func") (result funcref) (ref.null func))
  (func (export "null_extern") (result externref) (ref.null extern))
  (func (export "is_null") (param externref) (result i32) (ref.is_null (local.get 0)))
  (func (export "is_null_func") (param funcref) (result i32) (ref.is_null (local.get 0)))
  (func (export "is_null_const") (result i32) (ref.is_null (ref.null func)))
  (func (export "func_f") (result funcref) (ref.func $f))
  (func (export "func_g") (result funcref) (ref.func $g))
  (func (export "select_ref") (param funcref funcref i32) (result funcref)
    (select (result funcref) (local.get 0) (local.get 1) (local.get 2))))
;; function 0 (f):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Fh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, 1
;;   0x002a: mov rsp, rbp
;;   0x002d: pop rbp
;;   0x002e: ret
;;   0x002f: ud2
;; function 1 (g):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 6Ah
;;   0x005a: sub rsp, 20h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rsp, rbp
;;   0x0068: pop rbp
;;   0x0069: ret
;;   0x006a: ud2
;; function 2 (null_func):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 30h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 9Fh
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov eax, 0
;;   0x009a: mov rsp, rbp
;;   0x009d: pop rbp
;;   0x009e: ret
;;   0x009f: ud2
;; function 3 (null_extern):
;;   0x00b0: push rbp
;;   0x00b1: mov rbp, rsp
;;   0x00b4: mov r11, [r14]
;;   0x00b7: mov r11, [r11]
;;   0x00ba: add r11, 30h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0DFh
;;   0x00ca: sub rsp, 30h
;;   0x00d1: mov [rbp-8], r14
;;   0x00d5: mov eax, 0
;;   0x00da: mov rsp, rbp
;;   0x00dd: pop rbp
;;   0x00de: ret
;;   0x00df: ud2
;; function 4 (is_null):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 131h
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov rbx, [rbp+10h]
;;   0x011d: test rbx, rbx
;;   0x0120: sete al
;;   0x0123: movzx eax, al
;;   0x0126: mov rbx, [rbp-10h]
;;   0x012a: mov rsp, rbp
;;   0x012d: pop rbp
;;   0x012e: ret 8
;;   0x0131: ud2
;; function 5 (is_null_func):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 181h
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov rbx, [rbp+10h]
;;   0x016d: test rbx, rbx
;;   0x0170: sete al
;;   0x0173: movzx eax, al
;;   0x0176: mov rbx, [rbp-10h]
;;   0x017a: mov rsp, rbp
;;   0x017d: pop rbp
;;   0x017e: ret 8
;;   0x0181: ud2
;; function 6 (is_null_const):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1BFh
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov eax, 1
;;   0x01ba: mov rsp, rbp
;;   0x01bd: pop rbp
;;   0x01be: ret
;;   0x01bf: ud2
;; function 7 (func_f):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 30h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 1FEh
;;   0x01ea: sub rsp, 30h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: lea rax, [r14+38h]
;;   0x01f9: mov rsp, rbp
;;   0x01fc: pop rbp
;;   0x01fd: ret
;;   0x01fe: ud2
;; function 8 (func_g):
;;   0x0200: push rbp
;;   0x0201: mov rbp, rsp
;;   0x0204: mov r11, [r14]
;;   0x0207: mov r11, [r11]
;;   0x020a: add r11, 30h
;;   0x0211: cmp rsp, r11
;;   0x0214: jb 22Eh
;;   0x021a: sub rsp, 30h
;;   0x0221: mov [rbp-8], r14
;;   0x0225: lea rax, [r14+50h]
;;   0x0229: mov rsp, rbp
;;   0x022c: pop rbp
;;   0x022d: ret
;;   0x022e: ud2
;; function 9 (select_ref):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 40h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 28Ah
;;   0x024a: sub rsp, 40h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov [rbp-10h], rbx
;;   0x0259: mov [rbp-18h], r12
;;   0x025d: mov [rbp-20h], r13
;;   0x0261: mov rbx, [rbp+10h]
;;   0x0265: mov r12, [rbp+18h]
;;   0x0269: mov r13d, [rbp+20h]
;;   0x026d: test r13d, r13d
;;   0x0270: mov rax, rbx
;;   0x0273: cmove rax, r12
;;   0x0277: mov rbx, [rbp-10h]
;;   0x027b: mov r12, [rbp-18h]
;;   0x027f: mov r13, [rbp-20h]
;;   0x0283: mov rsp, rbp
;;   0x0286: pop rbp
;;   0x0287: ret 18h
;;   0x028a: ud2
