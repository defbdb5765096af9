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
;;   0x0014: jb 90h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+10h]
;;   0x0029: test rax, rax
;;   0x002c: je 78h
;;   0x0032: mov ecx, eax
;;   0x0034: and ecx, 3
;;   0x0037: test ecx, ecx
;;   0x0039: jne 78h
;;   0x003f: mov ecx, [rax]
;;   0x0041: lea rdx, [r14+18h]
;;   0x0045: mov edx, [rdx]
;;   0x0047: cmp ecx, edx
;;   0x0049: je 82h
;;   0x004f: lea rsi, [r14+0B8h]
;;   0x0056: mov rsi, [rsi]
;;   0x0059: cmp ecx, [rsi]
;;   0x005b: jae 78h
;;   0x0061: mov rsi, [rsi+8]
;;   0x0065: shl rcx, 3
;;   0x0069: add rsi, rcx
;;   0x006c: mov rsi, [rsi]
;;   0x006f: cmp edx, [rsi+8]
;;   0x0072: je 82h
;;   0x0078: mov ecx, 0
;;   0x007d: jmp 87h
;;   0x0082: mov ecx, 1
;;   0x0087: mov eax, ecx
;;   0x0089: mov rsp, rbp
;;   0x008c: pop rbp
;;   0x008d: ret 8
;;   0x0090: ud2
;; function 1 (cast_null_d4):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 130h
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov rax, [rbp+10h]
;;   0x00c9: test rax, rax
;;   0x00cc: je 129h
;;   0x00d2: mov ecx, eax
;;   0x00d4: and ecx, 3
;;   0x00d7: test ecx, ecx
;;   0x00d9: jne 124h
;;   0x00df: mov ecx, [rax]
;;   0x00e1: lea rdx, [r14+28h]
;;   0x00e5: mov edx, [rdx]
;;   0x00e7: cmp ecx, edx
;;   0x00e9: je 129h
;;   0x00ef: lea rsi, [r14+0B8h]
;;   0x00f6: mov rsi, [rsi]
;;   0x00f9: cmp ecx, [rsi]
;;   0x00fb: jae 124h
;;   0x0101: mov rsi, [rsi+8]
;;   0x0105: shl rcx, 3
;;   0x0109: add rsi, rcx
;;   0x010c: mov rsi, [rsi]
;;   0x010f: mov ecx, [rsi+4]
;;   0x0112: cmp ecx, 4
;;   0x0115: jbe 124h
;;   0x011b: cmp edx, [rsi+18h]
;;   0x011e: je 129h
;;   0x0124: jmp 132h
;;   0x0129: mov rsp, rbp
;;   0x012c: pop rbp
;;   0x012d: ret 8
;;   0x0130: ud2
;;   0x0132: ud2
;; function 2 (test_struct):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 1C4h
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov rax, [rbp+10h]
;;   0x0169: test rax, rax
;;   0x016c: je 1ACh
;;   0x0172: mov ecx, eax
;;   0x0174: and ecx, 3
;;   0x0177: test ecx, ecx
;;   0x0179: jne 1ACh
;;   0x017f: mov ecx, [rax]
;;   0x0181: lea rdx, [r14+0B8h]
;;   0x0188: mov rdx, [rdx]
;;   0x018b: cmp ecx, [rdx]
;;   0x018d: jae 1ACh
;;   0x0193: mov rdx, [rdx+8]
;;   0x0197: shl rcx, 3
;;   0x019b: add rdx, rcx
;;   0x019e: mov rdx, [rdx]
;;   0x01a1: mov ecx, [rdx]
;;   0x01a3: cmp ecx, 1
;;   0x01a6: je 1B6h
;;   0x01ac: mov ecx, 0
;;   0x01b1: jmp 1BBh
;;   0x01b6: mov ecx, 1
;;   0x01bb: mov eax, ecx
;;   0x01bd: mov rsp, rbp
;;   0x01c0: pop rbp
;;   0x01c1: ret 8
;;   0x01c4: ud2
;; function 3 (fail_array):
;;   0x01d0: push rbp
;;   0x01d1: mov rbp, rsp
;;   0x01d4: mov r11, [r14]
;;   0x01d7: mov r11, [r11]
;;   0x01da: add r11, 30h
;;   0x01e1: cmp rsp, r11
;;   0x01e4: jb 25Dh
;;   0x01ea: sub rsp, 30h
;;   0x01f1: mov [rbp-8], r14
;;   0x01f5: mov rax, [rbp+10h]
;;   0x01f9: test rax, rax
;;   0x01fc: je 23Ch
;;   0x0202: mov ecx, eax
;;   0x0204: and ecx, 3
;;   0x0207: test ecx, ecx
;;   0x0209: jne 23Ch
;;   0x020f: mov ecx, [rax]
;;   0x0211: lea rdx, [r14+0B8h]
;;   0x0218: mov rdx, [rdx]
;;   0x021b: cmp ecx, [rdx]
;;   0x021d: jae 23Ch
;;   0x0223: mov rdx, [rdx+8]
;;   0x0227: shl rcx, 3
;;   0x022b: add rdx, rcx
;;   0x022e: mov rdx, [rdx]
;;   0x0231: mov ecx, [rdx]
;;   0x0233: cmp ecx, 2
;;   0x0236: je 245h
;;   0x023c: mov [rbp-28h], rax
;;   0x0240: jmp 251h
;;   0x0245: mov eax, 1
;;   0x024a: mov rsp, rbp
;;   0x024d: pop rbp
;;   0x024e: ret 8
;;   0x0251: mov eax, 0
;;   0x0256: mov rsp, rbp
;;   0x0259: pop rbp
;;   0x025a: ret 8
;;   0x025d: ud2
;; function 4 (test_func):
;;   0x0260: push rbp
;;   0x0261: mov rbp, rsp
;;   0x0264: mov r11, [r14]
;;   0x0267: mov r11, [r11]
;;   0x026a: add r11, 30h
;;   0x0271: cmp rsp, r11
;;   0x0274: jb 2EFh
;;   0x027a: sub rsp, 30h
;;   0x0281: mov [rbp-8], r14
;;   0x0285: mov [rbp-10h], rbx
;;   0x0289: mov rbx, [rbp+10h]
;;   0x028d: mov rax, rbx
;;   0x0290: test rax, rax
;;   0x0293: je 2D3h
;;   0x0299: mov ecx, [rax+10h]
;;   0x029c: lea rdx, [r14+2Ch]
;;   0x02a0: mov edx, [rdx]
;;   0x02a2: cmp ecx, edx
;;   0x02a4: je 2DDh
;;   0x02aa: lea rsi, [r14+0B8h]
;;   0x02b1: mov rsi, [rsi]
;;   0x02b4: cmp ecx, [rsi]
;;   0x02b6: jae 2D3h
;;   0x02bc: mov rsi, [rsi+8]
;;   0x02c0: shl rcx, 3
;;   0x02c4: add rsi, rcx
;;   0x02c7: mov rsi, [rsi]
;;   0x02ca: cmp edx, [rsi+8]
;;   0x02cd: je 2DDh
;;   0x02d3: mov ecx, 0
;;   0x02d8: jmp 2E2h
;;   0x02dd: mov ecx, 1
;;   0x02e2: mov eax, ecx
;;   0x02e4: mov rbx, [rbp-10h]
;;   0x02e8: mov rsp, rbp
;;   0x02eb: pop rbp
;;   0x02ec: ret 8
;;   0x02ef: ud2
