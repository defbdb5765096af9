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
;; function 0:
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Fh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, 1
;;   0x002a: mov rsp, rbp
;;   0x002d: pop rbp
;;   0x002e: ret
;;   0x002f: ud2
;; function 1:
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 6Ah
;;   0x005a: sub rsp, 10h
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
;;   0x007a: add r11, 10h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 9Fh
;;   0x008a: sub rsp, 10h
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
;;   0x00ba: add r11, 10h
;;   0x00c1: cmp rsp, r11
;;   0x00c4: jb 0DFh
;;   0x00ca: sub rsp, 10h
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
;;   0x00fa: add r11, 10h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 129h
;;   0x010a: sub rsp, 10h
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
;;   0x013a: add r11, 10h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 169h
;;   0x014a: sub rsp, 10h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov rax, [rbp+10h]
;;   0x0159: test rax, rax
;;   0x015c: sete al
;;   0x015f: movzx eax, al
;;   0x0162: mov rsp, rbp
;;   0x0165: pop rbp
;;   0x0166: ret 8
;;   0x0169: ud2
;; function 6 (is_null_const):
;;   0x0170: push rbp
;;   0x0171: mov rbp, rsp
;;   0x0174: mov r11, [r14]
;;   0x0177: mov r11, [r11]
;;   0x017a: add r11, 10h
;;   0x0181: cmp rsp, r11
;;   0x0184: jb 19Fh
;;   0x018a: sub rsp, 10h
;;   0x0191: mov [rbp-8], r14
;;   0x0195: mov eax, 1
;;   0x019a: mov rsp, rbp
;;   0x019d: pop rbp
;;   0x019e: ret
;;   0x019f: ud2
;; function 7 (func_f):
;;   0x01b0: push rbp
;;   0x01b1: mov rbp, rsp
;;   0x01b4: mov r11, [r14]
;;   0x01b7: mov r11, [r11]
;;   0x01ba: add r11, 10h
;;   0x01c1: cmp rsp, r11
;;   0x01c4: jb 1DEh
;;   0x01ca: sub rsp, 10h
;;   0x01d1: mov [rbp-8], r14
;;   0x01d5: lea rax, [r14+38h]
;;   0x01d9: mov rsp, rbp
;;   0x01dc: pop rbp
;;   0x01dd: ret
;;   0x01de: ud2
;; function 8 (func_g):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 10h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 20Eh
;;   0x01fa: sub rsp, 10h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: lea rax, [r14+50h]
;;   0x0209: mov rsp, rbp
;;   0x020c: pop rbp
;;   0x020d: ret
;;   0x020e: ud2
;; function 9 (select_ref):
;;   0x0210: push rbp
;;   0x0211: mov rbp, rsp
;;   0x0214: mov r11, [r14]
;;   0x0217: mov r11, [r11]
;;   0x021a: add r11, 20h
;;   0x0221: cmp rsp, r11
;;   0x0224: jb 250h
;;   0x022a: sub rsp, 20h
;;   0x0231: mov [rbp-8], r14
;;   0x0235: mov eax, [rbp+20h]
;;   0x0238: mov rcx, [rbp+18h]
;;   0x023c: mov rdx, [rbp+10h]
;;   0x0240: test eax, eax
;;   0x0242: cmove rdx, rcx
;;   0x0246: mov rax, rdx
;;   0x0249: mov rsp, rbp
;;   0x024c: pop rbp
;;   0x024d: ret 18h
;;   0x0250: ud2
