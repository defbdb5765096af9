;;! target = "x86_64"

;; Casts to types that are not final and to the abstract struct and array
;; types, all inline: after the null and tag checks and the exact id
;; compare, the object's type id is bounded by the engine's display count
;; (vmctx -> displays), its record loaded, and the target's id compared
;; with the record's display at the target's depth (the length checked
;; first only from depth 4 on: shorter displays are padded) or the
;; record's kind with struct's or array's.
(module
  (type $root (sub (struct)))
  (type $d1 (sub $root (struct)))
  (type $d2 (sub $d1 (struct)))
  (type $d3 (sub $d2 (struct)))
  (type $d4 (sub $d3 (struct)))
  (type $f (sub (func)))
  (func (export "test_root") (param anyref) (result i32)
    (ref.test (ref $root) (local.get 0)))
  (func (export "cast_null_d4") (param anyref) (result (ref null $d4))
    (ref.cast (ref null $d4) (local.get 0)))
  (func (export "test_struct") (param anyref) (result i32)
    (ref.test (ref struct) (local.get 0)))
  (func (export "fail_array") (param anyref) (result i32)
    (block $l (result anyref)
      (br_on_cast_fail $l anyref (ref array) (local.get 0))
      (drop)
      (return (i32.const 1)))
    (drop)
    (i32.const 0))
  (func (export "test_func") (param funcref) (result i32)
    (ref.test (ref $f) (local.get 0))))
