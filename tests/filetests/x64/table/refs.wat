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
;;   0x002f: mov r11, [r14]
;;   0x0032: mov eax, 0Ah
;;   0x0037: mov rsp, [r11+8]
;;   0x003b: jmp qword ptr [r11+10h]
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
;;   0x006a: mov r11, [r14]
;;   0x006d: mov eax, 0Ah
;;   0x0072: mov rsp, [r11+8]
;;   0x0076: jmp qword ptr [r11+10h]
;; function 2 (null_func):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 10h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0AFh
;;   0x009a: sub rsp, 10h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, 0
;;   0x00aa: mov rsp, rbp
;;   0x00ad: pop rbp
;;   0x00ae: ret
;;   0x00af: mov r11, [r14]
;;   0x00b2: mov eax, 0Ah
;;   0x00b7: mov rsp, [r11+8]
;;   0x00bb: jmp qword ptr [r11+10h]
;; function 3 (null_extern):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 10h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 0EFh
;;   0x00da: sub rsp, 10h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov eax, 0
;;   0x00ea: mov rsp, rbp
;;   0x00ed: pop rbp
;;   0x00ee: ret
;;   0x00ef: mov r11, [r14]
;;   0x00f2: mov eax, 0Ah
;;   0x00f7: mov rsp, [r11+8]
;;   0x00fb: jmp qword ptr [r11+10h]
;; function 4 (is_null):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 10h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 139h
;;   0x011a: sub rsp, 10h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov rax, [rbp+10h]
;;   0x0129: test rax, rax
;;   0x012c: sete al
;;   0x012f: movzx eax, al
;;   0x0132: mov rsp, rbp
;;   0x0135: pop rbp
;;   0x0136: ret 8
;;   0x0139: mov r11, [r14]
;;   0x013c: mov eax, 0Ah
;;   0x0141: mov rsp, [r11+8]
;;   0x0145: jmp qword ptr [r11+10h]
;; function 5 (is_null_func):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 10h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 189h
;;   0x016a: sub rsp, 10h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov rax, [rbp+10h]
;;   0x0179: test rax, rax
;;   0x017c: sete al
;;   0x017f: movzx eax, al
;;   0x0182: mov rsp, rbp
;;   0x0185: pop rbp
;;   0x0186: ret 8
;;   0x0189: mov r11, [r14]
;;   0x018c: mov eax, 0Ah
;;   0x0191: mov rsp, [r11+8]
;;   0x0195: jmp qword ptr [r11+10h]
;; function 6 (is_null_const):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 10h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 1CFh
;;   0x01ba: sub rsp, 10h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov eax, 1
;;   0x01ca: mov rsp, rbp
;;   0x01cd: pop rbp
;;   0x01ce: ret
;;   0x01cf: mov r11, [r14]
;;   0x01d2: mov eax, 0Ah
;;   0x01d7: mov rsp, [r11+8]
;;   0x01db: jmp qword ptr [r11+10h]
;; function 7 (func_f):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 10h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 20Eh
;;   0x01fa: sub rsp, 10h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: lea rax, [r14+38h]
;;   0x0209: mov rsp, rbp
;;   0x020c: pop rbp
;;   0x020d: ret
;;   0x020e: mov r11, [r14]
;;   0x0211: mov eax, 0Ah
;;   0x0216: mov rsp, [r11+8]
;;   0x021a: jmp qword ptr [r11+10h]
;; function 8 (func_g):
;;   0x0220: push rbp
;;   0x0221: mov rbp, rsp
;;   0x0224: mov r11, [r14]
;;   0x0227: mov r11, [r11]
;;   0x022a: add r11, 10h
;;   0x0231: cmp rsp, r11
;;   0x0234: jb 24Eh
;;   0x023a: sub rsp, 10h
;;   0x0241: mov [rbp-8], r14
;;   0x0245: lea rax, [r14+50h]
;;   0x0249: mov rsp, rbp
;;   0x024c: pop rbp
;;   0x024d: ret
;;   0x024e: mov r11, [r14]
;;   0x0251: mov eax, 0Ah
;;   0x0256: mov rsp, [r11+8]
;;   0x025a: jmp qword ptr [r11+10h]
;; function 9 (select_ref):
;;   0x0260: push rbp
;;   0x0261: mov rbp, rsp
;;   0x0264: mov r11, [r14]
;;   0x0267: mov r11, [r11]
;;   0x026a: add r11, 20h
;;   0x0271: cmp rsp, r11
;;   0x0274: jb 2A0h
;;   0x027a: sub rsp, 20h
;;   0x0281: mov [rbp-8], r14
;;   0x0285: mov eax, [rbp+20h]
;;   0x0288: mov rcx, [rbp+18h]
;;   0x028c: mov rdx, [rbp+10h]
;;   0x0290: test eax, eax
;;   0x0292: cmove rdx, rcx
;;   0x0296: mov rax, rdx
;;   0x0299: mov rsp, rbp
;;   0x029c: pop rbp
;;   0x029d: ret 18h
;;   0x02a0: mov r11, [r14]
;;   0x02a3: mov eax, 0Ah
;;   0x02a8: mov rsp, [r11+8]
;;   0x02ac: jmp qword ptr [r11+10h]
