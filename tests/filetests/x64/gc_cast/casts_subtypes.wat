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
;;   0x0014: jb 9Bh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov rbx, [rbp+10h]
;;   0x002d: mov rax, rbx
;;   0x0030: test rax, rax
;;   0x0033: je 7Fh
;;   0x0039: mov ecx, eax
;;   0x003b: and ecx, 3
;;   0x003e: test ecx, ecx
;;   0x0040: jne 7Fh
;;   0x0046: mov ecx, [rax]
;;   0x0048: lea rdx, [r14+18h]
;;   0x004c: mov edx, [rdx]
;;   0x004e: cmp ecx, edx
;;   0x0050: je 89h
;;   0x0056: lea rsi, [r14+0B8h]
;;   0x005d: mov rsi, [rsi]
;;   0x0060: cmp ecx, [rsi]
;;   0x0062: jae 7Fh
;;   0x0068: mov rsi, [rsi+8]
;;   0x006c: shl rcx, 3
;;   0x0070: add rsi, rcx
;;   0x0073: mov rsi, [rsi]
;;   0x0076: cmp edx, [rsi+8]
;;   0x0079: je 89h
;;   0x007f: mov ecx, 0
;;   0x0084: jmp 8Eh
;;   0x0089: mov ecx, 1
;;   0x008e: mov eax, ecx
;;   0x0090: mov rbx, [rbp-10h]
;;   0x0094: mov rsp, rbp
;;   0x0097: pop rbp
;;   0x0098: ret 8
;;   0x009b: ud2
;; function 1 (cast_null_d4):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 13Bh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov rbx, [rbp+10h]
;;   0x00cd: mov rax, rbx
;;   0x00d0: test rax, rax
;;   0x00d3: je 130h
;;   0x00d9: mov ecx, eax
;;   0x00db: and ecx, 3
;;   0x00de: test ecx, ecx
;;   0x00e0: jne 12Bh
;;   0x00e6: mov ecx, [rax]
;;   0x00e8: lea rdx, [r14+28h]
;;   0x00ec: mov edx, [rdx]
;;   0x00ee: cmp ecx, edx
;;   0x00f0: je 130h
;;   0x00f6: lea rsi, [r14+0B8h]
;;   0x00fd: mov rsi, [rsi]
;;   0x0100: cmp ecx, [rsi]
;;   0x0102: jae 12Bh
;;   0x0108: mov rsi, [rsi+8]
;;   0x010c: shl rcx, 3
;;   0x0110: add rsi, rcx
;;   0x0113: mov rsi, [rsi]
;;   0x0116: mov ecx, [rsi+4]
;;   0x0119: cmp ecx, 4
;;   0x011c: jbe 12Bh
;;   0x0122: cmp edx, [rsi+18h]
;;   0x0125: je 130h
;;   0x012b: jmp 13Dh
;;   0x0130: mov rbx, [rbp-10h]
;;   0x0134: mov rsp, rbp
;;   0x0137: pop rbp
;;   0x0138: ret 8
;;   0x013b: ud2
;;   0x013d: ud2
;; function 2 (test_struct):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 1CFh
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov rbx, [rbp+10h]
;;   0x016d: mov rax, rbx
;;   0x0170: test rax, rax
;;   0x0173: je 1B3h
;;   0x0179: mov ecx, eax
;;   0x017b: and ecx, 3
;;   0x017e: test ecx, ecx
;;   0x0180: jne 1B3h
;;   0x0186: mov ecx, [rax]
;;   0x0188: lea rdx, [r14+0B8h]
;;   0x018f: mov rdx, [rdx]
;;   0x0192: cmp ecx, [rdx]
;;   0x0194: jae 1B3h
;;   0x019a: mov rdx, [rdx+8]
;;   0x019e: shl rcx, 3
;;   0x01a2: add rdx, rcx
;;   0x01a5: mov rdx, [rdx]
;;   0x01a8: mov ecx, [rdx]
;;   0x01aa: cmp ecx, 1
;;   0x01ad: je 1BDh
;;   0x01b3: mov ecx, 0
;;   0x01b8: jmp 1C2h
;;   0x01bd: mov ecx, 1
;;   0x01c2: mov eax, ecx
;;   0x01c4: mov rbx, [rbp-10h]
;;   0x01c8: mov rsp, rbp
;;   0x01cb: pop rbp
;;   0x01cc: ret 8
;;   0x01cf: ud2
;; function 3 (fail_array):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 30h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 27Ch
;;   0x01fa: sub rsp, 30h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov [rbp-10h], rbx
;;   0x0209: mov rbx, [rbp+10h]
;;   0x020d: mov rax, rbx
;;   0x0210: test rax, rax
;;   0x0213: je 253h
;;   0x0219: mov ecx, eax
;;   0x021b: and ecx, 3
;;   0x021e: test ecx, ecx
;;   0x0220: jne 253h
;;   0x0226: mov ecx, [rax]
;;   0x0228: lea rdx, [r14+0B8h]
;;   0x022f: mov rdx, [rdx]
;;   0x0232: cmp ecx, [rdx]
;;   0x0234: jae 253h
;;   0x023a: mov rdx, [rdx+8]
;;   0x023e: shl rcx, 3
;;   0x0242: add rdx, rcx
;;   0x0245: mov rdx, [rdx]
;;   0x0248: mov ecx, [rdx]
;;   0x024a: cmp ecx, 2
;;   0x024d: je 25Ch
;;   0x0253: mov [rbp-28h], rax
;;   0x0257: jmp 26Ch
;;   0x025c: mov eax, 1
;;   0x0261: mov rbx, [rbp-10h]
;;   0x0265: mov rsp, rbp
;;   0x0268: pop rbp
;;   0x0269: ret 8
;;   0x026c: mov eax, 0
;;   0x0271: mov rbx, [rbp-10h]
;;   0x0275: mov rsp, rbp
;;   0x0278: pop rbp
;;   0x0279: ret 8
;;   0x027c: ud2
;; function 4 (test_func):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 30h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 30Fh
;;   0x029a: sub rsp, 30h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov [rbp-10h], rbx
;;   0x02a9: mov rbx, [rbp+10h]
;;   0x02ad: mov rax, rbx
;;   0x02b0: test rax, rax
;;   0x02b3: je 2F3h
;;   0x02b9: mov ecx, [rax+10h]
;;   0x02bc: lea rdx, [r14+2Ch]
;;   0x02c0: mov edx, [rdx]
;;   0x02c2: cmp ecx, edx
;;   0x02c4: je 2FDh
;;   0x02ca: lea rsi, [r14+0B8h]
;;   0x02d1: mov rsi, [rsi]
;;   0x02d4: cmp ecx, [rsi]
;;   0x02d6: jae 2F3h
;;   0x02dc: mov rsi, [rsi+8]
;;   0x02e0: shl rcx, 3
;;   0x02e4: add rsi, rcx
;;   0x02e7: mov rsi, [rsi]
;;   0x02ea: cmp edx, [rsi+8]
;;   0x02ed: je 2FDh
;;   0x02f3: mov ecx, 0
;;   0x02f8: jmp 302h
;;   0x02fd: mov ecx, 1
;;   0x0302: mov eax, ecx
;;   0x0304: mov rbx, [rbp-10h]
;;   0x0308: mov rsp, rbp
;;   0x030b: pop rbp
;;   0x030c: ret 8
;;   0x030f: ud2
