;;! target = "x86_64"

(module
  (type $t (func (result i32)))
  (func $f (type $t) (i32.const 7))
  (elem declare func $f)
  (func (export "as_non_null") (param (ref null $t)) (result (ref $t))
    (ref.as_non_null (local.get 0)))
  (func (export "on_null") (param (ref null $t)) (result i32)
    (block $null
      (return (call_ref $t (br_on_null $null (local.get 0)))))
    (i32.const -1))
  (func (export "on_non_null") (param (ref null $t)) (result i32)
    (block $nn (result (ref $t))
      (br_on_non_null $nn (local.get 0))
      (return (i32.const -1)))
    (call_ref $t)))
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
;;   0x0025: mov eax, 7
;;   0x002a: mov rsp, rbp
;;   0x002d: pop rbp
;;   0x002e: ret
;;   0x002f: ud2
;; function 1 (as_non_null):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 30h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 84h
;;   0x005a: sub rsp, 30h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov [rbp-10h], rbx
;;   0x0069: mov rbx, [rbp+10h]
;;   0x006d: mov rax, rbx
;;   0x0070: test rax, rax
;;   0x0073: je 86h
;;   0x0079: mov rbx, [rbp-10h]
;;   0x007d: mov rsp, rbp
;;   0x0080: pop rbp
;;   0x0081: ret 8
;;   0x0084: ud2
;;   0x0086: ud2
;; function 2 (on_null):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 30h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0FEh
;;   0x00aa: sub rsp, 30h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov [rbp-10h], rbx
;;   0x00b9: mov rbx, [rbp+10h]
;;   0x00bd: mov rax, rbx
;;   0x00c0: test rax, rax
;;   0x00c3: je 0EEh
;;   0x00c9: test rax, rax
;;   0x00cc: je 100h
;;   0x00d2: mov r11, rax
;;   0x00d5: mov rsi, r14
;;   0x00d8: mov r14, [r11+8]
;;   0x00dc: call qword ptr [r11]
;;   0x00df: mov r14, [rbp-8]
;;   0x00e3: mov rbx, [rbp-10h]
;;   0x00e7: mov rsp, rbp
;;   0x00ea: pop rbp
;;   0x00eb: ret 8
;;   0x00ee: mov eax, 0FFFFFFFFh
;;   0x00f3: mov rbx, [rbp-10h]
;;   0x00f7: mov rsp, rbp
;;   0x00fa: pop rbp
;;   0x00fb: ret 8
;;   0x00fe: ud2
;;   0x0100: ud2
;; function 3 (on_non_null):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 30h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 18Bh
;;   0x012a: sub rsp, 30h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov [rbp-10h], rbx
;;   0x0139: mov rbx, [rbp+10h]
;;   0x013d: mov rax, rbx
;;   0x0140: test rax, rax
;;   0x0143: je 152h
;;   0x0149: mov [rbp-28h], rax
;;   0x014d: jmp 162h
;;   0x0152: mov eax, 0FFFFFFFFh
;;   0x0157: mov rbx, [rbp-10h]
;;   0x015b: mov rsp, rbp
;;   0x015e: pop rbp
;;   0x015f: ret 8
;;   0x0162: mov rax, [rbp-28h]
;;   0x0166: test rax, rax
;;   0x0169: je 18Dh
;;   0x016f: mov r11, rax
;;   0x0172: mov rsi, r14
;;   0x0175: mov r14, [r11+8]
;;   0x0179: call qword ptr [r11]
;;   0x017c: mov r14, [rbp-8]
;;   0x0180: mov rbx, [rbp-10h]
;;   0x0184: mov rsp, rbp
;;   0x0187: pop rbp
;;   0x0188: ret 8
;;   0x018b: ud2
;;   0x018d: ud2
