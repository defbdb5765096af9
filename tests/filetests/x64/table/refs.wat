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
;;   0x0104: jb 129h
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov rax, [rbp+10h]
;;   0x0119: test rax, rax
;;   0x011c: sete al
;;   0x011f: movzx eax, al
;;   0x0122: mov rsp, rbp
;;   0x0125: pop rbp
;;   0x0126: ret 8
;;   0x0129: ud2
;; function 5 (is_null_func):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 30h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 171h
;;   0x014a: sub rsp, 30h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov [rbp-10h], rbx
;;   0x0159: mov rbx, [rbp+10h]
;;   0x015d: test rbx, rbx
;;   0x0160: sete al
;;   0x0163: movzx eax, al
;;   0x0166: mov rbx, [rbp-10h]
;;   0x016a: mov rsp, rbp
;;   0x016d: pop rbp
;;   0x016e: ret 8
;;   0x0171: ud2
;; function 6 (is_null_const):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 30h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 1AFh
;;   0x019a: sub rsp, 30h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov eax, 1
;;   0x01aa: mov rsp, rbp
;;   0x01ad: pop rbp
;;   0x01ae: ret
;;   0x01af: ud2
;; function 7 (func_f):
;;   0x01c0: push rbp
;;   0x01c1: mov rbp, rsp
;;   0x01c4: mov r11, [r14]
;;   0x01c7: mov r11, [r11]
;;   0x01ca: add r11, 30h
;;   0x01d1: cmp rsp, r11
;;   0x01d4: jb 1EEh
;;   0x01da: sub rsp, 30h
;;   0x01e1: mov [rbp-8], r14
;;   0x01e5: lea rax, [r14+38h]
;;   0x01e9: mov rsp, rbp
;;   0x01ec: pop rbp
;;   0x01ed: ret
;;   0x01ee: ud2
;; function 8 (func_g):
;;   0x01f0: push rbp
;;   0x01f1: mov rbp, rsp
;;   0x01f4: mov r11, [r14]
;;   0x01f7: mov r11, [r11]
;;   0x01fa: add r11, 30h
;;   0x0201: cmp rsp, r11
;;   0x0204: jb 21Eh
;;   0x020a: sub rsp, 30h
;;   0x0211: mov [rbp-8], r14
;;   0x0215: lea rax, [r14+50h]
;;   0x0219: mov rsp, rbp
;;   0x021c: pop rbp
;;   0x021d: ret
;;   0x021e: ud2
;; function 9 (select_ref):
;;   0x0220: push rbp
;;   0x0221: mov rbp, rsp
;;   0x0224: mov r11, [r14]
;;   0x0227: mov r11, [r11]
;;   0x022a: add r11, 40h
;;   0x0231: cmp rsp, r11
;;   0x0234: jb 27Ah
;;   0x023a: sub rsp, 40h
;;   0x0241: mov [rbp-8], r14
;;   0x0245: mov [rbp-10h], rbx
;;   0x0249: mov [rbp-18h], r12
;;   0x024d: mov [rbp-20h], r13
;;   0x0251: mov rbx, [rbp+10h]
;;   0x0255: mov r12, [rbp+18h]
;;   0x0259: mov r13d, [rbp+20h]
;;   0x025d: test r13d, r13d
;;   0x0260: mov rax, rbx
;;   0x0263: cmove rax, r12
;;   0x0267: mov rbx, [rbp-10h]
;;   0x026b: mov r12, [rbp-18h]
;;   0x026f: mov r13, [rbp-20h]
;;   0x0273: mov rsp, rbp
;;   0x0276: pop rbp
;;   0x0277: ret 18h
;;   0x027a: ud2