;; function 0 (test_root):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 8Bh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+10h]
;;   0x0029: test rax, rax
;;   0x002c: je 73h
;;   0x0032: mov ecx, eax
;;   0x0034: and ecx, 3
;;   0x0037: test ecx, ecx
;;   0x0039: jne 73h
;;   0x003f: mov ecx, [rax]
;;   0x0041: mov edx, [r14+18h]
;;   0x0045: cmp ecx, edx
;;   0x0047: je 7Dh
;;   0x004d: mov rsi, [r14+0B8h]
;;   0x0054: cmp ecx, [rsi]
;;   0x0056: jae 73h
;;   0x005c: mov rsi, [rsi+8]
;;   0x0060: shl rcx, 3
;;   0x0064: add rsi, rcx
;;   0x0067: mov rsi, [rsi]
;;   0x006a: cmp edx, [rsi+8]
;;   0x006d: je 7Dh
;;   0x0073: mov ecx, 0
;;   0x0078: jmp 82h
;;   0x007d: mov ecx, 1
;;   0x0082: mov eax, ecx
;;   0x0084: mov rsp, rbp
;;   0x0087: pop rbp
;;   0x0088: ret 8
;;   0x008b: ud2
;; function 1 (cast_null_d4):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 11Bh
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov rax, [rbp+10h]
;;   0x00b9: test rax, rax
;;   0x00bc: je 114h
;;   0x00c2: mov ecx, eax
;;   0x00c4: and ecx, 3
;;   0x00c7: test ecx, ecx
;;   0x00c9: jne 10Fh
;;   0x00cf: mov ecx, [rax]
;;   0x00d1: mov edx, [r14+28h]
;;   0x00d5: cmp ecx, edx
;;   0x00d7: je 114h
;;   0x00dd: mov rsi, [r14+0B8h]
;;   0x00e4: cmp ecx, [rsi]
;;   0x00e6: jae 10Fh
;;   0x00ec: mov rsi, [rsi+8]
;;   0x00f0: shl rcx, 3
;;   0x00f4: add rsi, rcx
;;   0x00f7: mov rsi, [rsi]
;;   0x00fa: mov ecx, [rsi+4]
;;   0x00fd: cmp ecx, 4
;;   0x0100: jbe 10Fh
;;   0x0106: cmp edx, [rsi+18h]
;;   0x0109: je 114h
;;   0x010f: jmp 11Dh
;;   0x0114: mov rsp, rbp
;;   0x0117: pop rbp
;;   0x0118: ret 8
;;   0x011b: ud2
;;   0x011d: ud2
;; function 2 (test_struct):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 30h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 1A1h
;;   0x013a: sub rsp, 30h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov rax, [rbp+10h]
;;   0x0149: test rax, rax
;;   0x014c: je 189h
;;   0x0152: mov ecx, eax
;;   0x0154: and ecx, 3
;;   0x0157: test ecx, ecx
;;   0x0159: jne 189h
;;   0x015f: mov ecx, [rax]
;;   0x0161: mov rdx, [r14+0B8h]
;;   0x0168: cmp ecx, [rdx]
;;   0x016a: jae 189h
;;   0x0170: mov rdx, [rdx+8]
;;   0x0174: shl rcx, 3
;;   0x0178: add rdx, rcx
;;   0x017b: mov rdx, [rdx]
;;   0x017e: mov ecx, [rdx]
;;   0x0180: cmp ecx, 1
;;   0x0183: je 193h
;;   0x0189: mov ecx, 0
;;   0x018e: jmp 198h
;;   0x0193: mov ecx, 1
;;   0x0198: mov eax, ecx
;;   0x019a: mov rsp, rbp
;;   0x019d: pop rbp
;;   0x019e: ret 8
;;   0x01a1: ud2
;; function 3 (fail_array):
;;   0x01b0: push rbp
;;   0x01b1: mov rbp, rsp
;;   0x01b4: mov r11, [r14]
;;   0x01b7: mov r11, [r11]
;;   0x01ba: add r11, 30h
;;   0x01c1: cmp rsp, r11
;;   0x01c4: jb 23Ah
;;   0x01ca: sub rsp, 30h
;;   0x01d1: mov [rbp-8], r14
;;   0x01d5: mov rax, [rbp+10h]
;;   0x01d9: test rax, rax
;;   0x01dc: je 219h
;;   0x01e2: mov ecx, eax
;;   0x01e4: and ecx, 3
;;   0x01e7: test ecx, ecx
;;   0x01e9: jne 219h
;;   0x01ef: mov ecx, [rax]
;;   0x01f1: mov rdx, [r14+0B8h]
;;   0x01f8: cmp ecx, [rdx]
;;   0x01fa: jae 219h
;;   0x0200: mov rdx, [rdx+8]
;;   0x0204: shl rcx, 3
;;   0x0208: add rdx, rcx
;;   0x020b: mov rdx, [rdx]
;;   0x020e: mov ecx, [rdx]
;;   0x0210: cmp ecx, 2
;;   0x0213: je 222h
;;   0x0219: mov [rbp-28h], rax
;;   0x021d: jmp 22Eh
;;   0x0222: mov eax, 1
;;   0x0227: mov rsp, rbp
;;   0x022a: pop rbp
;;   0x022b: ret 8
;;   0x022e: mov eax, 0
;;   0x0233: mov rsp, rbp
;;   0x0236: pop rbp
;;   0x0237: ret 8
;;   0x023a: ud2
;; function 4 (test_func):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 30h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 2CAh
;;   0x025a: sub rsp, 30h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov [rbp-10h], rbx
;;   0x0269: mov rbx, [rbp+10h]
;;   0x026d: mov rax, rbx
;;   0x0270: test rax, rax
;;   0x0273: je 2AEh
;;   0x0279: mov ecx, [rax+10h]
;;   0x027c: mov edx, [r14+2Ch]
;;   0x0280: cmp ecx, edx
;;   0x0282: je 2B8h
;;   0x0288: mov rsi, [r14+0B8h]
;;   0x028f: cmp ecx, [rsi]
;;   0x0291: jae 2AEh
;;   0x0297: mov rsi, [rsi+8]
;;   0x029b: shl rcx, 3
;;   0x029f: add rsi, rcx
;;   0x02a2: mov rsi, [rsi]
;;   0x02a5: cmp edx, [rsi+8]
;;   0x02a8: je 2B8h
;;   0x02ae: mov ecx, 0
;;   0x02b3: jmp 2BDh
;;   0x02b8: mov ecx, 1
;;   0x02bd: mov eax, ecx
;;   0x02bf: mov rbx, [rbp-10h]
;;   0x02c3: mov rsp, rbp
;;   0x02c6: pop rbp
;;   0x02c7: ret 8
;;   0x02ca: ud2
